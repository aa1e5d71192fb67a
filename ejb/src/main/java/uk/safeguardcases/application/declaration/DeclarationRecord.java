package uk.safeguardcases.application.declaration;

import java.io.Serializable;
import java.time.Instant;

/** One member's line of the completion export: who, where, whose team, and how far they have got. */
public record DeclarationRecord(String name, String username, String organisation, String manager, String status,
        Instant askedAt, Instant declaredAt, Instant countersignedAt, Instant firstReminderAt,
        Instant secondReminderAt, Instant escalatedAt) implements Serializable {
}
