package uk.safeguardcases.infrastructure.metrics;

import uk.safeguardcases.application.metrics.BoardFigures;
import uk.safeguardcases.application.metrics.IncidentCounts;
import uk.safeguardcases.application.metrics.OverdueKind;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import uk.safeguardcases.domain.audit.ChainCheck;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.declaration.DeclarationStatus;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * Reads the figures of every board at once, for the hosting operator: one grouped query per figure across all boards,
 * never one per board, and only ids and counts. The only place the product reads past its boards' walls, so it
 * reads with plain SQL on the datasource (Hibernate's board filter is for the people of a board) and returns nothing
 * but board ids, model step ids and numbers. "Overdue" is what the officers' overview calls overdue.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BoardFigureQueries {

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Inject
    private IncidentCounts incidents;

    /**
     * Every figure as it stands at {@code now}. A board that has never had its nightly chain check shows the age of
     * its audit chain instead (since its first entry), so it alerts like a board whose checks stopped; a board with
     * no entries yet has nothing to check (0).
     */
    public BoardFigures takeAt(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            Set<String> boards = new LinkedHashSet<>();
            try (PreparedStatement query = connection.prepareStatement("select id from board order by id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    boards.add(rows.getString(1));
                }
            }
            Map<String, Long> backlog = new HashMap<>();
            Map<String, Long> oldest = new HashMap<>();
            Map<String, Long> failing = new HashMap<>();
            outbox(connection, now, backlog, oldest, failing);
            Map<String, Long> givenUp = givenUp(connection);
            Map<String, Long> chainAge = new HashMap<>();
            Set<String> broken = new HashSet<>();
            chainChecks(connection, now, chainAge, broken);
            return new BoardFigures(now, Collections.unmodifiableSet(boards), openCases(connection),
                    overdue(connection, now), Map.copyOf(incidents.byBoard()), Map.copyOf(backlog), Map.copyOf(oldest),
                    Map.copyOf(chainAge), Set.copyOf(broken), Map.copyOf(givenUp), incidents.ofNoBoard(),
                    Map.copyOf(failing));
        } catch (SQLException e) {
            throw new IllegalStateException("The board figures could not be read", e);
        }
    }

    /** Whether the database answers a trivial statement within 5 s; never throws. */
    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(5);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static Map<String, Map<String, Long>> openCases(Connection connection) throws SQLException {
        List<CaseStatus> open = new ArrayList<>(CaseStatus.OPEN);
        Map<String, Map<String, Long>> byBoard = new HashMap<>();
        String sql = "select tenant_id, status, count(*) from safeguarding_case where status in ("
                + String.join(", ", Collections.nCopies(open.size(), "?")) + ") group by tenant_id, status";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < open.size(); i++) {
                query.setString(i + 1, open.get(i).name());
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String step = InvestigationProcess.activityOf(CaseStatus.valueOf(rows.getString(2)))
                            .orElse(rows.getString(2));
                    byBoard.computeIfAbsent(rows.getString(1), board -> new HashMap<>())
                            .merge(step, rows.getLong(3), Long::sum);
                }
            }
        }
        return byBoard;
    }

    private static Map<String, Map<OverdueKind, Long>> overdue(Connection connection, Instant now) throws SQLException {
        Map<String, Map<OverdueKind, Long>> byBoard = new HashMap<>();
        OffsetDateTime at = at(now);
        // The LADO referral and the report about an adult at risk: the case still waits at that step, past its due.
        count(connection, byBoard, OverdueKind.LADO, "select tenant_id, count(*) from safeguarding_case"
                + " where status = ? and lado_due < ? group by tenant_id",
                CaseStatus.AWAITING_LADO_REFERRAL.name(), at);
        count(connection, byBoard, OverdueKind.ADULTS_AT_RISK, "select tenant_id, count(*) from safeguarding_case"
                + " where status = ? and adult_report_due < ? group by tenant_id",
                CaseStatus.AWAITING_ADULT_SAFEGUARDING_REPORT.name(), at);
        // The member's removal: unanswered (or given more time) on an open case, past its due, its non-compliance
        // not yet recorded (once recorded, the case goes on without it).
        List<Object> removal = new ArrayList<>(List.of(RequestKind.REMOVAL.name(), at, MemberResponse.MORE_TIME.name()));
        CaseStatus.OPEN.forEach(step -> removal.add(step.name()));
        count(connection, byBoard, OverdueKind.REMOVAL, "select r.tenant_id, count(*) from member_request r"
                + " join safeguarding_case c on c.id = r.case_id where r.kind = ? and r.non_compliance_at is null"
                + " and r.set_aside_at is null"
                + " and r.deadline < ? and (r.response is null or (r.response = ? and r.decision = 'MORE_TIME_GIVEN'))"
                + " and c.status in (" + String.join(", ", Collections.nCopies(CaseStatus.OPEN.size(), "?")) + ")"
                + " group by r.tenant_id", removal.toArray());
        count(connection, byBoard, OverdueKind.SUBJECT_ACCESS, "select tenant_id, count(*) from subject_access_request"
                + " where answered_at is null and due < ? group by tenant_id", at);
        // A declaration unsigned after 21 days: the process then tells the member's manager (escalated_at).
        count(connection, byBoard, OverdueKind.DECLARATION, "select tenant_id, count(*) from declaration"
                + " where status = ? and escalated_at is not null group by tenant_id", DeclarationStatus.ASKED.name());
        return byBoard;
    }

    private static void count(Connection connection, Map<String, Map<OverdueKind, Long>> byBoard, OverdueKind kind,
            String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byBoard.computeIfAbsent(rows.getString(1), board -> new EnumMap<>(OverdueKind.class))
                            .put(kind, rows.getLong(2));
                }
            }
        }
    }

    private static void outbox(Connection connection, Instant now, Map<String, Long> backlog, Map<String, Long> oldest,
            Map<String, Long> failing) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select tenant_id, count(*), min(created_at),"
                + " count(last_error) from outbox_message where sent_at is null and undeliverable_at is null"
                + " group by tenant_id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                backlog.put(rows.getString(1), rows.getLong(2));
                oldest.put(rows.getString(1), secondsSince(rows.getObject(3, OffsetDateTime.class), now));
                failing.put(rows.getString(1), rows.getLong(4));
            }
        }
    }

    /** What each board's Stuck work lists as given up: not sent, not tried again, not dealt with another way. */
    private static Map<String, Long> givenUp(Connection connection) throws SQLException {
        Map<String, Long> givenUp = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select tenant_id, count(*) from outbox_message"
                + " where undeliverable_at is not null and sent_at is null and dealt_with_at is null group by tenant_id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                givenUp.put(rows.getString(1), rows.getLong(2));
            }
        }
        return givenUp;
    }

    private static void chainChecks(Connection connection, Instant now, Map<String, Long> age, Set<String> broken)
            throws SQLException {
        // Per board, by its (board, checked_at) index: the last nightly check, the last check of any kind, and the
        // first entry of its chain.
        try (PreparedStatement query = connection.prepareStatement("select b.id,"
                + " (select max(n.checked_at) from audit_chain_check n where n.tenant_id = b.id and n.checked_by = ?),"
                + " (select l.intact from audit_chain_check l where l.tenant_id = b.id"
                + "   order by l.checked_at desc, l.id desc fetch first 1 rows only),"
                + " (select t.occurred_at from timeline_entry t where t.tenant_id = b.id and t.sequence_no = 1)"
                + " from board b")) {
            query.setString(1, ChainCheck.NIGHTLY);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String board = rows.getString(1);
                    OffsetDateTime nightly = rows.getObject(2, OffsetDateTime.class);
                    OffsetDateTime firstEntry = rows.getObject(4, OffsetDateTime.class);
                    age.put(board, nightly != null ? secondsSince(nightly, now)
                            : firstEntry != null ? secondsSince(firstEntry, now) : 0L);
                    boolean intact = rows.getBoolean(3);
                    if (!rows.wasNull() && !intact) {
                        broken.add(board);
                    }
                }
            }
        }
    }

    private static long secondsSince(OffsetDateTime then, Instant now) {
        return then == null ? 0 : Math.max(0, Duration.between(then.toInstant(), now).toSeconds());
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
