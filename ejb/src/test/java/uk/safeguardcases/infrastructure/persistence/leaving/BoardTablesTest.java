package uk.safeguardcases.infrastructure.persistence.leaving;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.infrastructure.persistence.Migrations;
import uk.safeguardcases.infrastructure.persistence.leaving.BoardTables.Table;

/**
 * The board's tables found from the migrated schema itself: every table with a tenant column, the product's and the
 * engine's, the child tables reached through a parent, a table added later, and an order that deletes a row before any
 * row it points at.
 */
class BoardTablesTest {

    @Test
    void everyTableOfTheBoardIsFoundChildrenBeforeParentsAndATableAddedLaterToo() throws SQLException {
        String url = "jdbc:h2:mem:board-tables-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Migrations.configure(Flyway.configure()).dataSource(url, "sa", "").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table later_register (id bigint primary key,"
                    + " board varchar(20) not null references board (id))");
            statement.execute("create table later_register_note (register_id bigint not null"
                    + " references later_register (id), note varchar(100))");
            List<Table> tables = BoardTables.find(connection);
            List<String> names = tables.stream().map(Table::key).toList();

            assertThat(names).contains("safeguarding_case", "evidence_file", "timeline_entry", "timeline_head",
                    "person", "act_re_deployment", "act_ge_bytearray", "act_hi_procinst", "act_ru_job")
                    .as("child tables without a tenant column").contains("person_role", "policy_version_clause")
                    .as("a table added later, by its foreign key to the board").contains("later_register",
                            "later_register_note")
                    .as("what outlives the board, and the board itself").doesNotContain("board", "board_erasure",
                            "board_erasure_count", "bank_holiday", "schema_history");
            assertThat(table(tables, "person_role").boardRows())
                    .isEqualToIgnoringCase("person_id in (select id from person where tenant_id = ?)");
            assertThat(table(tables, "later_register_note").boardRows()).isEqualToIgnoringCase(
                    "register_id in (select id from later_register where board = ?)");
            assertThat(table(tables, "evidence_file").binaryColumns()).containsExactly("CONTENT");
            assertThat(table(tables, "person").selfReferences()).containsExactly("MANAGER_PERSON_ID");

            for (String[] childAndParent : new String[][] {{"person_role", "person"}, {"evidence", "evidence_file"},
                    {"evidence_disclosure", "evidence"}, {"timeline_entry", "safeguarding_case"},
                    {"safeguarding_case", "person"}, {"person", "parent_organisation"},
                    {"act_ge_bytearray", "act_re_deployment"}, {"act_ru_job", "act_ge_bytearray"},
                    {"later_register_note", "later_register"}, {"sent_referral_pack", "referral"}}) {
                assertThat(names.indexOf(childAndParent[0])).as(childAndParent[0] + " before " + childAndParent[1])
                        .isLessThan(names.indexOf(childAndParent[1]));
            }
        }
    }

    /**
     * Issue 65: the practitioner concerns' table (a plug-in's, migrations V125 and V126) is the board's by its tenant
     * column, with no registration: exported with each case (it has {@code case_id}) and deleted before the cases.
     */
    @Test
    void thePractitionerConcernsTableIsTheBoardsWithoutARegistration() throws SQLException {
        String url = "jdbc:h2:mem:board-tables-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Migrations.configure(Flyway.configure()).dataSource(url, "sa", "").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            List<Table> tables = BoardTables.find(connection);
            List<String> names = tables.stream().map(Table::key).toList();

            Table practitioner = table(tables, "practitioner_concern");
            assertThat(practitioner.boardRows()).isEqualToIgnoringCase("tenant_id = ?");
            assertThat(practitioner.has("case_id")).as("exported with its case").isTrue();
            assertThat(practitioner.has("designated_missed_at")).isTrue();
            assertThat(names.indexOf("practitioner_concern")).as("deleted before the cases")
                    .isLessThan(names.indexOf("safeguarding_case"));
        }
    }

    private static Table table(List<Table> tables, String name) {
        return tables.stream().filter(t -> t.key().equals(name)).findFirst().orElseThrow();
    }
}
