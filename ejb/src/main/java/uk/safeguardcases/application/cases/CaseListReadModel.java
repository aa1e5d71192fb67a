package uk.safeguardcases.application.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import uk.safeguardcases.domain.cases.CaseStatus;

/**
 * The case list as the database answers it: the board's cases filtered and sorted, a page at a time or all in
 * order, and what comes next for a page of them. The one home of what each {@link CaseFilter} and {@link CaseSort}
 * means. Tenant-filtered by Hibernate, so only the caller's board is ever read; who may read it is
 * {@link CaseSearch}'s to decide.
 */
public interface CaseListReadModel {

    /** The ids of the matching cases from index {@code first} (0-based), at most {@code size}, in order. */
    List<Long> pageIds(CaseFilter filter, CaseSort sort, int first, int size);

    /** These cases' rows, in no particular order (a case no longer there is left out). */
    List<CaseSummary> summaries(Collection<Long> caseIds);

    /** How many of the board's cases match. */
    long count(CaseFilter filter);

    /** Hands every matching case, in order, to {@code each} while the rows are read; returns how many. */
    long forEach(CaseFilter filter, CaseSort sort, Consumer<CaseSummary> each);

    /**
     * The deadlines still running on these cases' member requests (a request not answered, or given more time) and
     * referrals (not acknowledged).
     */
    List<RunningDeadline> runningDeadlines(Collection<Long> caseIds);

    /** Those of these cases that are not closed. */
    List<OpenCase> openCases(Collection<Long> caseIds);

    /** The display names of these people of the board, by username (an unknown username is left out). */
    Map<String, String> displayNames(Set<String> usernames);

    /** A deadline running on a request or referral of case {@code caseId}. */
    record RunningDeadline(long caseId, DeadlineKind kind, Instant due) {
    }

    /**
     * An open case: its process, its step, and the deadlines its step may have (the LADO referral's, the report about
     * an adult at risk's), null when it has none.
     */
    record OpenCase(long id, String processInstanceId, CaseStatus status, Instant ladoReferralDue,
            Instant adultReportDue) {
    }
}
