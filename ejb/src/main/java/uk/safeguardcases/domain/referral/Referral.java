package uk.safeguardcases.domain.referral;

import uk.safeguardcases.domain.cases.PartOfACase;
import uk.safeguardcases.domain.people.AccessScope;
import org.hibernate.annotations.Filter;
import uk.safeguardcases.domain.deadline.Deadline;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import uk.safeguardcases.domain.people.Decision;

/** The disciplinary referral to the HR partner of the member's parent organisation (CHSCB 6.2). One per case. */
@Filter(name = AccessScope.HR_ORGANISATION, deduceAliasInjectionPoints = false,
        condition = "(:organisationId = -1 or {alias}.organisation_id = :organisationId)")
@Filter(name = AccessScope.OWN_CASES, deduceAliasInjectionPoints = false,
        condition = "(:member = '' or {alias}.case_id in (select own_c.id from safeguarding_case own_c join person own_p on own_p.id = own_c.subject_person_id where own_p.username = :member))")
@Entity
@Table(name = "referral")
public class Referral extends PartOfACase {


    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReferralKind kind;

    @Column(name = "approved_by", nullable = false, updatable = false)
    private String approvedBy;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    /** CHSCB 6.2: when the HR partner must acknowledge by; the reminder before it, the escalation after it. */
    @Embedded
    @AttributeOverride(name = "due", column = @Column(name = "acknowledgement_due", nullable = false))
    @AttributeOverride(name = "reminderAt", column = @Column(name = "acknowledgement_reminder_at"))
    @AttributeOverride(name = "remindedAt", column = @Column(name = "reminded_at"))
    @AttributeOverride(name = "missedAt", column = @Column(name = "escalated_at"))
    private Deadline acknowledgeBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "hr_outcome")
    private HrOutcome hrOutcome;

    @Column(name = "outcome_recorded_at")
    private Instant outcomeRecordedAt;

    @Column(name = "outcome_recorded_by")
    private String outcomeRecordedBy;

    @Column(nullable = false)
    private boolean appealed;

    @Column(name = "appeal_result")
    private String appealResult;

    @Column(name = "outcome_decided_on")
    private LocalDate outcomeDecidedOn;

    @Column(name = "outcome_note")
    private String outcomeNote;

    @Column(name = "appeal_lodged_on")
    private LocalDate appealLodgedOn;

    @Column(name = "appeal_grounds")
    private String appealGrounds;

    @Column(name = "appeal_lodged_by")
    private String appealLodgedBy;

    @Column(name = "appeal_lodged_at")
    private Instant appealLodgedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome")
    private AppealOutcome appealOutcome;

    @Column(name = "appeal_decided_on")
    private LocalDate appealDecidedOn;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "appeal_decided_by"))
    @AttributeOverride(name = "at", column = @Column(name = "appeal_decided_at"))
    private Decision appealDecided;

    @Version
    private long version;

    protected Referral() {
    }

    private Referral(Long caseId) {
        super(caseId);
    }

    public static Referral send(Long caseId, Long organisationId, ReferralKind kind, String approvedBy, Instant sentAt,
            Deadline acknowledgeBy) {
        Referral referral = new Referral(caseId);
        referral.organisationId = organisationId;
        referral.kind = kind;
        referral.approvedBy = approvedBy;
        referral.sentAt = sentAt;
        referral.acknowledgeBy = acknowledgeBy;
        return referral;
    }

    public boolean remind(Instant at) {
        return acknowledgeBy.remind(at, acknowledgedAt != null);
    }

    public boolean escalate(Instant at) {
        return acknowledgeBy.miss(at, acknowledgedAt != null);
    }

    public Deadline acknowledgeBy() {
        return acknowledgeBy;
    }

    public void acknowledge(String by, Instant at) {
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
            acknowledgedBy = by;
        }
    }

    public void recordOutcome(HrOutcome outcome, boolean appealed, String appealResult, String by, Instant at) {
        this.hrOutcome = outcome;
        this.appealed = appealed;
        this.appealResult = appealResult;
        this.outcomeRecordedBy = by;
        this.outcomeRecordedAt = at;
    }

    /** The outcome as the parent organisation decided it, on {@code decidedOn}, with the HR partner's note. */
    public void recordOutcome(HrOutcome outcome, LocalDate decidedOn, String note, String by, Instant at) {
        recordOutcome(outcome, false, null, by, at);
        this.outcomeDecidedOn = decidedOn;
        this.outcomeNote = note;
    }

    public void lodgeAppeal(LocalDate lodgedOn, String grounds, String by, Instant at) {
        this.appealed = true;
        this.appealLodgedOn = lodgedOn;
        this.appealGrounds = grounds;
        this.appealLodgedBy = by;
        this.appealLodgedAt = at;
    }

    public void decideAppeal(AppealOutcome outcome, LocalDate decidedOn, String note, String by, Instant at) {
        this.appealOutcome = outcome;
        this.appealDecidedOn = decidedOn;
        this.appealResult = note;
        this.appealDecided = Decision.by(by, at);
    }

    /**
     * Where the referral stands. An appeal recorded with the outcome in one go (its result given as text)
     * is already decided.
     */
    public ReferralStatus status() {
        if (acknowledgedAt == null) {
            return ReferralStatus.AWAITING_ACKNOWLEDGEMENT;
        }
        if (hrOutcome == null) {
            return ReferralStatus.AWAITING_OUTCOME;
        }
        if (appealed && appealOutcome == null && appealResult == null) {
            return ReferralStatus.UNDER_APPEAL;
        }
        return ReferralStatus.OUTCOME_RECORDED;
    }



    public Long organisationId() {
        return organisationId;
    }

    public ReferralKind kind() {
        return kind;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant acknowledgementDue() {
        return acknowledgeBy.due();
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public HrOutcome hrOutcome() {
        return hrOutcome;
    }

    public boolean appealed() {
        return appealed;
    }

    public String appealResult() {
        return appealResult;
    }

    public Instant remindedAt() {
        return acknowledgeBy.remindedAt();
    }

    public Instant escalatedAt() {
        return acknowledgeBy.missedAt();
    }

    public Instant outcomeRecordedAt() {
        return outcomeRecordedAt;
    }

    public String outcomeRecordedBy() {
        return outcomeRecordedBy;
    }

    public LocalDate outcomeDecidedOn() {
        return outcomeDecidedOn;
    }

    public String outcomeNote() {
        return outcomeNote;
    }

    public LocalDate appealLodgedOn() {
        return appealLodgedOn;
    }

    public String appealGrounds() {
        return appealGrounds;
    }

    public String appealLodgedBy() {
        return appealLodgedBy;
    }

    public Instant appealLodgedAt() {
        return appealLodgedAt;
    }

    public AppealOutcome appealOutcome() {
        return appealOutcome;
    }

    public LocalDate appealDecidedOn() {
        return appealDecidedOn;
    }

    public String appealDecidedBy() {
        return Decision.byOf(appealDecided);
    }

    public Instant appealDecidedAt() {
        return Decision.atOf(appealDecided);
    }
}
