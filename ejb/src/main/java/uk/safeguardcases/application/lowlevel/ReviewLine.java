package uk.safeguardcases.application.lowlevel;

import java.io.Serializable;
import java.time.Instant;

/** A review of the register (member null) or of one member's entry. */
public record ReviewLine(Long personId, String member, String note, String reviewedBy, Instant reviewedAt)
        implements Serializable {
}
