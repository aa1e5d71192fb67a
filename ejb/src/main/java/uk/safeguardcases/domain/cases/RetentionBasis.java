package uk.safeguardcases.domain.cases;

/** Which part of the retention rule set a case's "keep until" date. */
public enum RetentionBasis {
    /** 10 years from the date of the allegation (longer than the member's pension age, or that is not known). */
    TEN_YEARS_FROM_ALLEGATION("10 years from the allegation"),
    /** The member's state pension age, later than 10 years from the allegation. */
    PENSION_AGE("The member's state pension age"),
    /** A concern closed at triage with no further action: nothing was found, kept for the board's own period. */
    CLOSED_AT_TRIAGE("Closed at triage with no further action: the board's period"),
    /** Found false or malicious: removed from the records. */
    FALSE_OR_MALICIOUS("Found false or malicious: removed from the records");

    private final String label;

    RetentionBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
