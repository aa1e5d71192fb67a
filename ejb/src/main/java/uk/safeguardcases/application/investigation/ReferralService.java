package uk.safeguardcases.application.investigation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.cases.CaseLookup;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.referral.Referral;

/**
 * The HR partner's side of a disciplinary referral (CHSCB 6.2): acknowledge it, then record the outcome.
 * An HR partner reaches only referrals to their own organisation; any other is "not found".
 */
@Stateless
public class ReferralService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CaseLookup cases;

    @Inject
    private CaseTasks tasks;

    @Inject
    private TimelineService timeline;

    public void acknowledge(String reference) {
        Caller caller = CallerContext.require(Role.HR);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        Referral referral = referralFor(caller, safeguardingCase);
        tasks.deliver(safeguardingCase, InvestigationProcess.AWAIT_HR_ACKNOWLEDGEMENT,
                InvestigationProcess.HR_ACKNOWLEDGEMENT_MESSAGE, "The acknowledgement", Map.of());
        referral.acknowledge(caller.username(), Instant.now());
        timeline.record(safeguardingCase.id(), "Referral acknowledged", "By the HR partner");
    }

    public void recordOutcome(String reference, HrOutcome outcome, boolean appealed, String appealResult) {
        Caller caller = CallerContext.require(Role.HR);
        Map<String, String> problems = new LinkedHashMap<>();
        if (outcome == null) {
            problems.put("outcome", "Choose the disciplinary outcome.");
        }
        String appeal = Inputs.text(problems, "appealResult", appealResult, 200,
                appealed ? "Give the result of the appeal." : null);
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        Referral referral = referralFor(caller, safeguardingCase);
        tasks.deliver(safeguardingCase, InvestigationProcess.AWAIT_HR_OUTCOME, InvestigationProcess.HR_OUTCOME_MESSAGE,
                "The disciplinary outcome", Map.of(InvestigationProcess.HR_OUTCOME, outcome.name()));
        referral.recordOutcome(outcome, appealed, appeal.isEmpty() ? null : appeal, caller.username(), Instant.now());
        timeline.record(safeguardingCase.id(), "Disciplinary outcome recorded", outcome.label()
                + (appealed ? "; appeal: " + appeal : ""));
    }

    private Referral referralFor(Caller caller, SafeguardingCase safeguardingCase) {
        return em.createQuery("select r from Referral r where r.caseId = :caseId and r.organisationId = :organisation",
                        Referral.class)
                .setParameter("caseId", safeguardingCase.id())
                .setParameter("organisation", caller.organisationId())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no referral " + safeguardingCase.reference()
                        + " to your organisation."));
    }
}
