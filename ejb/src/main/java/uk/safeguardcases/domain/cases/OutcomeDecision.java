package uk.safeguardcases.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The officer's decision on the outcome, with their findings (what the referral pack gives as the board's reasons),
 * and the senior manager who approved the referral it makes (four eyes: see {@code SeparationOfDuties}). A new
 * decision withdraws the approval of the earlier one: what was approved is no longer the decision.
 */
@Embeddable
public class OutcomeDecision {

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private CaseOutcome outcome;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_findings")
    private String findings;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approval_note")
    private String approvalNote;

    protected OutcomeDecision() {
    }

    public void decide(CaseOutcome outcome, String officer, String findings) {
        this.outcome = outcome;
        this.decidedBy = officer;
        this.findings = findings;
        this.approvedBy = null;
        this.approvalNote = null;
    }

    /** A senior manager approved the referral the decision makes. */
    public void referralApproved(String senior, String note) {
        this.approvedBy = senior;
        this.approvalNote = note;
    }

    /** The outcome decided, or null while there is none. */
    public CaseOutcome outcome() {
        return outcome;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String findings() {
        return findings;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String approvalNote() {
        return approvalNote;
    }
}
