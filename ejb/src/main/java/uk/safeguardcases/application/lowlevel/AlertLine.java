package uk.safeguardcases.application.lowlevel;

import java.io.Serializable;
import java.time.Instant;

/** A pattern alert waiting for a senior manager's review of the member's entry. */
public record AlertLine(long id, long personId, String member, int counted, Instant alertedAt)
        implements Serializable {
}
