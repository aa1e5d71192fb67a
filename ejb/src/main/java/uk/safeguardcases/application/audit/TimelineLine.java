package uk.safeguardcases.application.audit;

import java.io.Serializable;
import java.time.Instant;
import uk.safeguardcases.domain.audit.TimelineEntry;

/**
 * One line of a case's timeline as the case page shows it.
 *
 * @param sharedWithHr whether the HR partner of the member's organisation sees it too (else the board's only)
 */
public record TimelineLine(long sequenceNo, Instant occurredAt, String actor, String action, String detail,
        boolean sharedWithHr) implements Serializable {

    public static TimelineLine of(TimelineEntry entry) {
        return new TimelineLine(entry.sequenceNo(), entry.occurredAt(), entry.actor(), entry.action(), entry.detail(),
                entry.sharedWithHr());
    }
}
