package uk.safeguardcases.application.administration;

/** What removing an organisation did: deleted when nothing named it, else deactivated. */
public enum OrganisationRemoval {
    DELETED,
    DEACTIVATED
}
