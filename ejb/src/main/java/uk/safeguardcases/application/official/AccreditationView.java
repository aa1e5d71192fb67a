package uk.safeguardcases.application.official;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A person's certification as an authorised user (CHSCB authorised use 3.1). */
public record AccreditationView(String username, String name, LocalDate trainedOn, LocalDate passedOn,
        LocalDate expiresOn, boolean expired, Instant firstReminderSentAt, Instant secondReminderSentAt, int renewals)
        implements Serializable {
}
