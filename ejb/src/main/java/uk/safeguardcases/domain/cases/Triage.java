package uk.safeguardcases.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The officer's triage of the concern (what to do, whether the harm threshold is met, their note for the senior) and
 * the senior manager who authorised the investigation it asked for. A case not yet triaged, or reopened, has none.
 */
@Embeddable
public class Triage {

    @Column(name = "triaged_by")
    private String triagedBy;

    /** By its name; {@code persistence/jpa/OutcomeColumns} reads it back as the core's or a process's. */
    @Column(name = "triage_decision")
    private TriageDecision decision;

    @Column(name = "harm_threshold_met")
    private Boolean harmThresholdMet;

    /** What the senior reads before authorising the investigation. */
    @Column(name = "triage_note")
    private String note;

    @Column(name = "authorised_by")
    private String authorisedBy;

    protected Triage() {
    }

    public void record(String officer, TriageDecision decision, boolean harmThresholdMet, String note) {
        this.triagedBy = officer;
        this.note = note;
        this.decision = decision;
        this.harmThresholdMet = harmThresholdMet;
    }

    /** A senior manager authorised the investigation. */
    public void authorisedBy(String senior) {
        this.authorisedBy = senior;
    }

    public String triagedBy() {
        return triagedBy;
    }

    /** The officer's decision, or null while the concern waits for triage. */
    public TriageDecision decision() {
        return decision;
    }

    /** Whether the harm threshold is met (the LADO is then told), or null before triage. */
    public Boolean harmThresholdMet() {
        return harmThresholdMet;
    }

    public String note() {
        return note;
    }

    public String authorisedBy() {
        return authorisedBy;
    }
}
