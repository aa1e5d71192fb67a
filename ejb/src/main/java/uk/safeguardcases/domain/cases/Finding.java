package uk.safeguardcases.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import uk.safeguardcases.domain.people.SeparationOfDuties;

/**
 * What the investigation found about the allegation, and who recorded it. A false or malicious finding lets the
 * record go early, so one senior manager only proposes it and a second one agrees or refuses it (four eyes:
 * {@link SeparationOfDuties}); until then it is a proposal and the finding stands as it was. The case records a
 * finding only once it is closed, and works out from it how long the record is kept.
 */
@Embeddable
public class Finding {

    static final String PROPOSED_ONCE = "Only a closed case's false or malicious finding is proposed, once";

    @Enumerated(EnumType.STRING)
    @Column(name = "allegation_finding")
    private AllegationFinding found;

    @Column(name = "finding_recorded_by")
    private String recordedBy;

    @Column(name = "finding_recorded_at")
    private Instant recordedAt;

    /** The second senior manager who agreed the false or malicious finding. */
    @Column(name = "finding_agreed_by")
    private String agreedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_finding")
    private AllegationFinding proposed;

    @Column(name = "finding_proposed_by")
    private String proposedBy;

    @Column(name = "finding_proposed_at")
    private Instant proposedAt;

    @Column(name = "finding_proposal_reason")
    private String proposalReason;

    protected Finding() {
    }

    void record(AllegationFinding finding, String by, Instant at) {
        this.found = finding;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** A closure that found a breach: the allegation was substantiated, unless a finding is already recorded. */
    void substantiatedUnlessFound(Instant at) {
        if (found == null) {
            this.found = AllegationFinding.SUBSTANTIATED;
            this.recordedAt = at;
        }
    }

    /**
     * A senior manager proposes a false or malicious finding, with their reason; nothing else may be proposed, nor a
     * second one while the first waits.
     */
    void propose(AllegationFinding finding, String by, String reason, Instant at) {
        if (!finding.removedFromRecords() || awaitsSecondSenior()) {
            throw new IllegalStateException(PROPOSED_ONCE);
        }
        this.proposed = finding;
        this.proposedBy = by;
        this.proposalReason = reason;
        this.proposedAt = at;
    }

    /** Whether a false or malicious finding waits for a second senior manager. */
    public boolean awaitsSecondSenior() {
        return proposed != null;
    }

    /** Whether {@code senior} may agree or refuse the proposed finding: anyone but the senior who proposed it. */
    public boolean mayDecideProposal(String senior) {
        return awaitsSecondSenior() && SeparationOfDuties.permits(proposedBy, senior);
    }

    /** A second senior manager agrees the proposed finding: it is recorded as the proposer's. */
    void agree(String by, Instant at) {
        if (!mayDecideProposal(by)) {
            throw new IllegalStateException("A second senior manager agrees the finding");
        }
        AllegationFinding agreed = proposed;
        String proposer = proposedBy;
        clearProposal();
        this.agreedBy = by;
        record(agreed, proposer, at);
    }

    /** A second senior manager refuses the proposed finding: the finding stands as it was. */
    public void refuse(String by) {
        if (!mayDecideProposal(by)) {
            throw new IllegalStateException("A second senior manager refuses the finding");
        }
        clearProposal();
    }

    private void clearProposal() {
        this.proposed = null;
        this.proposedBy = null;
        this.proposedAt = null;
        this.proposalReason = null;
    }

    /** Whether the allegation was found false or malicious (the record then goes early). */
    public boolean falseOrMalicious() {
        return found != null && found.removedFromRecords();
    }

    /** The finding recorded, or null while there is none. */
    public AllegationFinding found() {
        return found;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String agreedBy() {
        return agreedBy;
    }

    /** The false or malicious finding waiting for a second senior manager, or null. */
    public AllegationFinding proposed() {
        return proposed;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String proposalReason() {
        return proposalReason;
    }
}
