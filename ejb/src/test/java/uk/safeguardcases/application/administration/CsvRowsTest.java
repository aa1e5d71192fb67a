package uk.safeguardcases.application.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A CSV file as a spreadsheet saves it. */
class CsvRowsTest {

    @Test
    void quotedFieldsCommasQuotesAndLineEndsAsSpreadsheetsWriteThem() {
        String csv = "\uFEFFusername,name,email,roles,organisation\r\n"
                + "rhys.ap,\"ap Dafydd, Rhys\",rhys@example.org,member,\"Heddlu \"\"De\"\" Cymru\"\r\n"
                + "\n"
                + "siân,Siân Ŵyn,sian@example.org,hr;member,Met\n";
        assertThat(CsvRows.parse(csv)).containsExactly(
                List.of("username", "name", "email", "roles", "organisation"),
                List.of("rhys.ap", "ap Dafydd, Rhys", "rhys@example.org", "member", "Heddlu \"De\" Cymru"),
                List.of("siân", "Siân Ŵyn", "sian@example.org", "hr;member", "Met"));
    }

    @Test
    void aFileWithoutAFinalLineEnd() {
        assertThat(CsvRows.parse("a,b\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(CsvRows.parse("")).isEmpty();
    }
}
