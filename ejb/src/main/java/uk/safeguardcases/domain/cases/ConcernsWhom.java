package uk.safeguardcases.domain.cases;

/**
 * Whom a concern puts at risk: children, adults at risk, or both. Cwm Taf is a children's and an adults' board
 * ("Cwm Taf Safeguarding Children Board and Safeguarding Adult Board"); the officer says which at triage, and the
 * dashboard counts the board's open cases by it.
 */
public enum ConcernsWhom {
    CHILDREN("Children"),
    ADULTS_AT_RISK("Adults at risk"),
    BOTH("Children and adults at risk");

    private final String label;

    ConcernsWhom(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether an adult at risk is part of it. */
    public boolean adults() {
        return this != CHILDREN;
    }
}
