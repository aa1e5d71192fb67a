package uk.safeguardcases.application.access;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import uk.safeguardcases.domain.deadline.DeadlineState;

/**
 * A subject access request as the board's list shows it; {@code pausedOn} since when its clock is paused (UK GDPR
 * Article 12A), or null while it runs.
 */
public record SubjectAccessSummary(String reference, String subjectName, String requestedBy, LocalDate receivedOn,
        LocalDate answerDue, boolean extended, DeadlineState state, Instant answeredAt, LocalDate pausedOn)
        implements Serializable {
}
