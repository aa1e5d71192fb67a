package uk.safeguardcases.web.annualreport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.annualreport.AnnualReport;
import uk.safeguardcases.application.annualreport.AnnualReportService;
import uk.safeguardcases.application.annualreport.AnnualWords;
import uk.safeguardcases.application.annualreport.ReportSection;
import uk.safeguardcases.application.annualreport.ReportTable;
import uk.safeguardcases.application.annualreport.RowLabel;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.domain.report.ReportPeriod;
import uk.safeguardcases.domain.report.Shown;
import uk.safeguardcases.web.shell.Pages;

/**
 * annual/report.xhtml: the board's year in numbers for its senior managers and administrators. The period comes from
 * the address ({@code ?from=2025-04-01}, the last financial year that has ended by default), so a copied link shows
 * the same twelve months; each section's words are saved by their own form and the page is shown again.
 */
@Named
@RequestScoped
public class AnnualReportView {

    static final String SELF = "/annual/report.xhtml";

    @Inject
    private AnnualReportService service;

    private String from;
    private ReportPeriod period;
    private AnnualReport report;
    private final Map<String, String> narratives = new HashMap<>();
    private final Map<String, String> narrativesCy = new HashMap<>();

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    /** The period asked for; the last finished financial year when none (or no date) is. */
    public ReportPeriod getPeriod() {
        if (period == null) {
            period = ReportPeriod.lastFinishedFinancialYear(LocalDate.now(WorkingCalendar.UK));
            if (from != null && !from.isBlank()) {
                try {
                    period = ReportPeriod.startingOn(LocalDate.parse(from.strip()));
                } catch (DateTimeParseException e) {
                    Pages.error(words().text("page.badDate"));
                }
            }
        }
        return period;
    }

    public AnnualReport getReport() {
        if (report == null) {
            report = service.report(getPeriod());
            for (ReportSection section : report.sections()) {
                narratives.putIfAbsent(section.key(), section.narrative());
                narrativesCy.putIfAbsent(section.key(), section.narrativeCy());
            }
        }
        return report;
    }

    public List<ReportPeriod> getYears() {
        return AnnualReportService.financialYears(LocalDate.now(WorkingCalendar.UK));
    }

    /** The value of the period in the address. */
    public String getPeriodFrom() {
        return getPeriod().from().toString();
    }

    public Map<String, String> getNarratives() {
        getReport();
        return narratives;
    }

    public Map<String, String> getNarrativesCy() {
        getReport();
        return narrativesCy;
    }

    public String save(String section) {
        Pages.step(null, () -> {
            service.writeNarrative(getPeriod(), section, narratives.get(section), narrativesCy.get(section));
            return Pages.Done.then(SELF + "?from=" + getPeriod().from() + "#section-" + section,
                    words().text("page.saved", words().text("section." + section + ".title")));
        });
        return null;
    }

    public String text(String key) {
        return words().text(key);
    }

    public String text(String key, Object argument) {
        return words().text(key, argument);
    }

    public String label(RowLabel label) {
        return words().label(label);
    }

    public String shown(Shown shown) {
        return words().shown(shown);
    }

    public String days(java.util.Optional<Double> days) {
        return words().days(days);
    }

    public String day(LocalDate day) {
        return PlainFormat.day(Pages.locale(), day);
    }

    /** "Period 2025–26" / "Cyfnod 2025–26". */
    public String getCurrentColumn() {
        return words().text("column.period", getPeriod().label());
    }

    public String getPreviousColumn() {
        return words().text("column.period", getPeriod().previous().label());
    }

    /**
     * Whether the period shown counts nothing at all, every figure 0: said in words above the figures, with the year in
     * progress offered, so a page of zeros (the last finished year on a board that started since) is not a puzzle.
     */
    public boolean isNothingRecorded() {
        return getReport().tables().stream().allMatch(t -> t.rows().stream().allMatch(r -> zero(r.current()))
                && (t.total() == null || zero(t.total().current())));
    }

    private static boolean zero(Shown shown) {
        return shown.isShown() && shown.value() == 0;
    }

    /** The financial year in progress, when the page shows another. */
    public ReportPeriod getYearInProgress() {
        ReportPeriod now = getYears().get(0);
        return now.equals(getPeriod()) ? null : now;
    }

    /** The table's chart, an inline SVG named after the table. */
    public String chart(ReportTable table) {
        String title = words().text("table." + table.key() + ".title");
        return BarChart.svg("chart-" + table.key().replace('.', '-'), words().text("page.chartOf", title), table,
                getCurrentColumn(), getPreviousColumn(), words());
    }

    /** A table's id on the page: {@code figures-concerns-source}. */
    public String id(ReportTable table) {
        return table.key().replace('.', '-');
    }

    /** The report's words, and once the report is read, those its processes' parts bring (their tables'). */
    private AnnualWords words() {
        return report == null ? AnnualWords.in(Pages.locale()) : report.wordsIn(Pages.locale());
    }
}
