package uk.safeguardcases.domain.organisation;

/** The kinds of parent organisation (the member's employer, which owns discipline). */
public enum OrganisationKind {
    POLICE("Police"),
    NHS_TRUST("NHS trust or health board"),
    COUNCIL("Council"),
    SCHOOL("School"),
    CHARITY("Charity"),
    PROBATION("Probation"),
    OTHER("Other");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
