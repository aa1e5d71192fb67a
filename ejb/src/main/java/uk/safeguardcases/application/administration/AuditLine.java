package uk.safeguardcases.application.administration;

import java.io.Serializable;
import java.time.Instant;

/** One change to the board's set-up, from its audit timeline. */
public record AuditLine(long sequence, Instant when, String actor, String action, String detail) implements Serializable {
}
