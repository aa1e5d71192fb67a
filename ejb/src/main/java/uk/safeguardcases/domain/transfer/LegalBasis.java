package uk.safeguardcases.domain.transfer;

/**
 * The legal basis a board names when it sends a case to another board: what allows it to share what it holds about a
 * person with the other board. Worded {@code LegalBasis.<NAME>} in the transfers' bundle, in English and Welsh.
 */
public enum LegalBasis {
    /** The duty to share information for safeguarding purposes (Children's Wellbeing and Schools Act 2026). */
    DUTY_TO_SHARE("Duty to share information for safeguarding (Children's Wellbeing and Schools Act 2026)"),
    /** UK GDPR art. 6(1)(e) with DPA 2018 Sch. 1 para. 18: safeguarding of children and of individuals at risk. */
    SAFEGUARDING_PUBLIC_TASK("Public task: safeguarding of children and individuals at risk (UK GDPR 6(1)(e);"
            + " DPA 2018 Sch. 1 para. 18)"),
    /** The cross-border protocol between the boards' designated officers (LADOs): a lead named, what it needs shared. */
    CROSS_BORDER_PROTOCOL("Cross-border protocol between designated officers (LADOs)"),
    /** Wales Safeguarding Procedures, Section 5: the risk a practitioner may pose in their other roles. */
    TRANSFERABLE_RISK_WALES("Transferable risk (Wales Safeguarding Procedures, Section 5)");

    private final String label;

    LegalBasis(String label) {
        this.label = label;
    }

    /** In English, for the timeline (the audit chain keeps one language). */
    public String label() {
        return label;
    }
}
