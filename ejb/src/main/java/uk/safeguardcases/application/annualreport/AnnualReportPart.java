package uk.safeguardcases.application.annualreport;

import java.time.Instant;
import java.util.List;
import uk.safeguardcases.domain.report.ReportPeriod;

/**
 * A process's part of the board's annual report: its figures for a period, as tables of the report's sections, after
 * the product's own. An {@code @ApplicationScoped} bean in the process's package; {@link AnnualFigures} finds every
 * one and asks it for each period the report shows, on the caller's board (every count a grouped query, narrowed to
 * the board by Hibernate's filter). A table is a {@link RawTable}: its key names its words ({@code table.<key>.title},
 * {@code .rows}, {@code .about}), and each row is worded by a key, a value of the domain, or the board's own name;
 * the part brings those words in its own bundle ({@link #words()}), never in the report's.
 */
public interface AnnualReportPart {

    /** The section its tables are in: one of {@link AnnualReportService#SECTIONS}. */
    String section();

    /** Where its tables stand among the parts of its section, the smallest first. */
    int order();

    /** Its tables for {@code period} on the caller's board, in order; {@code now} tells overdue from not yet due. */
    List<RawTable> tables(ReportPeriod period, Instant now);

    /**
     * The base name of its own bundle, in English and Welsh, beside it (its area's words, as
     * {@code SearchWords.BUNDLE}): the words of its tables, of the rows it words by a key and of the values of the
     * domain it counts ({@code <Enum>.<NAME>}, {@code row.notYet.<table key>}), which the report looks up after its own.
     */
    String words();
}
