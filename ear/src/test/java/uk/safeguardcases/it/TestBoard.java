package uk.safeguardcases.it;

import static uk.safeguardcases.it.CaseFixtures.bean;

import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.infrastructure.demo.DemoBoardSeeder;
import uk.safeguardcases.application.process.ProcessModels;

/**
 * A board of the test's own, for tests that change a board's settings (deadlines, closure days, clauses): a copy of
 * a demo board, its deadlines, organisations and policy clauses, under a new id, with its demo people
 * ({@code <id>.officer}, {@code .senior}, {@code .admin}, …, the demo password) and its processes. So no other test
 * sees the change, and nothing has to be put back afterwards.
 *
 * <p>Boards come from the database migrations, not from a service, so the rows are copied here as a migration
 * would write them; the people are made by {@link DemoBoardSeeder} and the processes deployed as the engine does
 * for every board at start-up.
 */
record TestBoard(String id) {

    private static final String ZERO_HASH = "0".repeat(64);

    /** A new board set up like {@code template} (a demo board's id, e.g. {@code "lscb"}). */
    static TestBoard like(String template) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        TestBoard board = new TestBoard("t" + suffix);
        try (Connection connection = dataSource().getConnection()) {
            for (Map<String, Object> row : rows(connection, "board", "id", template)) {
                row.put("id", board.id());
                row.put("name", row.get("name") + " (test board " + suffix + ")");
                row.put("short_name", truncated("Test " + suffix + " " + row.get("short_name"), 40));
                row.put("reference_prefix", ("T" + suffix.substring(0, 6)).toUpperCase(Locale.ROOT));
                insert(connection, "board", row);
            }
            for (String table : List.of("parent_organisation", "policy_clause")) {
                for (Map<String, Object> row : rows(connection, table, "tenant_id", template)) {
                    row.remove("id");
                    row.put("tenant_id", board.id());
                    insert(connection, table, row);
                }
            }
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("tenant_id", board.id());
            head.put("last_seq", 0L);
            head.put("last_hash", ZERO_HASH);
            insert(connection, "timeline_head", head);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        CallerContext.runAs(Caller.system(board.id()), () -> bean(DemoBoardSeeder.class).seed(board.id()));
        deployProcesses(template, board.id());
        return board;
    }

    /**
     * The board as one that has given no Welsh names for its parent organisations (its own name and clauses keep
     * theirs): Welsh pages then show those names in English and say so.
     */
    TestBoard withoutWelshOrganisationNames() {
        // As its administrator would: each organisation's Welsh name left blank.
        CallerContext.runAs(CaseFixtures.caller(admin()), () -> {
            var administration = bean(uk.safeguardcases.application.administration.OrganisationAdministration.class);
            administration.organisations().forEach(o -> administration.change(o.id(), o.name(), o.kind(),
                    o.hrEmail(), ""));
        });
        return this;
    }

    /** The user name of the board's demo person in {@code role}: "officer", "senior", "admin", "hr", "member". */
    String person(String role) {
        return id + "." + role;
    }

    String officer() {
        return person("officer");
    }

    String admin() {
        return person("admin");
    }

    /** A second senior manager of the board, added now (four eyes between two seniors); answers their user name. */
    String anotherSenior() {
        String username = id + ".senior." + UUID.randomUUID().toString().substring(0, 6);
        CaseFixtures.as(admin(), () -> bean(uk.safeguardcases.application.administration.PeopleAdministration.class)
                .add(username, "Gwenllian ap Dafydd", username + "@example.org",
                        java.util.EnumSet.of(uk.safeguardcases.domain.people.Role.SENIOR), null,
                        CaseFixtures.PASSWORD.toCharArray()));
        return username;
    }

    /** Each process as {@code template} runs it (its own variant, if it has one), carrying the new board's id. */
    private static void deployProcesses(String template, String board) {
        DeploymentBuilder deployment = bean(ProcessEngine.class).getRepositoryService().createDeployment()
                .name("safeguard-" + board).tenantId(board);
        for (ProcessModels models : CDI.current().select(ProcessModels.class)) {
            for (String resource : models.resourceNames()) {
                deployment.addInputStream(resource, models.openFor(template, resource));
            }
        }
        deployment.deploy();
    }

    private static List<Map<String, Object>> rows(Connection connection, String table, String column, String value)
            throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select * from " + table + " where " + column + " = ? order by 1")) {
            select.setString(1, value);
            try (ResultSet found = select.executeQuery()) {
                ResultSetMetaData columns = found.getMetaData();
                while (found.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        row.put(columns.getColumnLabel(i).toLowerCase(Locale.ROOT), found.getObject(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static void insert(Connection connection, String table, Map<String, Object> row) throws SQLException {
        String names = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + table + " (" + names + ") values (" + marks + ")")) {
            int i = 1;
            for (Object value : row.values()) {
                insert.setObject(i++, value);
            }
            insert.executeUpdate();
        }
    }

    private static String truncated(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static DataSource dataSource() {
        try {
            return InitialContext.doLookup("java:jboss/datasources/SafeguardDS");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
