package uk.safeguardcases.application.administration;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One of the board's own non-working days, as the settings page lists it. */
public record ClosureDay(Long id, LocalDate date, String name, String addedBy, Instant addedAt)
        implements Serializable {
}
