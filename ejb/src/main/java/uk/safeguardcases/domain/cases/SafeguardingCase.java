package uk.safeguardcases.domain.cases;

import org.hibernate.annotations.ParamDef;
import org.hibernate.annotations.FilterDef;
import uk.safeguardcases.domain.people.AccessScope;
import org.hibernate.annotations.Filter;
import uk.safeguardcases.domain.deadline.Deadline;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hibernate.annotations.TenantId;
import uk.safeguardcases.domain.organisation.ParentOrganisation;

/**
 * A case: one concern about one member, from the moment it is raised to its closure. "Case" is a
 * reserved word in JPQL and SQL, hence the entity's longer name.
 */
@FilterDef(name = AccessScope.HR_ORGANISATION, autoEnabled = true, applyToLoadByKey = true,
        parameters = @ParamDef(name = "organisationId", type = Long.class, resolver = AccessScope.HrOrganisation.class))
@FilterDef(name = AccessScope.OWN_CASES, autoEnabled = true, applyToLoadByKey = true,
        parameters = @ParamDef(name = "member", type = String.class, resolver = AccessScope.Member.class))
@Filter(name = AccessScope.HR_ORGANISATION, deduceAliasInjectionPoints = false,
        condition = "(:organisationId = -1 or exists (select 1 from referral hr_r where hr_r.case_id = {alias}.id and hr_r.organisation_id = :organisationId))")
@Filter(name = AccessScope.OWN_CASES, deduceAliasInjectionPoints = false,
        condition = "(:member = '' or {alias}.subject_person_id = (select own_p.id from person own_p where own_p.username = :member))")
@Entity(name = "SafeguardingCase")
@Table(name = "safeguarding_case")
public class SafeguardingCase {

    /** Given when the case is raised, from the cases' id sequence ({@link CaseRepository#nextId()}). */
    @Id
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    /** Board prefix + year + sequence, e.g. CHSCB-2026-0042; unique per board. */
    @Column(nullable = false, updatable = false)
    private String reference;

    /** The member concerned. */
    @Column(name = "subject_name", nullable = false)
    private String subjectName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private ParentOrganisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseSource source;

    @Column(nullable = false)
    private String summary;

    /** When the conduct happened, as the person raising the concern knows it; null when not said. */
    @Column(name = "occurred_at")
    private Instant occurredAt;

    /** Whether only the day of the conduct is known ({@link #occurredAt} is then that day's start, UK time). */
    @Column(name = "occurred_day_only", nullable = false)
    private boolean occurredDayOnly;

    /** The address of the content the concern is about, as given when it was raised; null when not given. */
    @Column(name = "content_url")
    private String contentUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(name = "raised_by", nullable = false, updatable = false)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    /** The member's own account, when they have one: they then answer requests in the portal. */
    @Column(name = "subject_person_id")
    private Long subjectPersonId;

    /** The clause of the board's policy a monitoring tool suggested; alleging it stays the officer's decision. */
    @Column(name = "suggested_clause_id")
    private Long suggestedClauseId;

