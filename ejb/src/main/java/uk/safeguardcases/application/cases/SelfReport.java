package uk.safeguardcases.application.cases;

import java.io.Serializable;
import java.time.Instant;

/**
 * A report a member made about themselves, as their history shows it back to them.
 *
 * @param account what they told the board, as they typed it
 */
public record SelfReport(String reference, Instant raisedAt, String account) implements Serializable {
}
