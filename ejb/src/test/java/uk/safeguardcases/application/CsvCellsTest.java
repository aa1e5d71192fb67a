package uk.safeguardcases.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV helper every export uses: cells a spreadsheet opens as text, never as a formula. */
class CsvCellsTest {

    @Test
    void aCellThatWouldStartAFormulaIsOpenedAsText() {
        assertThat(CsvCells.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvCells.cell("+44 7700")).isEqualTo("'+44 7700");
        assertThat(CsvCells.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.cell("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndWelshComesBackExactly() {
        assertThat(CsvCells.line(List.of("Smith, Jo", "Jo \"JJ\" Jones", "Line\nBreak", "Siân ŵ", "")))
                .isEqualTo("\"Smith, Jo\",\"Jo \"\"JJ\"\" Jones\",\"Line\nBreak\",Siân ŵ,\r\n");
        assertThat(CsvCells.cell(null)).isEmpty();
    }
}
