package uk.safeguardcases.domain.audit;

/** What a person read: each is recorded ({@link ReadRecord}), so a board can say who saw what and when. */
public enum ReadKind {
    CASE_OPENED("Case opened"),
    EVIDENCE_FILE_VIEWED("Evidence file viewed"),
    REFERRAL_OPENED("Referral opened"),
    REFERRAL_PACK_DOWNLOADED("Referral pack downloaded"),
    /** A senior manager read the pack a referral would send, before approving it. */
    REFERRAL_PACK_PREVIEWED("Referral pack previewed"),
    CASE_REPORT_DOWNLOADED("Case report downloaded"),
    /** A person's chronology (issue 41): the item is the person's id, no case. */
    PERSON_CHRONOLOGY_VIEWED("Person's chronology viewed"),
    /** The board's register of low-level concerns (issue 41): no case, no item. */
    LOW_LEVEL_REGISTER_VIEWED("Register of low-level concerns viewed"),
    /** One member's entry in the register: the item is the person's id, no case. */
    LOW_LEVEL_ENTRY_VIEWED("Member's low-level concerns viewed");

    private final String label;

    ReadKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
