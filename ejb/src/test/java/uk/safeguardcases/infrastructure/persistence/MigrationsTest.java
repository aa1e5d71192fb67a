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
        Flyway flyway = Migrations.configure(Flyway.configure()).dataSource(url, user, password)
                .cleanDisabled(false).load();
        flyway.clean();
        MigrateResult first = flyway.migrate();
        assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(3);
        assertThat(flyway.migrate().migrationsExecuted).as("running again changes nothing").isZero();

        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            assertThat(single(statement, "select count(*) from board")).as("production starts with no board")
                    .isEqualTo("0");
            assertThat(single(statement, "select count(*) from timeline_head")).isEqualTo("0");
            assertThat(uk.safeguardcases.infrastructure.demo.DemoBoards.addMissing(connection))
                    .as("the demo's boards, added on a demo server").isEqualTo(4);
            assertThat(uk.safeguardcases.infrastructure.demo.DemoBoards.addMissing(connection))
                    .as("once").isZero();
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
            assertThat(single(statement, "select value_ from act_ge_property where name_ = 'schema.version'"))
                    .as("the engine's tables, created by the migrations").isEqualTo(org.camunda.bpm.engine.ProcessEngine.VERSION);
            assertThat(engineIndexes(connection, "act_hi_actinst"))
                    .as("the engine's indexes on its history of steps: by process instance, by execution and"
                            + " activity, and (migration 88) by removal time for the nightly cleanup")
                    .containsExactlyInAnyOrder("act_idx_hi_act_inst_procinst", "act_idx_hi_act_inst_comp",
                            "act_idx_hi_act_inst_rm_time");
            assertThat(engineIndexes(connection, "act_hi_taskinst")).containsExactlyInAnyOrder(
                    "act_idx_hi_taskinst_procinst", "act_idx_hi_taskinstid_procinst", "act_idx_hi_task_inst_rm_time");
            assertThat(engineIndexes(connection, "act_hi_procinst")).containsExactlyInAnyOrder(
                    "act_idx_hi_pro_i_buskey", "act_idx_hi_pro_inst_rm_time");
            // Migration 85: the runtime tables keep what the product's task queries and the engine's own lookups use.
            assertThat(engineIndexes(connection, "act_ru_task"))
                    .as("migration 86: a task's subtasks, looked for whenever one is completed, found by index")
                    .contains("act_idx_task_create", "act_idx_task_assignee", "act_idx_task_tenant_id",
                            "act_idx_task_parent_task_id")
                    .doesNotContain("act_idx_task_owner", "act_idx_task_last_updated", "act_idx_task_case_exec",
                            "act_idx_task_case_def_id");
            assertThat(engineIndexes(connection, "act_ru_variable")).contains("act_idx_variable_task_name_type")
                    .doesNotContain("act_idx_variable_task_id", "act_idx_variable_tenant_id", "act_idx_batch_id",
                            "act_idx_var_case_exe", "act_idx_var_case_inst_id");
            assertThat(indexes(connection, "act_ru_job")).as("migration 107: the job executor finds due jobs by index")
                    .contains("ix_engine_job_due");
            assertThat(indexes(connection, "safeguarding_case"))
                    .as("migration 107: findings waiting for a second senior by board and proposal; the list by whom")
                    .contains("ix_case_findings_waiting", "ix_case_tenant_concerns_whom")
                    .doesNotContain("ix_case_finding_proposed");
            assertThat(engineIndexes(connection, "act_ru_execution")).contains("act_idx_exec_buskey")
                    .doesNotContain("act_idx_exec_tenant_id");
            assertThat(engineIndexes(connection, "act_ru_identitylink")).contains("act_idx_ident_lnk_group")
                    .doesNotContain("act_idx_ident_lnk_user");
            assertThat(foreignKeys(connection, "act_ru_task")).containsExactlyInAnyOrder("act_fk_task_exe",
                    "act_fk_task_procinst", "act_fk_task_procdef");
            assertThat(foreignKeys(connection, "act_ru_variable")).containsExactlyInAnyOrder("act_fk_var_exe",
                    "act_fk_var_procinst", "act_fk_var_bytearray");
            if (url.startsWith("jdbc:postgresql:")) {
                assertThat(single(statement, "select count(*) from pg_indexes where tablename = 'safeguarding_case'"
                        + " and indexname in ('ix_case_subject_board_trigram', 'ix_case_reference_board_trigram')"))
                        .as("the case list's text filters' trigram indexes, led by the board").isEqualTo("2");
                assertThat(single(statement, "select count(*) from pg_indexes where tablename = 'safeguarding_case'"
                        + " and indexname in ('ix_case_subject_trigram', 'ix_case_reference_trigram')"))
                        .as("the indexes over every board, replaced by migration 104").isEqualTo("0");
            }
        }
        assertThat(engineAcceptsTheSchema(url, user, password)).isTrue();
    }

    @Test
    void caseIdsComeFromTheirSequenceAboveEveryIdTheIdentityColumnGaveOnH2() throws SQLException {
        checkCaseIds("jdbc:h2:mem:case-ids-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "SAFEGUARD_TEST_PG_URL", matches = ".+")
    void caseIdsComeFromTheirSequenceAboveEveryIdTheIdentityColumnGaveOnPostgreSql() throws SQLException {
        checkCaseIds(System.getenv("SAFEGUARD_TEST_PG_URL"),
                System.getenv().getOrDefault("SAFEGUARD_TEST_PG_USER", "safeguard"),
                System.getenv().getOrDefault("SAFEGUARD_TEST_PG_PASSWORD", "safeguard"));
    }

    /**
     * Version 83 on a database with cases in it: the ids a server takes (a block of 50 per call of the sequence) and
     * the ids of rows inserted without one (the column's default) are above every id there was, and never the same.
     */
    private static void checkCaseIds(String url, String user, String password) throws SQLException {
        Flyway flyway = cleanedAndMigratedTo("82", url, user, password);
        String insert = "insert into safeguarding_case (tenant_id, reference, subject_name, organisation_id, source,"
                + " summary, status, raised_by, raised_at) select 'chscb', '%s', 'Siân Ŵyn', min(id), 'MANUAL',"
                + " 'A concern.', 'AWAITING_TRIAGE', 'chscb.officer', current_timestamp from parent_organisation"
                + " where tenant_id = 'chscb'";
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            boardOfAnEarlierVersion(statement);
            for (int i = 1; i <= 3; i++) {
                statement.executeUpdate(String.format(insert, "CHSCB-2026-000" + i));
            }
            long highest = Long.parseLong(single(statement, "select max(id) from safeguarding_case"));

            assertThat(flyway.migrate().migrationsExecuted).isGreaterThanOrEqualTo(1);

            long serverBlockTop = Long.parseLong(single(statement,
                    "select nextval('" + CaseIdSequence.NAME + "')"));
            long serverBlockFirst = serverBlockTop - CaseIdSequence.BLOCK + 1;
            assertThat(serverBlockFirst).as("a server's first block starts just above the highest id")
                    .isEqualTo(highest + 1);
            statement.executeUpdate(String.format(insert, "CHSCB-2026-0004"));
            long defaulted = Long.parseLong(single(statement,
                    "select id from safeguarding_case where reference = 'CHSCB-2026-0004'"));
            assertThat(defaulted).as("a row inserted without an id is above the server's block")
                    .isGreaterThan(serverBlockTop);
            long nextBlockTop = Long.parseLong(single(statement,
                    "select nextval('" + CaseIdSequence.NAME + "')"));
            assertThat(nextBlockTop - CaseIdSequence.BLOCK + 1).as("the next block is above that row")
                    .isGreaterThan(defaulted);
            if (url.startsWith("jdbc:postgresql:")) {
                assertThat(single(statement, "select pg_get_serial_sequence('safeguarding_case', 'id')"))
                        .isEqualTo("public." + CaseIdSequence.NAME);
            }
        }
    }

    @Test
    void anEngineThatKeptVariablesInItsHistoryStartsAtTheProductsLevelAfterTheMigrationOnH2() throws SQLException {
        checkHistoryLevel("jdbc:h2:mem:history-level-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "SAFEGUARD_TEST_PG_URL", matches = ".+")
    void anEngineThatKeptVariablesInItsHistoryStartsAtTheProductsLevelAfterTheMigrationOnPostgreSql()
            throws SQLException {
        checkHistoryLevel(System.getenv("SAFEGUARD_TEST_PG_URL"),
                System.getenv().getOrDefault("SAFEGUARD_TEST_PG_USER", "safeguard"),
                System.getenv().getOrDefault("SAFEGUARD_TEST_PG_PASSWORD", "safeguard"));
    }

    /**
     * Version 84 on a database an engine of an earlier version started on ("audit" history, variables kept): without
     * it the product's engine refuses to start ("historyLevel mismatch"); with it, it starts.
     */
    private static void checkHistoryLevel(String url, String user, String password) throws SQLException {
        Flyway flyway = cleanedAndMigratedTo("83", url, user, password);
        assertThat(engineStarts(url, user, password,
                org.camunda.bpm.engine.ProcessEngineConfiguration.HISTORY_AUDIT)).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engineStarts(url, user, password,
                uk.safeguardcases.infrastructure.engine.EngineSettings.HISTORY))
                .as("before the migration").hasMessageContaining("historyLevel mismatch");

        assertThat(flyway.migrate().migrationsExecuted).isGreaterThanOrEqualTo(1);

        assertThat(engineStarts(url, user, password,
                uk.safeguardcases.infrastructure.engine.EngineSettings.HISTORY)).isTrue();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            assertThat(single(statement, "select value_ from act_ge_property where name_ = 'historyLevel'"))
                    .isEqualTo("1");
        }
    }

    /** The database emptied and migrated up to {@code target}; the Flyway returned migrates the rest. */
    private static Flyway cleanedAndMigratedTo(String target, String url, String user, String password) {
        Flyway flyway = Migrations.configure(Flyway.configure()).dataSource(url, user, password)
                .cleanDisabled(false).load();
        flyway.clean();
        Migrations.configure(Flyway.configure()).dataSource(url, user, password).target(target).load().migrate();
        return flyway;
    }

    /** An engine that may not touch the schema starts on it: every table it needs is there, at its version. */
    private static boolean engineAcceptsTheSchema(String url, String user, String password) {
        return engineStarts(url, user, password, uk.safeguardcases.infrastructure.engine.EngineSettings.HISTORY);
    }

    private static boolean engineStarts(String url, String user, String password, String history) {
        org.camunda.bpm.engine.ProcessEngine engine = new org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration()
                .setJdbcUrl(url).setJdbcUsername(user).setJdbcPassword(password)
                .setJdbcDriver(url.startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver")
                .setDatabaseSchemaUpdate(org.camunda.bpm.engine.ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
                .setHistory(history)
                .setJobExecutorActivate(false)
                .setProcessEngineName("migrations-" + UUID.randomUUID())
                .buildProcessEngine();
        try {
            return engine.getRepositoryService().createDeploymentQuery().count() == 0;
        } finally {
            engine.close();
        }
    }

    @Test
    void theEnginesScriptsSplitIntoTheStatementsTheEngineRuns() {
        for (String database : new String[] {"h2", "postgres"}) {
            for (String component : EngineTables.COMPONENTS) {
                var statements = EngineTables.statements(EngineTables.script(database, component));
                assertThat(statements).as(database + " " + component).isNotEmpty()
                        .allSatisfy(sql -> assertThat(sql).doesNotContain(";").doesNotStartWith("--")
                                .matches("(?is)^(create|alter|insert)\\b.*"));
            }
        }
        assertThat(EngineTables.databaseName("PostgreSQL")).isEqualTo("postgres");
        assertThat(EngineTables.databaseName("H2")).isEqualTo("h2");
    }

    @Test
    void timelineEntriesWrittenBeforeVisibilityWasRecordedAreSharedWithHrByTheSameDecision() throws SQLException {
        String url = "jdbc:h2:mem:visibility-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Migrations.configure(Flyway.configure()).dataSource(url, "sa", "").target("14").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            boardOfAnEarlierVersion(statement);
            statement.executeUpdate("insert into safeguarding_case (tenant_id, reference, subject_name, organisation_id,"
                    + " source, summary, status, raised_by, raised_at) select 'chscb', 'CHSCB-2026-0001', 'Old Case',"
                    + " min(id), 'MANUAL', 'Before visibility.', 'REFERRED_TO_HR', 'chscb.officer',"
                    + " current_timestamp from parent_organisation where tenant_id = 'chscb'");
            String[][] entries = {
                    {"Concern raised", "Manual; parent organisation X", "SHARED_WITH_HR"},
                    {"Triage recorded", "Investigate. Screened.", "BOARD_ONLY"},
                    {"Referred to IWF", "Internet Watch Foundation; reference IWF-1", "BOARD_ONLY"},
                    {"LADO timescale missed", "Escalated.", "BOARD_ONLY"},
                    {"Investigation authorised", "Justified.", "BOARD_ONLY"},
                    {"Evidence captured", "Evidence 1: Facebook; text; SHA-256 ab", "SHARED_WITH_HR"},
                    {"Evidence captured", "Evidence 2: Other; illegal imagery reported (IWF / CEOP reference R)",
                            "BOARD_ONLY"},
                    {"Outcome decided", "Disciplinary referral. Findings.", "SHARED_WITH_HR"},
                    {"Referred to the parent organisation", "Disciplinary referral to X", "SHARED_WITH_HR"},
                    {"Referral sent back", "Reconsider.", "BOARD_ONLY"},
                    {"Clause suggested by monitoring tool", "Clause 3.5", "BOARD_ONLY"}};
            for (int i = 0; i < entries.length; i++) {
                statement.executeUpdate("insert into timeline_entry (tenant_id, sequence_no, case_id, actor, action,"
                        + " detail, occurred_at, previous_hash, entry_hash) select 'chscb', " + (i + 1) + ", id,"
                        + " 'chscb.officer', '" + entries[i][0] + "', '" + entries[i][1] + "', current_timestamp,"
                        + " 'p', 'h' from safeguarding_case where reference = 'CHSCB-2026-0001'");
            }
            statement.executeUpdate("insert into timeline_entry (tenant_id, sequence_no, case_id, actor, action,"
                    + " detail, occurred_at, previous_hash, entry_hash) values ('chscb', 99, null, 'chscb.admin',"
                    + " 'Organisation added', 'X', current_timestamp, 'p', 'h')");

            Migrations.configure(Flyway.configure()).dataSource(url, "sa", "").load().migrate();

            for (int i = 0; i < entries.length; i++) {
                assertThat(single(statement, "select visibility from timeline_entry where sequence_no = " + (i + 1)))
                        .as(entries[i][0] + ": " + entries[i][1]).isEqualTo(entries[i][2]);
            }
            assertThat(single(statement, "select visibility from timeline_entry where sequence_no = 99"))
                    .isEqualTo("BOARD_ONLY");
            assertThat(single(statement, "select count(*) from timeline_entry where hash_format <> 1"))
                    .as("entries written before keep the hash format they were written in").isEqualTo("0");
        }
    }

    /** A board and one organisation, as a database of an earlier version has them (the columns of version 2). */
    private static void boardOfAnEarlierVersion(Statement statement) throws SQLException {
        statement.executeUpdate("insert into board (id, name, short_name, reference_prefix, policy_title, primary_colour,"
                + " accent_colour, welsh_interface) values ('chscb', 'City & Hackney Safeguarding Children Board',"
                + " 'City & Hackney SCB', 'CHSCB', 'Policy', '#00513f', '#f2a900', false)");
        statement.executeUpdate("insert into parent_organisation (tenant_id, name, kind, hr_email) values ('chscb',"
                + " 'London Borough of Hackney', 'COUNCIL', 'hr@hackney-council.example.org')");
    }

    /**
     * A database migrations 2, 5, 48, 60 and 70 ran on while they still held the demo boards (their old checksums
     * recorded): it migrates as before and keeps its boards; each of the five has the new file's checksum recorded.
     */
    @Test
    void aDatabaseThatHadTheDemoBoardsFromTheMigrationsKeepsThemAndMigrates() throws SQLException {
        String url = "jdbc:h2:mem:demo-rows-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway flyway = Migrations.configure(Flyway.configure()).dataSource(url, "sa", "").load();
        flyway.migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            for (var file : DemoRowsLeftTheMigrations.CHECKSUMS.entrySet()) {
                assertThat(single(statement, "select \"checksum\" from \"schema_history\" where \"version\" = '"
                        + file.getKey() + "'")).as("version " + file.getKey() + " as it is now")
                        .isEqualTo(String.valueOf(file.getValue()[1]));
                statement.executeUpdate("update \"schema_history\" set \"checksum\" = " + file.getValue()[0]
                        + " where \"version\" = '" + file.getKey() + "'");
            }
            uk.safeguardcases.infrastructure.demo.DemoBoards.addMissing(connection);
            String third = single(statement, "select \"checksum\" from \"schema_history\" where \"version\" = '3'");
            statement.executeUpdate("update \"schema_history\" set \"checksum\" = 12345 where \"version\" = '3'");
            org.assertj.core.api.Assertions.assertThatThrownBy(flyway::migrate)
                    .as("any other changed checksum still stops it").hasMessageContaining("checksum mismatch");
            statement.executeUpdate("update \"schema_history\" set \"checksum\" = " + third
                    + " where \"version\" = '3'");

            assertThat(flyway.migrate().migrationsExecuted).isZero();
            assertThat(single(statement, "select count(*) from board")).isEqualTo("4");
            for (var file : DemoRowsLeftTheMigrations.CHECKSUMS.entrySet()) {
                assertThat(single(statement, "select \"checksum\" from \"schema_history\" where \"version\" = '"
                        + file.getKey() + "'")).isEqualTo(String.valueOf(file.getValue()[1]));
            }
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

    /** The names of every index on a table, in lower case, whatever the database's case. */
    private static java.util.List<String> indexes(Connection connection, String table) throws SQLException {
        return names(table, name -> connection.getMetaData().getIndexInfo(null, null, name, false, false),
                "INDEX_NAME");
    }

    /** The names of the engine's own indexes (act_idx_…) on a table, in lower case, whatever the database's case. */
    private static java.util.List<String> engineIndexes(Connection connection, String table) throws SQLException {
        return indexes(connection, table).stream().filter(index -> index.startsWith("act_idx_")).toList();
    }

    /** The names of a table's foreign keys, in lower case. */
    private static java.util.List<String> foreignKeys(Connection connection, String table) throws SQLException {
        return names(table, name -> connection.getMetaData().getImportedKeys(null, null, name), "FK_NAME");
    }

    private interface MetaData {
        ResultSet about(String table) throws SQLException;
    }

    /** A column of the database's description of a table, looked up as named and in upper case, in lower case. */
    private static java.util.List<String> names(String table, MetaData metaData, String column) throws SQLException {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (String name : new String[] {table, table.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet rows = metaData.about(name)) {
                while (rows.next()) {
                    String value = rows.getString(column);
                    if (value != null) {
                        names.add(value.toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        return java.util.List.copyOf(names);
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
        }
    }
}
