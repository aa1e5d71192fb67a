package uk.safeguardcases.domain.practitioner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.hibernate.annotations.TenantId;

/**
 * What a Welsh or bilingual board records of a case that is a concern about a practitioner or a person in a position
 * of trust (Wales Safeguarding Procedures, Section 5): the threshold criteria considered (each answered, by whom,
 * when), when the designated person was told, the outcome, and the transferable risk: the other roles the person is
 * known to hold (other employment, volunteering), who was told of the concern and when. The designated person's
 * deadline is not stored: it follows from when the case was raised, on the board's calendar
 * ({@link DesignatedPersonDeadline}).
 */
@Entity
@Table(name = "practitioner_concern")
public class PractitionerConcern {

    /** The longest answer kept in a text field: other roles, whom the board told. */
    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "harmed")
    private Boolean harmed;

    @Column(name = "offence")
    private Boolean offence;

    @Column(name = "risk_of_harm")
    private Boolean riskOfHarm;

    @Column(name = "unsuitable")
    private Boolean unsuitable;

    @Column(name = "threshold_by")
    private String thresholdBy;

    @Column(name = "threshold_at")
    private Instant thresholdAt;

    @Column(name = "designated_person")
    private String designatedPerson;

    @Column(name = "designated_told_at")
    private Instant designatedToldAt;

    @Column(name = "designated_missed_at")
    private Instant designatedMissedAt;

    @Column(name = "designated_recorded_by")
    private String designatedRecordedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private PractitionerOutcome outcome;

    @Column(name = "outcome_note")
    private String outcomeNote;

    @Column(name = "outcome_by")
    private String outcomeBy;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    @Column(name = "other_roles")
    private String otherRoles;

    @Column(name = "risk_told_whom")
    private String riskToldWhom;

    @Column(name = "risk_told_on")
    private LocalDate riskToldOn;

    @Column(name = "risk_by")
    private String riskBy;

    @Column(name = "risk_at")
    private Instant riskAt;

    protected PractitionerConcern() {
    }

    public PractitionerConcern(long caseId) {
        this.caseId = caseId;
    }

    /** The threshold criteria, each answered yes or no: all of them, or nothing is recorded. */
    public void considerThreshold(Map<ThresholdCriterion, Boolean> answers, String by, Instant at) {
        for (ThresholdCriterion criterion : ThresholdCriterion.values()) {
            if (answers.get(criterion) == null) {
                throw new IllegalArgumentException("Every criterion is answered: " + criterion);
            }
        }
        harmed = answers.get(ThresholdCriterion.HARMED);
        offence = answers.get(ThresholdCriterion.OFFENCE);
        riskOfHarm = answers.get(ThresholdCriterion.RISK_OF_HARM);
        unsuitable = answers.get(ThresholdCriterion.UNSUITABLE);
        thresholdBy = by;
        thresholdAt = at;
    }

    /** The criteria as answered, in order; empty before they are considered. */
    public Map<ThresholdCriterion, Boolean> threshold() {
        Map<ThresholdCriterion, Boolean> answers = new EnumMap<>(ThresholdCriterion.class);
        if (thresholdAt != null) {
            answers.put(ThresholdCriterion.HARMED, harmed);
            answers.put(ThresholdCriterion.OFFENCE, offence);
            answers.put(ThresholdCriterion.RISK_OF_HARM, riskOfHarm);
            answers.put(ThresholdCriterion.UNSUITABLE, unsuitable);
        }
        return answers;
    }

    /** Whether the criteria have been considered. */
    public boolean thresholdConsidered() {
        return thresholdAt != null;
    }

    /** Section 5 applies when any one criterion is met. */
    public boolean thresholdMet() {
        return threshold().containsValue(Boolean.TRUE);
    }

    /** The designated person was told, at {@code at}; once recorded, it stands. */
    public void designatedPersonTold(String whom, Instant at, String recordedBy) {
        if (designatedToldAt != null) {
            throw new IllegalStateException("The designated person was already told");
        }
        this.designatedPerson = whom;
        this.designatedToldAt = at;
        this.designatedRecordedBy = recordedBy;
    }

    /**
     * The designated person's deadline passed with nobody recorded as told: true the first time only, so the board
     * is told once however often the check runs.
     */
    public boolean missDesignatedDeadline(Instant at) {
        if (designatedToldAt != null || designatedMissedAt != null) {
            return false;
        }
        this.designatedMissedAt = at;
        return true;
    }

    public Instant designatedMissedAt() {
        return designatedMissedAt;
    }

    public void recordOutcome(PractitionerOutcome outcome, String note, String by, Instant at) {
        this.outcome = outcome;
        this.outcomeNote = note;
        this.outcomeBy = by;
        this.outcomeAt = at;
    }

    /** The transferable risk: the other roles known, whom the board told of the concern, and on which day. */
    public void recordTransferableRisk(String otherRoles, String toldWhom, LocalDate toldOn, String by, Instant at) {
        this.otherRoles = otherRoles;
        this.riskToldWhom = toldWhom;
        this.riskToldOn = toldOn;
        this.riskBy = by;
        this.riskAt = at;
    }

    public boolean transferableRiskRecorded() {
        return riskAt != null;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public String thresholdBy() {
        return thresholdBy;
    }

    public Instant thresholdAt() {
        return thresholdAt;
    }

    public String designatedPerson() {
        return designatedPerson;
    }

    public Instant designatedToldAt() {
        return designatedToldAt;
    }

    public String designatedRecordedBy() {
        return designatedRecordedBy;
    }

    public PractitionerOutcome outcome() {
        return outcome;
    }

    public String outcomeNote() {
        return outcomeNote;
    }

    public String outcomeBy() {
        return outcomeBy;
    }

    public Instant outcomeAt() {
        return outcomeAt;
    }

    public String otherRoles() {
        return otherRoles;
    }

    public String riskToldWhom() {
        return riskToldWhom;
    }

    public LocalDate riskToldOn() {
        return riskToldOn;
    }

    public String riskBy() {
        return riskBy;
    }

    public Instant riskAt() {
        return riskAt;
    }
}
