package uk.safeguardcases.application.administration;

import java.io.Serializable;

/**
 * What changing a clause did.
 *
 * @param newVersion true when the clause was cited, so the change became a new version and the cited one was retired
 */
public record ClauseChange(AdminClause clause, boolean newVersion, boolean changed) implements Serializable {
}
