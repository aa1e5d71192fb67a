package uk.safeguardcases.application.cases;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.dashboard.DeadlineKind;
import uk.safeguardcases.application.investigation.AllegationService;
import uk.safeguardcases.application.investigation.CaseTasks;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.referral.ExternalReferral;
import uk.safeguardcases.domain.referral.Referral;
import uk.safeguardcases.domain.requests.MemberRequest;
import uk.safeguardcases.domain.requests.RequestKind;
import uk.safeguardcases.infrastructure.engine.EngineAccess;

/** A case's whole file for its page, and the diagram of the process it runs; officers and seniors of its board. */
@Stateless
public class CaseFileService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CaseLookup lookup;

    @Inject
    private AllegationService allegations;

    @Inject
    private EvidenceService evidence;

    @Inject
    private EngineAccess engineAccess;

    @Inject
    private CaseTasks tasks;

    public CaseFile fileOf(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = lookup.byReference(reference);
        Instant now = Instant.now();
        List<CaseFile.Deadline> deadlines = new ArrayList<>();

        List<CaseFile.Request> requests = em.createQuery(
                        "select r from MemberRequest r where r.caseId = :id order by r.sentAt", MemberRequest.class)
                .setParameter("id", c.id()).getResultStream()
                .map(r -> {
                    if (r.response() == null && r.nonComplianceAt() == null && r.deadline() != null) {
                        deadlines.add(new CaseFile.Deadline(r.kind() == RequestKind.REMOVAL ? DeadlineKind.REMOVAL
                                : DeadlineKind.COOPERATION, r.deadline(), r.deadline().isBefore(now)));
                    }
                    return new CaseFile.Request(r.kind(), r.sentAt(), r.deadline(), r.remindedAt(), r.response(),
                            r.responseText(), r.respondedAt(), r.supervisedAccess(), r.decision(),
                            r.nonComplianceAt());
                })
                .toList();

        CaseFile.Referral referral = em.createQuery("select r from Referral r where r.caseId = :id", Referral.class)
                .setParameter("id", c.id()).getResultStream().findFirst()
                .map(r -> {
                    if (r.acknowledgedAt() == null && r.acknowledgementDue() != null) {
                        deadlines.add(new CaseFile.Deadline(DeadlineKind.HR_ACKNOWLEDGEMENT,
                                r.acknowledgementDue(), r.acknowledgementDue().isBefore(now)));
                    }
                    ParentOrganisation organisation = em.find(ParentOrganisation.class, r.organisationId());
                    return new CaseFile.Referral(r.kind(), organisation == null ? "" : organisation.name(),
                            r.approvedBy(), r.sentAt(), r.acknowledgementDue(), r.acknowledgedAt(), r.acknowledgedBy(),
                            r.hrOutcome(), r.appealed());
                })
                .orElse(null);

        List<CaseFile.ExternalReferral> external = em.createQuery(
                        "select e from ExternalReferral e where e.caseId = :id order by e.referredAt", ExternalReferral.class)
                .setParameter("id", c.id()).getResultStream()
                .map(e -> new CaseFile.ExternalReferral(e.agency(), e.agencyReference(), e.referredAt(),
                        e.referredBy()))
                .toList();

        List<String> active = activeSteps(c);
        if (active.contains(InvestigationProcess.LADO_REFERRAL_TASK)) {
            Object due = engineAccess.asCaller(engine -> engine.getRuntimeService()
                    .getVariable(c.processInstanceId(), InvestigationProcess.LADO_DUE));
            if (due instanceof Date date) {
                deadlines.add(new CaseFile.Deadline(DeadlineKind.LADO_REFERRAL, date.toInstant(),
                        date.toInstant().isBefore(now)));
            }
        }
        deadlines.sort((a, b) -> a.due().compareTo(b.due()));

        return new CaseFile(CaseService.summaryOf(c), c.summary(), c.triageDecision(), c.outcome(),
                c.closureReason(), c.closedAt(), c.retentionUntil(), allegations.allegationsOf(reference),
                evidence.evidenceOf(reference), requests, referral, external, List.copyOf(deadlines), active,
                suggestedClause(c), tasks.openTasks(c));
    }

    private CaseFile.SuggestedClause suggestedClause(SafeguardingCase c) {
        if (c.suggestedClauseId() == null) {
            return null;
        }
        PolicyClause clause = em.find(PolicyClause.class, c.suggestedClauseId());
        return clause == null ? null : new CaseFile.SuggestedClause(clause.id(), clause.reference(), clause.text());
    }

    /** The BPMN XML of the process definition the case runs (or ran), for drawing it. */
    public String diagramOf(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = lookup.byReference(reference);
        if (c.processInstanceId() == null) {
            throw new uk.safeguardcases.application.tenancy.NotFoundException(
                    Texts.text("notFound.noProcess", reference));
        }
        return engineAccess.asCaller(engine -> {
            HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processInstanceId(c.processInstanceId()).singleResult();
            try (InputStream model = engine.getRepositoryService().getProcessModel(instance.getProcessDefinitionId())) {
                return new String(model.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<String> activeSteps(SafeguardingCase c) {
        if (c.processInstanceId() == null) {
            return List.of();
        }
        return engineAccess.asCaller(engine -> {
            boolean running = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(c.processInstanceId()).count() > 0;
            return running ? List.copyOf(engine.getRuntimeService().getActiveActivityIds(c.processInstanceId()))
                    : List.<String>of();
        });
    }
}
