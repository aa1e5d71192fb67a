package uk.safeguardcases.domain.official;

/** Where a business case for an official account stands. Stored by name. */
public enum OfficialAccountRequestStatus {
    AWAITING_DECISION, IN_CONSULTATION, APPROVED, REFUSED;

    public boolean open() {
        return this == AWAITING_DECISION || this == IN_CONSULTATION;
    }
}