    @Column(name = "triaged_by")
    private String triagedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "triage_decision")
    private TriageDecision triageDecision;

    @Column(name = "harm_threshold_met")
    private Boolean harmThresholdMet;

    @Column(name = "authorised_by")
    private String authorisedBy;

    @Column(name = "decided_by")
    private String decidedBy;

    @Enumerated(EnumType.STRING)
    private CaseOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    private ClosureReason closureReason;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "retention_until")
    private LocalDate retentionUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "retention_basis")
    private RetentionBasis retentionBasis;

    /** Kept only to work out the retention date (normal pension age). */
    @Column(name = "subject_date_of_birth")
    private LocalDate subjectDateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "allegation_finding")
    private AllegationFinding allegationFinding;

    @Column(name = "finding_recorded_by")
    private String findingRecordedBy;

    @Column(name = "finding_recorded_at")
    private Instant findingRecordedAt;

    @Column(name = "closure_summary")
    private String closureSummary;

    /**
     * The first day the record may be removed: the end of the board's cooling-off period after the case was closed
     * or an allegation was agreed false or malicious. Null for cases closed before there was one.
     */
    @Column(name = "removal_not_before")
    private LocalDate removalNotBefore;

    /** A false or malicious finding one senior manager proposed, waiting for a second one to agree or refuse it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_finding")
    private AllegationFinding proposedFinding;

    @Column(name = "finding_proposed_by")
    private String findingProposedBy;

    @Column(name = "finding_proposed_at")
    private Instant findingProposedAt;

    @Column(name = "finding_proposal_reason")
    private String findingProposalReason;

    /** The second senior manager who agreed the false or malicious finding. */
    @Column(name = "finding_agreed_by")
    private String findingAgreedBy;

    /** When the harm threshold is met: the LADO referral's deadline (one working day), escalated once when missed. */
    @Embedded
    @AttributeOverride(name = "due", column = @Column(name = "lado_due"))
    @AttributeOverride(name = "reminderAt", column = @Column(name = "lado_reminder_at"))
    @AttributeOverride(name = "remindedAt", column = @Column(name = "lado_reminded_at"))
    @AttributeOverride(name = "missedAt", column = @Column(name = "lado_escalated_at"))
    private Deadline ladoReferralBy;

    /** When an adult at risk may be harmed: the report to the adult safeguarding team's deadline (a board setting). */
    @Embedded
    @AttributeOverride(name = "due", column = @Column(name = "adult_report_due"))
    @AttributeOverride(name = "reminderAt", column = @Column(name = "adult_report_reminder_at"))
    @AttributeOverride(name = "remindedAt", column = @Column(name = "adult_report_reminded_at"))
    @AttributeOverride(name = "missedAt", column = @Column(name = "adult_report_escalated_at"))
    private Deadline adultReportBy;

    /** Whom the concern puts at risk, as the officer said at triage (children until then). */
    @Enumerated(EnumType.STRING)
    @Column(name = "concerns_whom", nullable = false)
    private ConcernsWhom concernsWhom = ConcernsWhom.CHILDREN;

    /** The officer's note at triage (what the senior reads before authorising the investigation). */
    @Column(name = "triage_note")
    private String triageNote;

    /** The officer's findings with the outcome (what the referral pack gives as the board's reasons). */
    @Column(name = "decision_findings")
    private String decisionFindings;

    /** The senior manager who approved the referral, and their note. */
    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approval_note")
    private String approvalNote;

    /** A legal hold (tribunal, police investigation, complaint): while held, the case is never removed. */
    @Column(name = "held_at")
    private Instant heldAt;

    @Column(name = "held_by")
    private String heldBy;

    @Column(name = "hold_reason")
    private String holdReason;

    /** Third parties' details kept from the HR partner, one per line ({@link Redaction}); null for none. */
    @Column(name = "hr_redactions")
    private String hrRedactions;

    /** When the case was removed under its retention rule: the row then keeps only what the record needs. */
    @Column(name = "removed_at")
    private Instant removedAt;

    @Version
    private long version;

    protected SafeguardingCase() {
    }

    /** The board's official account the case is about (CHSCB authorised use 3.3, 4, 5), or null. */
    @Column(name = "official_account_id")
    private Long officialAccountId;

    private SafeguardingCase(long id, String reference, String subjectName, ParentOrganisation organisation,
            CaseSource source, String summary, String raisedBy, Instant raisedAt) {
        this.id = id;
        this.reference = reference;
        this.subjectName = subjectName;
        this.organisation = organisation;
        this.source = source;
        this.summary = summary;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.status = CaseStatus.AWAITING_TRIAGE;
    }

    /** A concern is raised: the case exists from this moment, whatever happens next. */
    public static SafeguardingCase raise(long id, String reference, String subjectName,
            ParentOrganisation organisation, CaseSource source, String summary, String raisedBy, Instant raisedAt) {
        return new SafeguardingCase(id, reference, subjectName, organisation, source, summary, raisedBy, raisedAt);
    }

    /** When the conduct happened and where the content is, as the person raising the concern said (either null). */
    public void happened(Instant occurredAt, String contentUrl) {
        this.occurredAt = occurredAt;
        this.occurredDayOnly = false;
        this.contentUrl = contentUrl;
    }

    /** The day the conduct happened, when only the day is known, and where the content is (either null). */
    public void happenedOn(java.time.LocalDate day, String contentUrl) {
        this.occurredAt = day == null ? null : day.atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant();
        this.occurredDayOnly = day != null;
        this.contentUrl = contentUrl;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** The day the conduct happened when only the day is known, else null (see {@link #occurredAt()}). */
    public java.time.LocalDate occurredOn() {
        return occurredDayOnly && occurredAt != null
                ? occurredAt.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate() : null;
    }

    public String contentUrl() {
        return contentUrl;
    }

    public void subjectHasAccount(Long personId) {
        this.subjectPersonId = personId;
    }

    /**
     * Why the case cannot be linked to the account {@code personId} now, or null when it can: a closed case is never
     * changed, the same account is no change, and replacing a linked account is a correction that needs a reason.
     */
    public SubjectChange.Refusal identificationRefused(long personId, String reason) {
        if (status == CaseStatus.CLOSED) {
            return SubjectChange.Refusal.CLOSED;
        }
        if (subjectPersonId != null && subjectPersonId == personId) {
            return SubjectChange.Refusal.UNCHANGED;
        }
        return subjectPersonId != null && SubjectChange.blank(reason) ? SubjectChange.Refusal.REASON_NEEDED : null;
    }

    /**
     * The officer identified the member: the case is about their account and, when they have one, their parent
     * organisation. The name shown stays as the case was raised with it unless {@code accountName} is given.
     */
    public void identifySubject(long personId, ParentOrganisation theirOrganisation, String accountName, String reason) {
        SubjectChange.Refusal refused = identificationRefused(personId, reason);
        if (refused != null) {
            throw new IllegalStateException("The member is not identified: " + refused);
        }
        this.subjectPersonId = personId;
        if (theirOrganisation != null) {
            this.organisation = theirOrganisation;
        }
        if (accountName != null && !accountName.isBlank()) {
            this.subjectName = accountName.strip();
        }
    }

    /**
     * Why the case cannot move to {@code to} now, or null when it can: not when closed, not to where it is, and away
     * from an organisation the board still offers only with a reason (from the placeholder, none is needed).
     */
    public SubjectChange.Refusal moveRefused(ParentOrganisation to, String reason) {
        if (status == CaseStatus.CLOSED) {
            return SubjectChange.Refusal.CLOSED;
        }
        if (sameOrganisation(to)) {
            return SubjectChange.Refusal.UNCHANGED;
        }
        return organisation.active() && SubjectChange.blank(reason) ? SubjectChange.Refusal.REASON_NEEDED : null;
    }

    /** The case moves to another parent organisation of the board (whose HR partner a referral then goes to). */
    public void moveToOrganisation(ParentOrganisation to, String reason) {
        SubjectChange.Refusal refused = moveRefused(to, reason);
        if (refused != null) {
            throw new IllegalStateException("The case does not move: " + refused);
        }
        this.organisation = to;
    }

    private boolean sameOrganisation(ParentOrganisation other) {
        return other == organisation || other.id() != null && other.id().equals(organisation.id());
    }

    /** A monitoring tool suggests the concern is about this clause (shown to the officer at triage). */
    public void clauseSuggested(Long clauseId) {
        this.suggestedClauseId = clauseId;
    }

    /** The case is about the use of one of the board's official accounts (null: none). */
    public void concernsOfficialAccount(Long accountId) {
        this.officialAccountId = accountId;
    }

    public Long officialAccountId() {
        return officialAccountId;
    }

    public void investigatedBy(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The process entered a step; a closed case stays closed. */
    public void moveTo(CaseStatus step) {
        if (status != CaseStatus.CLOSED) {
            this.status = step;
        }
    }

    public void recordTriage(String officer, TriageDecision decision, boolean harmThresholdMet, String note) {
        this.triagedBy = officer;
        this.triageNote = note;
        this.triageDecision = decision;
        this.harmThresholdMet = harmThresholdMet;
    }

    /** The harm threshold is met: the LADO referral is due by {@code deadline}. */
    public void ladoReferralDue(Deadline deadline) {
        this.ladoReferralBy = deadline;
    }

    /** The LADO referral was not made in time; escalated once, however often the timer's job runs. */
    public boolean ladoTimescaleMissed(Instant at) {
        if (ladoReferralBy == null) {
            ladoReferralBy = Deadline.due(at, null); // a case from before the due date was kept on the case
        }
        return ladoReferralBy.miss(at, false);
    }

    public Deadline ladoReferralBy() {
        return ladoReferralBy;
    }

    /** Whom the concern puts at risk. */
    public void concerns(ConcernsWhom whom) {
        this.concernsWhom = whom == null ? ConcernsWhom.CHILDREN : whom;
    }

    public ConcernsWhom concernsWhom() {
        return concernsWhom == null ? ConcernsWhom.CHILDREN : concernsWhom;
    }

    /** An adult at risk may be harmed: the report to the adult safeguarding team is due by {@code deadline}. */
    public void adultReportDue(Deadline deadline) {
        this.adultReportBy = deadline;
    }

    /** The report to the adult safeguarding team was not made in time; escalated once. */
    public boolean adultReportTimescaleMissed(Instant at) {
        if (adultReportBy == null) {
            adultReportBy = Deadline.due(at, null);
        }
        return adultReportBy.miss(at, false);
    }

    public Deadline adultReportBy() {
        return adultReportBy;
    }

    public void authorisedBy(String senior) {
        this.authorisedBy = senior;
    }

    public void decide(CaseOutcome outcome, String officer, String findings) {
        this.outcome = outcome;
        this.decidedBy = officer;
        this.decisionFindings = findings;
        this.approvedBy = null;
        this.approvalNote = null;
    }

    /** A senior manager approved the referral the decision makes (four eyes: see {@code SeparationOfDuties}). */
    public void referralApproved(String senior, String note) {
        this.approvedBy = senior;
        this.approvalNote = note;
    }

    public String triageNote() {
        return triageNote;
    }

    public String decisionFindings() {
        return decisionFindings;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String approvalNote() {
        return approvalNote;
    }

    /**
     * Closes the case once, with a summary of what happened, and sets how long it is kept; running the close
     * step again changes nothing. A closure that found a breach records the allegation as substantiated. A concern
     * closed at triage with no further action is kept for the board's own period ({@code triageClosureMonths}),
     * since nothing was found.
     */
    public boolean close(ClosureReason reason, Instant at, String summary, ZoneId zone, int triageClosureMonths,
            CoolingOff coolingOff) {
        if (status == CaseStatus.CLOSED) {
            return false;
        }
        this.status = CaseStatus.CLOSED;
        this.closureReason = reason;
        this.closedAt = at;
        this.closureSummary = summary;
        if (reason.substantiated() && allegationFinding == null) {
            this.allegationFinding = AllegationFinding.SUBSTANTIATED;
            this.findingRecordedAt = at;
        }
        this.removalNotBefore = coolingOff.removalFrom(at.atZone(zone).toLocalDate());
        if (reason == ClosureReason.NO_FURTHER_ACTION) {
            this.retentionUntil = at.atZone(zone).toLocalDate().plusMonths(triageClosureMonths);
            this.retentionBasis = RetentionBasis.CLOSED_AT_TRIAGE;
            notBeforeTheCoolingOffEnds();
            return true;
        }
        keepFor(at, zone);
        return true;
    }

    /**
     * A senior manager proposes that the allegation was false or malicious, with their reason. Nothing changes in how
     * long the record is kept until a second senior manager agrees ({@link #agreeFinding}).
     */
    public void proposeFinding(AllegationFinding finding, String by, String reason, Instant at) {
        if (status != CaseStatus.CLOSED || !finding.removedFromRecords() || awaitsSecondSenior()) {
            throw new IllegalStateException("Only a closed case's false or malicious finding is proposed, once");
        }
        this.proposedFinding = finding;
        this.findingProposedBy = by;
        this.findingProposalReason = reason;
        this.findingProposedAt = at;
    }

    /** Whether a false or malicious finding waits for a second senior manager. */
    public boolean awaitsSecondSenior() {
        return proposedFinding != null;
    }

    /** Whether {@code senior} may agree or refuse the proposed finding: anyone but the senior who proposed it. */
    public boolean mayDecideProposal(String senior) {
        return awaitsSecondSenior() && uk.safeguardcases.domain.people.SeparationOfDuties.permits(findingProposedBy,
                senior);
    }

    /**
     * A second senior manager agrees the proposed finding: it is recorded as the proposer's, and the record may be
     * removed once the board's cooling-off period from today has passed.
     */
    public void agreeFinding(String by, Instant at, ZoneId zone, CoolingOff coolingOff) {
        if (!mayDecideProposal(by)) {
            throw new IllegalStateException("A second senior manager agrees the finding");
        }
        AllegationFinding agreed = proposedFinding;
        String proposer = findingProposedBy;
        clearProposal();
        this.findingAgreedBy = by;
        recordFinding(agreed, proposer, at, zone);
        this.removalNotBefore = coolingOff.removalFrom(at.atZone(zone).toLocalDate());
        notBeforeTheCoolingOffEnds();
    }

    /** A second senior manager refuses the proposed finding: the record is kept as before. */
    public void refuseFinding(String by) {
        if (!mayDecideProposal(by)) {
            throw new IllegalStateException("A second senior manager refuses the finding");
        }
        clearProposal();
    }

    private void clearProposal() {
        this.proposedFinding = null;
        this.findingProposedBy = null;
        this.findingProposedAt = null;
        this.findingProposalReason = null;
    }

    /** Why this case cannot be reopened on {@code today}, or null when a senior manager may reopen it. */
    public Reopening.Refusal reopeningRefused(LocalDate today) {
        return Reopening.refusal(status, closureReason, removedAt, removalNotBefore, today);
    }

    /**
     * Reopens the closed case within its cooling-off period: it waits for triage again and nothing about it is due
     * for removal. What the earlier decisions were stays on the timeline; the case forgets them, so the page and the
     * pack show only what is decided from now on.
     */
    public void reopen(LocalDate today) {
        if (reopeningRefused(today) != null) {
            throw new IllegalStateException("Not reopenable: " + reopeningRefused(today));
        }
        this.status = CaseStatus.AWAITING_TRIAGE;
        this.closureReason = null;
        this.closedAt = null;
        this.closureSummary = null;
        this.retentionUntil = null;
        this.retentionBasis = null;
        this.removalNotBefore = null;
        this.allegationFinding = null;
        this.findingRecordedBy = null;
        this.findingRecordedAt = null;
        this.findingAgreedBy = null;
        clearProposal();
        this.triagedBy = null;
        this.triageDecision = null;
        this.harmThresholdMet = null;
        this.triageNote = null;
        this.authorisedBy = null;
        this.outcome = null;
        this.decidedBy = null;
        this.decisionFindings = null;
        this.approvedBy = null;
        this.approvalNote = null;
    }

    /** The record is never due before its cooling-off period ends, whatever the retention rule says. */
    private void notBeforeTheCoolingOffEnds() {
        if (removalNotBefore != null && retentionUntil != null && retentionUntil.isBefore(removalNotBefore)) {
            this.retentionUntil = removalNotBefore;
        }
    }

    public LocalDate removalNotBefore() {
        return removalNotBefore;
    }

    public AllegationFinding proposedFinding() {
        return proposedFinding;
    }

    public String findingProposedBy() {
        return findingProposedBy;
    }

    public Instant findingProposedAt() {
        return findingProposedAt;
    }

    public String findingProposalReason() {
        return findingProposalReason;
    }

    public String findingAgreedBy() {
        return findingAgreedBy;
    }

    /** Puts the case on legal hold: it is not removed, whatever its retention date, until a senior lifts it. */
    public void hold(String by, String reason, Instant at) {
        this.heldAt = at;
        this.heldBy = by;
        this.holdReason = reason;
    }

    public void liftHold() {
        this.heldAt = null;
        this.heldBy = null;
        this.holdReason = null;
    }

    public boolean held() {
        return heldAt != null;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public String heldBy() {
        return heldBy;
    }

    public String holdReason() {
        return holdReason;
    }

    public String hrRedactions() {
        return hrRedactions;
    }

    /** Marks what the HR partner must not see (one term per line; blank for nothing). */
    public void redactForHr(String terms) {
        this.hrRedactions = terms == null || terms.isBlank() ? null : terms;
    }

    public Instant removedAt() {
        return removedAt;
    }

    /** The member's date of birth; on a closed case the retention date follows at once. */
    public void recordDateOfBirth(LocalDate dateOfBirth, Instant at, ZoneId zone) {
        this.subjectDateOfBirth = dateOfBirth;
        if (status == CaseStatus.CLOSED) {
            keepFor(at, zone);
        }
    }

    /** What the investigation found about the allegation (a closed case only); the retention date follows. */
    public void recordFinding(AllegationFinding finding, String by, Instant at, ZoneId zone) {
        if (status != CaseStatus.CLOSED) {
            throw new IllegalStateException("The finding is recorded once the case is closed");
        }
        this.allegationFinding = finding;
        this.findingRecordedBy = by;
        this.findingRecordedAt = at;
        keepFor(at, zone);
    }

    private void keepFor(Instant at, ZoneId zone) {
        boolean falseOrMalicious = allegationFinding != null && allegationFinding.removedFromRecords();
        if (retentionBasis == RetentionBasis.CLOSED_AT_TRIAGE && !falseOrMalicious) {
            return; // the board's shorter period stands: nothing was found to keep longer
        }
        LocalDate findingDay = (findingRecordedAt == null ? at : findingRecordedAt).atZone(zone).toLocalDate();
        RetentionRule.Retention retention = RetentionRule.of(raisedAt, subjectDateOfBirth, allegationFinding,
                findingDay, zone);
        this.retentionUntil = retention.keepUntil();
        this.retentionBasis = retention.basis();
        notBeforeTheCoolingOffEnds();
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String reference() {
        return reference;
    }

    public String subjectName() {
        return subjectName;
    }

    public ParentOrganisation organisation() {
        return organisation;
    }

    public CaseSource source() {
        return source;
    }

    public String summary() {
        return summary;
    }

    public CaseStatus status() {
        return status;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public Long subjectPersonId() {
        return subjectPersonId;
    }

    public Long suggestedClauseId() {
        return suggestedClauseId;
    }

    public String triagedBy() {
        return triagedBy;
    }

    public TriageDecision triageDecision() {
        return triageDecision;
    }

    public Boolean harmThresholdMet() {
        return harmThresholdMet;
    }

    public String authorisedBy() {
        return authorisedBy;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public CaseOutcome outcome() {
        return outcome;
    }

    public ClosureReason closureReason() {
        return closureReason;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public LocalDate retentionUntil() {
        return retentionUntil;
    }

    public RetentionBasis retentionBasis() {
        return retentionBasis;
    }

    public LocalDate subjectDateOfBirth() {
        return subjectDateOfBirth;
    }

    public AllegationFinding allegationFinding() {
        return allegationFinding;
    }

    public String findingRecordedBy() {
        return findingRecordedBy;
    }

    public Instant findingRecordedAt() {
        return findingRecordedAt;
    }

    public String closureSummary() {
        return closureSummary;
    }
}
