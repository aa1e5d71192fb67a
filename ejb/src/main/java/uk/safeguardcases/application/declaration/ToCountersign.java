package uk.safeguardcases.application.declaration;

import java.io.Serializable;
import java.time.Instant;

/** A team member's signed declaration waiting for the manager's countersignature. */
public record ToCountersign(long id, String memberName, int versionNumber, String title, Instant declaredAt,
        String jobTitle, String department, String contactNumber) implements Serializable {
}
