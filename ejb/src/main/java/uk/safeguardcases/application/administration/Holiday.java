package uk.safeguardcases.application.administration;

import java.io.Serializable;
import java.time.LocalDate;

/** A bank holiday as the settings page lists it. */
public record Holiday(LocalDate date, String name) implements Serializable {
}
