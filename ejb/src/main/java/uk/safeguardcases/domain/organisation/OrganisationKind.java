package uk.safeguardcases.domain.organisation;

/**
 * The kinds of parent organisation (the member's employer, which owns discipline). The name is stored: it never
 * changes. Education and childcare settings are safeguarding partners beside the police, health and the local
 * authority under the Children's Wellbeing and Schools Act 2026; a school keeps its own kind.
 */
public enum OrganisationKind {
    POLICE("Police"),
    NHS_TRUST("NHS trust or health board"),
    COUNCIL("Council"),
    SCHOOL("School"),
    CHARITY("Charity"),
    PROBATION("Probation"),
    /** A college, a university, a pupil referral unit or other alternative provision: not a school. */
    EDUCATION_SETTING("Education setting (college, alternative provision)"),
    /** A nursery, a pre-school, a childminder or an out-of-school club. */
    CHILDCARE_SETTING("Childcare setting (nursery, childminder)"),
    OTHER("Other");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
