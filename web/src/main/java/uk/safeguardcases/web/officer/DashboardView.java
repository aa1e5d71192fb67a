package uk.safeguardcases.web.officer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import uk.safeguardcases.application.dashboard.ClauseCount;
import uk.safeguardcases.application.dashboard.DashboardService;
import uk.safeguardcases.application.dashboard.Deadline;
import uk.safeguardcases.application.dashboard.MonthCount;
import uk.safeguardcases.application.dashboard.StepCount;
import uk.safeguardcases.application.work.WorkItem;
import uk.safeguardcases.application.work.WorkQueue;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Shell;

/**
 * The officer's and senior manager's landing page: open cases by step, deadlines passed and coming, their
 * tasks, and cases per month and per clause as charts (each with its figures as a table beside it).
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    static final int TASKS_SHOWN = 10;
    /** The per-clause chart shows the clauses cited most, up to this many; the table beside it has them all. */
    static final int CLAUSES_CHARTED = 15;

    @Inject
    private DashboardService dashboard;

    @Inject
    private WorkQueue work;

    @Inject
    private Shell shell;

    private List<StepCount> steps;
    private List<Deadline> overdue;
    private List<Deadline> dueSoon;
    private List<WorkItem> tasks;
    private int taskCount;
    private List<uk.safeguardcases.application.dashboard.ConcernCount> concerns;
    private List<MonthCount> months;
    private List<ClauseCount> clauses;
    private List<ClauseCount> chartClauses;
    private String monthChart;
    private String clauseChart;

    @PostConstruct
    void load() {
        steps = dashboard.openCasesByStep();
        concerns = dashboard.casesByConcern();
        List<Deadline> deadlines = dashboard.deadlines();
        overdue = deadlines.stream().filter(Deadline::overdue).toList();
        dueSoon = deadlines.stream().filter(d -> !d.overdue()).toList();
        List<WorkItem> allTasks = work.myTasks();
        taskCount = allTasks.size();
        tasks = allTasks.stream().limit(TASKS_SHOWN).toList();
        months = dashboard.casesPerMonth();
        clauses = dashboard.casesPerClause();
        chartClauses = clauses.stream().filter(c -> c.cases() > 0)
                .sorted(Comparator.comparingLong(ClauseCount::cases).reversed())
                .limit(CLAUSES_CHARTED).toList();
        monthChart = barChart(months.stream().map(this::monthLabel).toList(),
                months.stream().map(MonthCount::cases).toList(), text("dashboard.perMonth.series"), false);
        clauseChart = barChart(chartClauses.stream().map(ClauseCount::clauseReference).toList(),
                chartClauses.stream().map(ClauseCount::cases).toList(), text("dashboard.perClause.series"), true);
    }

    /** A Chart.js bar chart in the board's colour, as the JSON p:chart takes. */
    private String barChart(List<String> labels, List<Long> values, String series, boolean horizontal) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder valueArray = Json.createArrayBuilder();
        values.forEach(valueArray::add);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false)))
                .add("scales", Json.createObjectBuilder()
                        .add(horizontal ? "x" : "y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        String json = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labelArray)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", series)
                                .add("data", valueArray)
                                .add("backgroundColor", shell.getPrimaryColour()))))
                .add("options", options)
                .build().toString();
        // The configuration is written into a script: no clause reference can close it.
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static String text(String key) {
        return Language.text("officer", key);
    }

    /** "Nov 2026", in the page's language. */
    public String monthLabel(MonthCount month) {
        return DateTimeFormatter.ofPattern("MMM yyyy", Pages.locale()).format(month.month());
    }

    /** Every clause the board's allegations cite, most cited first: the table beside the chart. */
    public List<ClauseCount> getCitedClauses() {
        return clauses.stream().filter(c -> c.cases() > 0)
                .sorted(Comparator.comparingLong(ClauseCount::cases).reversed()).toList();
    }

    /** The clauses the chart shows: those cited most, most cited first. */
    public List<ClauseCount> getChartClauses() {
        return chartClauses;
    }

    /** The chart's height follows the number of bars (a class of officer-list.css), so each bar stays readable. */
    public String getClauseChartHeight() {
        return "chart-rows-" + Math.max(1, chartClauses.size());
    }

    /** Cases about children, adults at risk, or both: open, and raised in the last twelve months. */
    public List<uk.safeguardcases.application.dashboard.ConcernCount> getConcerns() {
        return concerns;
    }

    public List<StepCount> getSteps() {
        return steps;
    }

    public long getOpenCases() {
        return steps.stream().mapToLong(StepCount::cases).sum();
    }

    public List<Deadline> getOverdue() {
        return overdue;
    }

    public List<Deadline> getDueSoon() {
        return dueSoon;
    }

    public List<WorkItem> getTasks() {
        return tasks;
    }

    public int getTaskCount() {
        return taskCount;
    }

    public List<MonthCount> getMonths() {
        return months;
    }

    public List<ClauseCount> getClauses() {
        return clauses;
    }

    public String getMonthChart() {
        return monthChart;
    }

    public String getClauseChart() {
        return clauseChart;
    }
}
