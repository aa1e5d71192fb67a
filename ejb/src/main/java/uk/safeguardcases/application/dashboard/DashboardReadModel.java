package uk.safeguardcases.application.dashboard;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.cases.DeadlineKind;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.ConcernsWhom;

/**
 * The dashboard's counts and deadlines as the database answers them, tenant-filtered by Hibernate. Who may read
 * them, the months to show and what is overdue are {@link DashboardService}'s.
 */
public interface DashboardReadModel {

    /** The board's open cases ({@link CaseStatus#OPEN}) counted by step; a step with none is left out. */
    Map<CaseStatus, Long> openCasesByStep();

    /** The board's open cases counted by whom they concern; a group with none is left out. */
    Map<ConcernsWhom, Long> openCasesByWhom();

    /** The cases raised since {@code since}, counted by whom they concern; a group with none is left out. */
    Map<ConcernsWhom, Long> casesRaisedByWhomSince(Instant since);

    /** The cases raised since {@code since}, counted by the month they were raised in; a month with none left out. */
    Map<YearMonth, Long> casesRaisedPerMonthSince(Instant since);

    /** How many cases cite each clause reference (any version of it); a reference no case cites is left out. */
    Map<String, Long> casesPerClauseReference();

    /** Every version of every clause of the board's policy: current ones first, in the policy's order, newest first. */
    List<ClauseVersion> clauseVersions();

    /**
     * The deadlines of open cases falling before {@code before}, passed or not: member requests still to be answered
     * (or given more time), referrals still to be acknowledged, LADO referrals and reports about an adult at risk still
     * to be made; at most {@code most} of each kind, soonest first within each.
     */
    List<DeadlineRow> deadlinesBefore(Instant before, int most);

    /** One version of a clause of the policy. */
    record ClauseVersion(Long id, String reference, boolean retired, String text, String textCy) {
    }

    /** A deadline running on an open case. */
    record DeadlineRow(DeadlineKind kind, String caseReference, String subjectName, Instant due) {
    }
}
