package uk.safeguardcases.application.cases;

import java.time.Clock;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.domain.organisation.OrganisationRepository;
import uk.safeguardcases.domain.referral.ReferralRepository;
import uk.safeguardcases.application.process.Processes;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.cases.DeadlineKind;
import uk.safeguardcases.application.investigation.AllegationService;
import uk.safeguardcases.application.investigation.CaseTasks;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.ExternalDeadlines;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.OutcomeDecision;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.cases.Triage;
import uk.safeguardcases.domain.clause.ClauseRepository;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.referral.ExternalReferral;
import uk.safeguardcases.domain.referral.Referral;
import uk.safeguardcases.domain.requests.MemberRequestRepository;
import uk.safeguardcases.domain.requests.RequestKind;

/** A case's whole file for its page, and the diagram of the process it runs; officers and seniors of its board. */
@Stateless
public class CaseFileService {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private MemberRequestRepository memberRequests;

    @Inject
    private ClauseRepository clauses;

    @Inject
    private CaseLookup lookup;

    @Inject
    private AllegationService allegations;

    @Inject
    private EvidenceService evidence;

    @Inject
    private Processes processes;

    @Inject
    private CaseTasks tasks;

    /** The processes' own deadlines on the case. */
    @Inject
    private jakarta.enterprise.inject.Instance<CaseDeadlines> contributedDeadlines;

    public CaseFile fileOf(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = lookup.toRead(reference);
        Instant now = Instant.now(clock);
        List<CaseFile.Deadline> deadlines = new ArrayList<>();

        List<CaseFile.Request> requests = memberRequests.ofCase(c.id()).stream()
                .map(r -> {
                    if (r.response() == null && r.nonComplianceAt() == null && r.deadline() != null
                            && r.setAsideAt() == null) {
                        deadlines.add(new CaseFile.Deadline(r.kind() == RequestKind.REMOVAL ? DeadlineKind.REMOVAL
                                : DeadlineKind.COOPERATION, r.deadline(), r.deadline().isBefore(now)));
                    }
                    return new CaseFile.Request(r.kind(), r.sentAt(), r.deadline(), r.remindedAt(), r.response(),
                            r.responseText(), r.respondedAt(), r.supervisedAccess(), r.decision(),
                            r.nonComplianceAt());
                })
                .toList();

        CaseFile.Referral referral = referrals.ofCase(c.id())
                .map(r -> {
                    if (r.acknowledgedAt() == null && r.acknowledgementDue() != null) {
                        deadlines.add(new CaseFile.Deadline(DeadlineKind.HR_ACKNOWLEDGEMENT,
                                r.acknowledgementDue(), r.acknowledgementDue().isBefore(now)));
                    }
                    ParentOrganisation organisation = organisations.byId(r.organisationId()).orElse(null);
                    return new CaseFile.Referral(r.kind(), organisation == null ? ""
                            : uk.safeguardcases.application.Texts.wording(organisation.name(), organisation.nameCy()),
                            r.approvedBy(), r.sentAt(), r.acknowledgementDue(), r.acknowledgedAt(), r.acknowledgedBy(),
                            r.hrOutcome(), r.appealed());
                })
                .orElse(null);

        List<CaseFile.ExternalReferral> external = referrals.externalOf(c.id()).stream()
                .map(e -> new CaseFile.ExternalReferral(e.agency(), e.agencyReference(), e.referredAt(),
                        e.referredBy()))
                .toList();

        List<String> active = activeSteps(c);
        ExternalDeadlines agencies = c.externalDeadlines();
        if (active.contains(InvestigationProcess.LADO_REFERRAL_TASK) && agencies.ladoReferralBy() != null) {
            Instant due = agencies.ladoReferralBy().due();
            deadlines.add(new CaseFile.Deadline(DeadlineKind.LADO_REFERRAL, due, due.isBefore(now)));
        }
        if (active.contains(InvestigationProcess.ADULT_SAFEGUARDING_REPORT_TASK) && agencies.adultReportBy() != null) {
            Instant due = agencies.adultReportBy().due();
            deadlines.add(new CaseFile.Deadline(DeadlineKind.ADULT_SAFEGUARDING_REPORT, due, due.isBefore(now)));
        }
        for (CaseDeadlines contributed : contributedDeadlines) {
            contributed.running(List.of(c.id())).forEach(d -> deadlines.add(new CaseFile.Deadline(d.kind(), d.due(),
                    d.due().isBefore(now))));
        }
        deadlines.sort((a, b) -> a.due().compareTo(b.due()));

        Triage triage = c.triage();
        OutcomeDecision decision = c.decision();
        return new CaseFile(CaseService.summaryOf(c), c.summary(), triage.decision(), decision.outcome(),
                c.closure().reason(), c.closure().closedAt(), c.retention().until(),
                allegations.allegationsOf(reference), evidence.evidenceOf(reference), requests, referral, external,
                List.copyOf(deadlines), active, suggestedClause(c), tasks.openTasks(c),
                triage.triagedBy() == null ? null : new CaseFile.Triage(triage.triagedBy(), triage.note()),
                decision.outcome() == null ? null
                        : new CaseFile.Decision(decision.outcome(), decision.decidedBy(), decision.findings()),
                c.occurredAt(), c.occurrence().contentUrl(), c.concernsWhom(), c.occurrence().day(),
                c.suggestedCategory() == null ? null
                        : uk.safeguardcases.domain.allegation.AllegationCategory.valueOf(c.suggestedCategory()));
    }

    private CaseFile.SuggestedClause suggestedClause(SafeguardingCase c) {
        if (c.suggestedClauseId() == null) {
            return null;
        }
        PolicyClause clause = clauses.byId(c.suggestedClauseId()).orElse(null);
        return clause == null ? null : new CaseFile.SuggestedClause(clause.id(), clause.reference(),
                Texts.wording(clause.text(), clause.textCy()));
    }

    /** The BPMN XML of the process definition the case runs (or ran), for drawing it. */
    public String diagramOf(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = lookup.byReference(reference);
        if (c.processInstanceId() == null) {
            throw new uk.safeguardcases.application.tenancy.NotFoundException(
                    Texts.text("notFound.noProcess", reference));
        }
        return processes.model(c.processInstanceId());
    }

    /**
     * The way the case has gone through its process, for the diagram: every step (model element id) it has
     * passed through, in order, the steps it waits in now, and whether the process has ended (closed).
     */
    public CasePath pathOf(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = lookup.byReference(reference);
        if (c.processInstanceId() == null) {
            throw new uk.safeguardcases.application.tenancy.NotFoundException(
                    Texts.text("notFound.noProcess", reference));
        }
        List<String> active = processes.activeSteps(c.processInstanceId());
        List<String> taken = processes.stepsTaken(c.processInstanceId());
        return new CasePath(taken, active, active.isEmpty());
    }

    private List<String> activeSteps(SafeguardingCase c) {
        if (c.processInstanceId() == null) {
            return List.of();
        }
        return processes.activeSteps(c.processInstanceId());
    }
}
