package uk.safeguardcases.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The versioned migrations on a fresh database: in-memory H2 always, and PostgreSQL as well when
 * {@code SAFEGUARD_TEST_PG_URL} names one (CI starts a PostgreSQL server and sets it).
 */
class MigrationsTest {

    @Test
    void theMigrationsBuildTheFoundationOnH2() throws SQLException {
        String url = "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        checkMigrations(url, "sa", "");
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "SAFEGUARD_TEST_PG_URL", matches = ".+")
    void theSameMigrationsRunOnPostgreSql() throws SQLException {
        String url = System.getenv("SAFEGUARD_TEST_PG_URL");
        checkMigrations(url, System.getenv().getOrDefault("SAFEGUARD_TEST_PG_USER", "safeguard"),
                System.getenv().getOrDefault("SAFEGUARD_TEST_PG_PASSWORD", "safeguard"));
    }

    private static void checkMigrations(String url, String user, String password) throws SQLException {
        Flyway flyway = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .table("schema_history").cleanDisabled(false).load();
        flyway.clean();
        MigrateResult first = flyway.migrate();
        assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(3);
        assertThat(flyway.migrate().migrationsExecuted).as("running again changes nothing").isZero();

        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            Map<String, Integer> clauses = counts(statement,
                    "select tenant_id, count(*) from policy_clause group by tenant_id order by tenant_id");
            assertThat(clauses).containsOnlyKeys("chscb", "cwmtaf", "lscb", "nscb");
            assertThat(clauses.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(10));
            assertThat(counts(statement, "select tenant_id, count(*) from parent_organisation group by tenant_id"))
                    .hasSize(4).allSatisfy((board, n) -> assertThat(n).isGreaterThanOrEqualTo(3));
            assertThat(single(statement, "select clause_text from policy_clause where tenant_id = 'chscb'"
                    + " and reference = '3.5(d)'"))
                    .isEqualTo("Posting comments or photographs of Board members or members of the community"
                            + " without their express consent.");
            assertThat(single(statement, "select clause_text from policy_clause where tenant_id = 'nscb'"
                    + " and reference = '8.1'")).startsWith("If an employee is found to have posted inappropriate material");
            assertThat(single(statement, "select count(*) from policy_clause where tenant_id = 'cwmtaf'"
                    + " and clause_text like 'Not send or post abusive or defamatory messages%'")).isEqualTo("1");
            assertThat(single(statement, "select count(*) from timeline_head where last_seq = 0")).isEqualTo("4");
        }
    }

    private static Map<String, Integer> counts(Statement statement, String sql) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
        }
    }
}
