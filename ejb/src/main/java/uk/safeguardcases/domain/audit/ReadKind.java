package uk.safeguardcases.domain.audit;

/**
 * What a person read, of the product's own records: each is recorded ({@link ReadRecord}), so a board can say who saw
 * what and when. A process declares what it lets people read as its own enum implementing {@link Reading}.
 */
public enum ReadKind implements Reading {
    CASE_OPENED("Case opened"),
    EVIDENCE_FILE_VIEWED("Evidence file viewed"),
    REFERRAL_OPENED("Referral opened"),
    REFERRAL_PACK_DOWNLOADED("Referral pack downloaded"),
    /** A senior manager read the pack a referral would send, before approving it. */
    REFERRAL_PACK_PREVIEWED("Referral pack previewed"),
    CASE_REPORT_DOWNLOADED("Case report downloaded"),
    /** A person's chronology (issue 41): the item is the person's id, no case. */
    PERSON_CHRONOLOGY_VIEWED("Person's chronology viewed");

    private final String label;

    ReadKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
