package uk.safeguardcases.application.hosting;

import java.time.Instant;

/**
 * A board as the hosting operator sees it: its names and state, and its health in counts and times, never its
 * content (no case, person, evidence or document).
 *
 * @param openCases cases not yet closed
 * @param openTasks steps waiting for a person
 * @param stuckSteps steps whose retries ran out
 * @param mailGivenUp e-mails given up and not yet dealt with
 * @param lastChainCheck when the audit chain was last checked, and whether it was intact (null: never)
 * @param storageBytes evidence files and sent documents kept, in bytes
 * @param lastSignIn when one of its people last signed in (null: never)
 * @param suspendedAt when the operator suspended it (null: open)
 */
public record BoardHealth(String code, String name, String referencePrefix, boolean welsh, long people, long openCases,
        long openTasks, long stuckSteps, long mailGivenUp, Instant lastChainCheck, Boolean chainIntact,
        long storageBytes, Instant lastSignIn, Instant suspendedAt, String suspensionReason)
        implements java.io.Serializable {

    public boolean suspended() {
        return suspendedAt != null;
    }
}
