package uk.safeguardcases.infrastructure.engine;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import uk.safeguardcases.application.hosting.BoardHealth;
import uk.safeguardcases.application.hosting.BoardHealthReadModel;
import uk.safeguardcases.domain.cases.CaseStatus;

/**
 * Every board's health for the hosting operator, in counts and times read across the boards in plain SQL (grouped by
 * board, so a statement per figure whatever the number of boards); no column of any case, person, evidence or
 * document is read. The steps waiting and stuck come from the engine's own tables, hence this package.
 */
@ApplicationScoped
public class BoardHealthQueries implements BoardHealthReadModel {

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Override
    public List<BoardHealth> all() {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Long> people = counts(connection, "select tenant_id, count(*) from person where active"
                    + " group by tenant_id");
            List<CaseStatus> open = new ArrayList<>(CaseStatus.OPEN);
            Map<String, Long> cases = counts(connection, "select tenant_id, count(*) from safeguarding_case where status"
                    + " in (" + String.join(", ", Collections.nCopies(open.size(), "?")) + ") group by tenant_id",
                    open.stream().map(Enum::name).toArray());
            Map<String, Long> tasks = counts(connection, "select tenant_id_, count(*) from act_ru_task"
                    + " group by tenant_id_");
            Map<String, Long> stuck = counts(connection, "select tenant_id_, count(*) from act_ru_job where retries_ = 0"
                    + " group by tenant_id_");
            Map<String, Long> givenUp = counts(connection, "select tenant_id, count(*) from outbox_message"
                    + " where undeliverable_at is not null and sent_at is null and dealt_with_at is null"
                    + " group by tenant_id");
            Map<String, Long> storage = counts(connection, "select tenant_id, sum(file_size) from evidence"
                    + " where file_size is not null group by tenant_id");
            counts(connection, "select tenant_id, sum(size_bytes) from sent_referral_pack group by tenant_id")
                    .forEach((board, bytes) -> storage.merge(board, bytes, Long::sum));
            List<BoardHealth> boards = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("select b.id, b.name, b.reference_prefix,"
                    + " b.welsh_interface, s.suspended_at, s.reason, a.last_sign_in_at,"
                    + " (select max(c.checked_at) from audit_chain_check c where c.tenant_id = b.id),"
                    + " (select l.intact from audit_chain_check l where l.tenant_id = b.id"
                    + "   order by l.checked_at desc, l.id desc fetch first 1 rows only)"
                    + " from board b left join board_suspension s on s.tenant_id = b.id"
                    + " left join board_activity a on a.tenant_id = b.id order by b.id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String board = rows.getString(1);
                    boolean intact = rows.getBoolean(9);
                    Boolean chainIntact = rows.wasNull() ? null : intact;
                    boards.add(new BoardHealth(board, rows.getString(2), rows.getString(3), rows.getBoolean(4),
                            people.getOrDefault(board, 0L), cases.getOrDefault(board, 0L),
                            tasks.getOrDefault(board, 0L), stuck.getOrDefault(board, 0L),
                            givenUp.getOrDefault(board, 0L), instant(rows.getObject(8, OffsetDateTime.class)),
                            chainIntact, storage.getOrDefault(board, 0L),
                            instant(rows.getObject(7, OffsetDateTime.class)),
                            instant(rows.getObject(5, OffsetDateTime.class)), rows.getString(6)));
                }
            }
            return boards;
        } catch (SQLException e) {
            throw new IllegalStateException("The boards' health could not be read", e);
        }
    }

    private static Map<String, Long> counts(Connection connection, String sql, Object... parameters)
            throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString(1) != null) {
                        counts.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
        }
        return counts;
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
