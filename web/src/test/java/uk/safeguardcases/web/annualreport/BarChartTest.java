package uk.safeguardcases.web.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.annualreport.AnnualWords;
import uk.safeguardcases.application.annualreport.ReportRow;
import uk.safeguardcases.application.annualreport.ReportTable;
import uk.safeguardcases.application.annualreport.RowLabel;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.report.Shown;

/** The chart: named, drawn in colours readers tell apart, and no bar for a figure that is not published. */
class BarChartTest {

    private static final ReportTable SOURCES = new ReportTable("concerns.source", List.of(
            new ReportRow(RowLabel.of(CaseSource.MONITORING), Shown.of(40), Shown.of(20)),
            new ReportRow(RowLabel.of(CaseSource.SELF_REPORT), new Shown(3, Shown.Mark.FEWER_THAN_FIVE), Shown.of(0)),
            new ReportRow(RowLabel.named("<Ysgol & “Coleg”>", null), new Shown(9, Shown.Mark.WITHHELD),
                    Shown.of(10))),
            new ReportRow(RowLabel.of("figure.total"), Shown.of(52), Shown.of(30)));

    @Test
    void theChartIsAnImageNamedAfterItsTable() {
        String svg = BarChart.svg("chart-concerns-source", "Chart: Concerns by source", SOURCES, "Period 2025–26",
                "Period 2024–25", AnnualWords.in(Texts.ENGLISH));

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\"")
                .contains("aria-labelledby=\"chart-concerns-source-title\"")
                .contains("<title id=\"chart-concerns-source-title\">Chart: Concerns by source</title>")
                .contains(">Period 2025–26<").contains(">Period 2024–25<");
    }

    @Test
    void barsAreInTheOkabeItoBlueAndAHatchedOrangeWithTheirFiguresWritten() {
        String svg = BarChart.svg("c", "Chart", SOURCES, "Now", "Before", AnnualWords.in(Texts.ENGLISH));

        assertThat(svg).contains("width=\"230\" height=\"14\" fill=\"#0072B2\"")
                .as("the longest bar is the largest published figure").contains("fill=\"#E69F00\"")
                .contains("width=\"115\" height=\"14\" fill=\"url(#c-hatch)\"")
                .contains(">40</text>").contains(">20</text>").contains(">10</text>");
    }

    @Test
    void aFigureNotPublishedHasNoBarOnlyItsWords() {
        String svg = BarChart.svg("c", "Chart", SOURCES, "Now", "Before", AnnualWords.in(Texts.WELSH));

        assertThat(svg).contains("class=\"bar-value bar-hidden\">llai na 5</text>")
                .contains("class=\"bar-value bar-hidden\">wedi’i gadw’n ôl</text>");
        // Three bars drawn: 40, 20 and 10; the 0, the 3 and the 9 have none.
        assertThat(svg.split("<rect x=\"170\"", -1)).as("bars start after the labels").hasSize(4);
        assertThat(svg).doesNotContain(">3<").doesNotContain(">9<");
    }

    @Test
    void theBoardsOwnWordsAreEscaped() {
        String svg = BarChart.svg("c", "Chart <b>", SOURCES, "Now", "Before", AnnualWords.in(Texts.ENGLISH));

        assertThat(svg).contains("&lt;Ysgol &amp; “Coleg”&gt;").contains("Chart &lt;b&gt;").doesNotContain("<b>");
    }

    /** Issue 63: on a phone "Oedolion sy’n wynebu…" left the reader guessing; a label is wrapped whole, never cut. */
    @Test
    void aLongLabelIsWrappedWholeOntoLinesNeverCut() {
        String welsh = "Oedolion sy’n wynebu risg o niwed neu esgeulustod";
        ReportTable whom = new ReportTable("concerns.whom", List.of(
                new ReportRow(RowLabel.named(welsh, null), Shown.of(7), Shown.of(0))), null);

        String svg = BarChart.svg("c", "Chart", whom, "Now", "Before", AnnualWords.in(Texts.ENGLISH));

        assertThat(BarChart.lines(welsh)).containsExactly("Oedolion sy’n wynebu", "risg o niwed neu", "esgeulustod");
        assertThat(svg).doesNotContain("…").contains(">Oedolion sy’n wynebu</tspan>")
                .contains("<tspan x=\"0\" dy=\"16\">esgeulustod</tspan>");
        assertThat(BarChart.lines("Bwrdd-Diogelu-Cwm-Taf-Morgannwg-Cyfan")).allMatch(l -> l.length() <= 22)
                .as("a word longer than a line is broken, not lost").hasSize(2);
    }
}
