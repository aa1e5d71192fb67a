package uk.safeguardcases.application.lowlevel;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One low-level concern as the register lists it; moved from another member when {@code movedAt} is set. */
public record ConcernLine(long id, long personId, String member, LocalDate occurredOn, String summary,
        String caseReference, String recordedBy, Instant recordedAt, Instant movedAt, String moveReason)
        implements Serializable {
}
