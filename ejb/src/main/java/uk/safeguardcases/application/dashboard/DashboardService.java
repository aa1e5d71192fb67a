package uk.safeguardcases.application.dashboard;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.cases.BoardCounts;
import uk.safeguardcases.application.dashboard.DashboardReadModel.ClauseVersion;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.ConcernsWhom;
import uk.safeguardcases.domain.people.Role;

/**
 * The officer's and senior manager's overview of their board: open cases by step, the deadlines passed or
 * coming, and the cases per month and per clause. The database counts ({@link DashboardReadModel}); the counts over
 * every case of the board are kept until its records change ({@link BoardCounts}).
 */
@Stateless
public class DashboardService {

    /** A deadline is "due soon" when it falls within this time. */
    public static final Duration DUE_SOON = Duration.ofDays(3);
    public static final int MONTHS = 12;

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int MAX_DEADLINES = 200;

    /** The time, as the server reads it ({@code ServerClock}). */
    /** The processes' own deadlines (a Welsh board's designated person's, say). */
    @Inject
    private jakarta.enterprise.inject.Instance<uk.safeguardcases.application.cases.CaseDeadlines> contributedDeadlines;

    @Inject
    private Clock clock;

    @Inject
    private DashboardReadModel board;

    @Inject
    private BoardCounts boardCounts;

    /** Every step with at least one open case, in the order of the process. */
    public List<StepCount> openCasesByStep() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return board.openCasesByStep().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new StepCount(e.getKey(), e.getKey().label(), e.getValue())).toList();
    }

    /**
     * The board's cases by whom they concern (children, adults at risk, both): open now, and raised in the last twelve
     * months (this one included). Every group is listed, with zeros.
     */
    public List<ConcernCount> casesByConcern() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        Map<ConcernsWhom, Long> open = board.openCasesByWhom();
        YearMonth firstMonth = YearMonth.now(clock.withZone(UK)).minusMonths(MONTHS - 1L);
        Map<ConcernsWhom, Long> raised = boardCounts.of("raised by whom since", firstMonth,
                () -> Map.copyOf(board.casesRaisedByWhomSince(startOf(firstMonth))));
        return java.util.Arrays.stream(ConcernsWhom.values())
                .map(whom -> new ConcernCount(whom, open.getOrDefault(whom, 0L), raised.getOrDefault(whom, 0L)))
                .toList();
    }

    /** The cases raised in each of the last twelve months (this one included), oldest first. */
    public List<MonthCount> casesPerMonth() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        YearMonth thisMonth = YearMonth.now(clock.withZone(UK));
        YearMonth firstMonth = thisMonth.minusMonths(MONTHS - 1L);
        Map<YearMonth, Long> raised = boardCounts.of("raised per month since", firstMonth,
                () -> Map.copyOf(board.casesRaisedPerMonthSince(startOf(firstMonth))));
        return java.util.stream.IntStream.range(0, MONTHS).mapToObj(firstMonth::plusMonths)
                .map(month -> new MonthCount(month, raised.getOrDefault(month, 0L))).toList();
    }

    /**
     * Each clause of the board's policy with the number of cases citing it, in the policy's order. A clause is
     * counted by its reference, so cases that cited an earlier wording count with the current one; a reference
     * only retired versions carry is listed after the others if cases cite it. The id is the current (else the
     * latest) version's, which the case list's clause filter widens to every version.
     */
    public List<ClauseCount> casesPerClause() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        Map<String, Long> counts = boardCounts.of("cases per clause", "",
                () -> Map.copyOf(board.casesPerClauseReference()));
        Map<String, ClauseCount> byReference = new LinkedHashMap<>();
        for (ClauseVersion clause : board.clauseVersions()) {
            if (!clause.retired() || counts.containsKey(clause.reference())) {
                byReference.putIfAbsent(clause.reference(), new ClauseCount(clause.id(), clause.reference(),
                        Texts.wording(clause.text(), clause.textCy()), counts.getOrDefault(clause.reference(), 0L)));
            }
        }
        return List.copyOf(byReference.values());
    }

    /** Deadlines of open cases that have passed or fall due within {@link #DUE_SOON}, soonest first. */
    public List<Deadline> deadlines() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        Instant now = Instant.now(clock);
        List<Deadline> deadlines = new java.util.ArrayList<>(board.deadlinesBefore(now.plus(DUE_SOON),
                MAX_DEADLINES).stream().map(row -> new Deadline(row.kind(), row.caseReference(), row.subjectName(),
                        row.due(), row.due().isBefore(now))).toList());
        for (uk.safeguardcases.application.cases.CaseDeadlines contributed : contributedDeadlines) {
            contributed.dueBefore(now.plus(DUE_SOON), MAX_DEADLINES).forEach(d -> deadlines.add(new Deadline(d.kind(),
                    d.caseReference(), d.subjectName(), d.due(), d.due().isBefore(now))));
        }
        deadlines.sort(Comparator.comparing(Deadline::due));
        return List.copyOf(deadlines);
    }

    private static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(UK).toInstant();
    }
}
