package uk.safeguardcases.application.lowlevel;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One low-level concern as the register lists it. */
public record ConcernLine(long id, long personId, String member, LocalDate occurredOn, String summary,
        String caseReference, String recordedBy, Instant recordedAt) implements Serializable {
}
