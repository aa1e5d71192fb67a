package uk.safeguardcases.application.cases;

import java.io.Serializable;
import java.time.Instant;

/** One line of a case's timeline as the case page shows it. */
public record TimelineLine(long sequenceNo, Instant occurredAt, String actor, String action, String detail)
        implements Serializable {
}
