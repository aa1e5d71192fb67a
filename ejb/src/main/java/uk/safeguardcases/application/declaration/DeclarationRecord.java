package uk.safeguardcases.application.declaration;

import java.io.Serializable;
import java.time.Instant;

/**
 * One member's line of the completion export: who, where, whose team, and how far they have got; with what the member
 * typed when they signed (their name, job title, department and contact number, empty until then) and who
 * countersigned, by name.
 */
public record DeclarationRecord(String name, String username, String organisation, String manager, String status,
        Instant askedAt, Instant declaredAt, Instant countersignedAt, Instant firstReminderAt,
        Instant secondReminderAt, Instant escalatedAt, String declaredName, String jobTitle, String department,
        String contactNumber, String countersignedBy) implements Serializable {
}
