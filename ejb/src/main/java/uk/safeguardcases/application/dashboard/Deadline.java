package uk.safeguardcases.application.dashboard;

import uk.safeguardcases.application.cases.DeadlineKind;
import java.io.Serializable;
import java.time.Instant;

/** A deadline of one case that has passed ({@code overdue}) or falls due soon. */
public record Deadline(DeadlineKind kind, String caseReference, String subjectName, Instant due, boolean overdue)
        implements Serializable {
}
