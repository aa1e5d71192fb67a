package uk.safeguardcases.application.annualreport;

import java.time.Clock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.safeguardcases.application.reports.OutgoingDocuments;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.report.AnnualReportAction;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.report.ReportNarrative;
import uk.safeguardcases.domain.report.ReportNarrativeRepository;
import uk.safeguardcases.domain.report.ReportPeriod;
import uk.safeguardcases.domain.report.Suppression;

/**
 * The board's annual report (issue 42) for its senior managers and administrators: the figures of any twelve months
 * beside the twelve before, every count through the suppression rule before it leaves this service, the board's own
 * words per section, and the exports. Nothing here names a person or a case.
 */
@Stateless
public class AnnualReportService {

    /** What the issued documents call the report's PDF. */
    public static final String ISSUED_AS = "ANNUAL_REPORT";

    @Inject
    private OutgoingDocuments outgoing;

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    /** The report's sections, in order. */
    public static final List<String> SECTIONS = List.of("investigations", "timeliness", "results", "duration", "other");

    @Inject
    private ReportNarrativeRepository narratives;

    @Inject
    private AnnualFigures figures;

    @Inject
    private BoardRepository boards;

    @Inject
    private TimelineService timeline;

    @Inject
    private AnnualReportPdf pdf;

    @Inject
    private AnnualReportSpreadsheet spreadsheet;

    /** The report for {@code period}, as it may be published. */
    public AnnualReport report(ReportPeriod period) {
        CallerContext.require(Role.SENIOR, Role.ADMIN);
        Instant now = Instant.now(clock);
        Board board = boards.current();
        Map<String, List<RawTable>> current = figures.tables(period, now);
        Map<String, List<RawTable>> previous = figures.tables(period.previous(), now);
        Map<String, ReportNarrative> written = new HashMap<>();
        narratives.of(period.from()).forEach(n -> written.put(n.section(), n));
        List<ReportSection> sections = new ArrayList<>();
        for (String section : SECTIONS) {
            List<ReportTable> tables = new ArrayList<>();
            List<RawTable> these = current.get(section);
            List<RawTable> before = previous.get(section);
            for (int i = 0; i < these.size(); i++) {
                tables.add(published(these.get(i), before.get(i)));
            }
            List<ReportSpread> spreads = !"duration".equals(section) ? List.of() : List.of(
                    new ReportSpread("closure", figures.concernToClosure(period, false),
                            figures.concernToClosure(period.previous(), false)),
                    new ReportSpread("closureInvestigated", figures.concernToClosure(period, true),
                            figures.concernToClosure(period.previous(), true)));
            ReportNarrative narrative = written.get(section);
            sections.add(new ReportSection(section, List.copyOf(tables), spreads,
                    narrative == null ? null : narrative.narrative(), narrative == null ? null : narrative.narrativeCy()));
        }
        return new AnnualReport(board.name(), board.nameCy(), board.welshInterface(), period, List.copyOf(sections),
                now, figures.partsWords());
    }

    /**
     * One figure of both periods through the suppression rule: the rows of either period (a row of the period before
     * only, an organisation since removed say, is listed too), each period a column with its own total.
     */
    static ReportTable published(RawTable current, RawTable previous) {
        Set<RowLabel> labels = new LinkedHashSet<>(current.rows().keySet());
        labels.addAll(previous.rows().keySet());
        List<RowLabel> rows = List.copyOf(labels);
        long[][] cells = new long[rows.size()][2];
        for (int r = 0; r < rows.size(); r++) {
            cells[r][0] = current.rows().getOrDefault(rows.get(r), 0L);
            cells[r][1] = previous.rows().getOrDefault(rows.get(r), 0L);
        }
        Suppression.Table table = Suppression.apply(cells, false, current.additive());
        List<ReportRow> published = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            published.add(new ReportRow(rows.get(r), table.cell(r, 0), table.cell(r, 1)));
        }
        ReportRow total = current.additive() ? new ReportRow(RowLabel.of("figure.total"), table.columnTotal(0),
                table.columnTotal(1)) : null;
        return new ReportTable(current.key(), List.copyOf(published), total);
    }

    /** The board's words about one section of the period's report (Welsh too on a bilingual board); on the timeline. */
    public void writeNarrative(ReportPeriod period, String section, String english, String welsh) {
        var caller = CallerContext.require(Role.SENIOR, Role.ADMIN);
        Map<String, String> problems = new LinkedHashMap<>();
        if (!SECTIONS.contains(section)) {
            throw new IllegalArgumentException("No section " + section);
        }
        if (english != null && english.length() > ReportNarrative.MAX_LENGTH) {
            problems.put("narrative", AnnualWords.in(CallerContext.language()).text("narrative.tooLong", ReportNarrative.MAX_LENGTH));
        }
        if (welsh != null && welsh.length() > ReportNarrative.MAX_LENGTH) {
            problems.put("narrativeCy", AnnualWords.in(CallerContext.language()).text("narrative.tooLong", ReportNarrative.MAX_LENGTH));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReportNarrative narrative = narratives.of(period.from(), section).orElse(null);
        boolean first = narrative == null;
        if (first) {
            narrative = new ReportNarrative(period, section);
        }
        narrative.write(english, boards.current().welshInterface() ? welsh : null, caller.username(), Instant.now(clock));
        if (first) {
            narratives.add(narrative);
        }
        timeline.record(null, AnnualReportAction.NARRATIVE_WRITTEN,
                "The board's words on \"" + section + "\" for " + period.label());
    }

    /** The report as CSV in the caller's language (UTF-8 with a byte order mark, as spreadsheets want it). */
    public byte[] csv(ReportPeriod period) {
        AnnualReport report = report(period);
        exported(period, "CSV");
        return ("\uFEFF" + AnnualReportCsv.write(report, report.wordsIn(CallerContext.language())))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The report as an OpenDocument spreadsheet in the caller's language. */
    public byte[] spreadsheet(ReportPeriod period) {
        AnnualReport report = report(period);
        exported(period, "OpenDocument spreadsheet");
        return spreadsheet.spreadsheet(report, report.wordsIn(CallerContext.language()));
    }

    /** The report as data for another system (the API's JSON), worded in {@code language}. */
    public AnnualReportData data(ReportPeriod period, Locale language) {
        AnnualReport report = report(period);
        exported(period, "JSON through the API");
        return AnnualReportData.of(report, language);
    }

    /** The report as a PDF in the board's languages. */
    public byte[] pdf(ReportPeriod period) {
        AnnualReport report = report(period);
        exported(period, "PDF");
        return outgoing.issue(ISSUED_AS, period.label(), pdf.pdf(report));
    }

    private void exported(ReportPeriod period, String format) {
        timeline.record(null, AnnualReportAction.EXPORTED, "Annual report for " + period.label()
                + " exported as " + format);
    }

    /** The periods a person may choose from: the board's last six financial years, the latest first. */
    public static List<ReportPeriod> financialYears(LocalDate today) {
        List<ReportPeriod> years = new ArrayList<>();
        ReportPeriod year = ReportPeriod.financialYearOf(today);
        for (int i = 0; i < 6; i++) {
            years.add(year);
            year = year.previous();
        }
        return years;
    }
}
