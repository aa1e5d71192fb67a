package uk.safeguardcases.application.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * A process's own deadlines on the board's cases, for the places the core lists deadlines: the case page (and its
 * report), the case list's next deadline and the dashboard's overdue and due-soon lists. The core asks every bean of
 * this interface; each words its kinds as {@code DeadlineKind.<NAME>} in its own bundles (the pages' and the
 * documents'). Read in the caller's transaction, the caller's board's cases only.
 */
public interface CaseDeadlines {

    /** The kinds it brings ({@link DeadlineKind#contributed}). */
    List<DeadlineKind> kinds();

    /** Its deadlines still running (passed or not) on those of {@code caseIds} that are open. */
    List<Running> running(Collection<Long> caseIds);

    /** Its deadlines still running on the board's open cases and falling before {@code before}; at most {@code most}. */
    List<Running> dueBefore(Instant before, int most);

    /** One deadline running on one case. */
    record Running(long caseId, String caseReference, String subjectName, DeadlineKind kind, Instant due) {
    }
}
