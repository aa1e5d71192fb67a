package uk.safeguardcases.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
import org.hibernate.annotations.TenantId;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.AccessScope;

/**
 * A case: one concern about one member, from the moment it is raised to its closure. "Case" is a reserved word in
 * JPQL and SQL, hence the entity's longer name. Its parts keep their own state and rules ({@link Triage},
 * {@link OutcomeDecision}, {@link ExternalDeadlines}, {@link Closure}, {@link Finding}, {@link RetentionPeriod},
 * {@link LegalHold}); the case changes several of them together where one step does (closing, a finding, reopening).
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

    /** When the conduct happened ({@link Occurrence}): the register of low-level concerns queries these columns. */
    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "occurred_day_only", nullable = false)
    private boolean occurredDayOnly;

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

    /**
     * The name of the category of online conduct a monitoring tool suggested (an {@code AllegationCategory}'s, KCSIE
     * 2025 and 2026 among them), or null; by its name, so the case names nothing of the allegations' package.
     */
    @Column(name = "suggested_category")
    private String suggestedCategory;

    /** The board's official account the case is about (CHSCB authorised use 3.3, 4, 5), or null. */
    @Column(name = "official_account_id")
    private Long officialAccountId;

    /** Whom the concern puts at risk, as the officer said at triage (children until then). */
    @Enumerated(EnumType.STRING)
    @Column(name = "concerns_whom", nullable = false)
    private ConcernsWhom concernsWhom = ConcernsWhom.CHILDREN;

    /** Kept only to work out the retention date (normal pension age). */
    @Column(name = "subject_date_of_birth")
    private LocalDate subjectDateOfBirth;

    /** Third parties' details kept from the HR partner, one per line ({@link Redaction}); null for none. */
    @Column(name = "hr_redactions")
    private String hrRedactions;

    /** When the case was removed under its retention rule: the row then keeps only what the record needs. */
    @Column(name = "removed_at")
    private Instant removedAt;

    @Embedded
    private Triage triage = new Triage();

    @Embedded
    private OutcomeDecision decision = new OutcomeDecision();

    @Embedded
    private ExternalDeadlines externalDeadlines = new ExternalDeadlines();

    @Embedded
    private Closure closure = new Closure();

    @Embedded
    private Finding finding = new Finding();

    @Embedded
    private RetentionPeriod retention = new RetentionPeriod();

    @Embedded
    private LegalHold hold = new LegalHold();

    @Version
    private long version;

    protected SafeguardingCase() {
    }

    /** Hibernate loads a part whose columns are all null as null: the case always has each of its parts. */
    @PostLoad
    private void everyPartPresent() {
        triage = triage == null ? new Triage() : triage;
        decision = decision == null ? new OutcomeDecision() : decision;
        externalDeadlines = externalDeadlines == null ? new ExternalDeadlines() : externalDeadlines;
        closure = closure == null ? new Closure() : closure;
        finding = finding == null ? new Finding() : finding;
        retention = retention == null ? new RetentionPeriod() : retention;
        hold = hold == null ? new LegalHold() : hold;
    }

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

    /** When the conduct happened and where the content is, as the person raising the concern said. */
    public void happened(Occurrence occurrence) {
        this.occurredAt = occurrence.at();
        this.occurredDayOnly = occurrence.dayOnly();
        this.contentUrl = occurrence.contentUrl();
    }

    public Occurrence occurrence() {
        return new Occurrence(occurredAt, occurredDayOnly, contentUrl);
    }

    /** When the conduct happened, or null when not said ({@link #occurrence()} has the rest). */
    public Instant occurredAt() {
        return occurredAt;
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
        if (to == organisation || to.id() != null && to.id().equals(organisation.id())) {
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

    /** A monitoring tool suggests the concern is about this clause (shown to the officer at triage). */
    public void clauseSuggested(Long clauseId) {
        this.suggestedClauseId = clauseId;
    }

    /** A monitoring tool suggests the concern is of this category (shown to the officer; alleging it is theirs). */
    public void categorySuggested(String categoryName) {
        this.suggestedCategory = categoryName;
    }

    public String suggestedCategory() {
        return suggestedCategory;
    }

    /** The case is about the use of one of the board's official accounts (null: none). */
    public void concernsOfficialAccount(Long accountId) {
        this.officialAccountId = accountId;
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

    /** Whom the concern puts at risk. */
    public void concerns(ConcernsWhom whom) {
        this.concernsWhom = whom == null ? ConcernsWhom.CHILDREN : whom;
    }

    /** Marks what the HR partner must not see (one term per line; blank for nothing). */
    public void redactForHr(String terms) {
        this.hrRedactions = terms == null || terms.isBlank() ? null : terms;
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
        closure.close(reason, at, summary);
        if (reason.substantiated()) {
            finding.substantiatedUnlessFound(at);
        }
        LocalDate closedOn = at.atZone(zone).toLocalDate();
        retention.coolingOffUntil(coolingOff.removalFrom(closedOn));
        if (ClosureReason.NO_FURTHER_ACTION.equals(reason)) {
            retention.keepForTheBoardsPeriod(closedOn.plusMonths(triageClosureMonths));
        } else {
            keepFor(at, zone);
        }
        return true;
    }

    /** What the investigation found about the allegation (a closed case only); the retention date follows. */
    public void recordFinding(AllegationFinding found, String by, Instant at, ZoneId zone) {
        if (status != CaseStatus.CLOSED) {
            throw new IllegalStateException("The finding is recorded once the case is closed");
        }
        finding.record(found, by, at);
        keepFor(at, zone);
    }

    /**
     * A senior manager proposes that the allegation was false or malicious, with their reason. Nothing changes in how
     * long the record is kept until a second senior manager agrees ({@link #agreeFinding}).
     */
    public void proposeFinding(AllegationFinding proposed, String by, String reason, Instant at) {
        if (status != CaseStatus.CLOSED) {
            throw new IllegalStateException(Finding.PROPOSED_ONCE);
        }
        finding.propose(proposed, by, reason, at);
    }

    /**
     * A second senior manager agrees the proposed finding: it is recorded as the proposer's, and the record may be
     * removed once the board's cooling-off period from today has passed.
     */
    public void agreeFinding(String by, Instant at, ZoneId zone, CoolingOff coolingOff) {
        finding.agree(by, at);
        keepFor(at, zone);
        retention.coolingOffUntil(coolingOff.removalFrom(at.atZone(zone).toLocalDate()));
    }

    /** The member's date of birth; on a closed case the retention date follows at once. */
    public void recordDateOfBirth(LocalDate dateOfBirth, Instant at, ZoneId zone) {
        this.subjectDateOfBirth = dateOfBirth;
        if (status == CaseStatus.CLOSED) {
            keepFor(at, zone);
        }
    }

    private void keepFor(Instant at, ZoneId zone) {
        if (retention.theBoardsPeriod() && !finding.falseOrMalicious()) {
            return; // the board's shorter period stands: nothing was found to keep longer
        }
        Instant foundAt = finding.recordedAt() == null ? at : finding.recordedAt();
        retention.keep(RetentionRule.of(raisedAt, subjectDateOfBirth, finding.found(),
                foundAt.atZone(zone).toLocalDate(), zone));
    }

    /** Why this case cannot be reopened on {@code today}, or null when a senior manager may reopen it. */
    public Reopening.Refusal reopeningRefused(LocalDate today) {
        return Reopening.refusal(status, closure.reason(), removedAt, retention.removalNotBefore(), today);
    }

    /**
     * Reopens the closed case within its cooling-off period: it waits for triage again and nothing about it is due
     * for removal. What the earlier decisions were stays on the timeline; the case forgets them, so the page and the
     * pack show only what is decided from now on.
     */
    public void reopen(LocalDate today) {
        Reopening.Refusal refused = reopeningRefused(today);
        if (refused != null) {
            throw new IllegalStateException("Not reopenable: " + refused);
        }
        this.status = CaseStatus.AWAITING_TRIAGE;
        this.closure = new Closure();
        this.retention = new RetentionPeriod();
        this.finding = new Finding();
        this.triage = new Triage();
        this.decision = new OutcomeDecision();
    }

    /** The officer's triage and the senior's authorisation. */
    public Triage triage() {
        return triage;
    }

    /** The officer's decision on the outcome and the senior's approval of its referral. */
    public OutcomeDecision decision() {
        return decision;
    }

    /** The LADO referral's and the adult safeguarding report's deadlines. */
    public ExternalDeadlines externalDeadlines() {
        return externalDeadlines;
    }

    public Closure closure() {
        return closure;
    }

    /** The finding on the allegation and a false or malicious one waiting for a second senior manager. */
    public Finding finding() {
        return finding;
    }

    /** How long the record is kept and the first day it may be removed. */
    public RetentionPeriod retention() {
        return retention;
    }

    public LegalHold hold() {
        return hold;
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

    public Long officialAccountId() {
        return officialAccountId;
    }

    public ConcernsWhom concernsWhom() {
        return concernsWhom == null ? ConcernsWhom.CHILDREN : concernsWhom;
    }

    public LocalDate subjectDateOfBirth() {
        return subjectDateOfBirth;
    }

    public String hrRedactions() {
        return hrRedactions;
    }

    public Instant removedAt() {
        return removedAt;
    }
}
