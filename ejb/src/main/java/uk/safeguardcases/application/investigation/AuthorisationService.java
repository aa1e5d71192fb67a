package uk.safeguardcases.application.investigation;

import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.people.SeparationOfDuties;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.board.PolicyCitation;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Role;

/**
 * Authorisation of an investigation by a senior manager (LSCB §3: authorised by a member of staff of
 * appropriate seniority, and logged). Four eyes: never the officer who triaged the case.
 */
@Stateless
public class AuthorisationService {

    @Inject
    private CaseLookup cases;

    @Inject
    private CaseTasks tasks;

    @Inject
    private TimelineService timeline;

    public void decide(String reference, boolean authorise, String justification) {
        Caller caller = CallerContext.require(Role.SENIOR);
        Map<String, String> problems = new LinkedHashMap<>();
        String why = Inputs.text(problems, "justification", justification, 4000,
                authorise ? Texts.text("authorisation.justification.missing",
                        PolicyCitation.SEARCH_AUTHORISED.inBrackets(caller.tenantId()))
                        : Texts.text("authorisation.reason.missing"));
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        if (!SeparationOfDuties.permits(safeguardingCase.triage().triagedBy(), caller.username())) {
            throw new AccessRefusedException(Texts.text("authorisation.ownTriage"));
        }
        if (authorise) {
            safeguardingCase.triage().authorisedBy(caller.username());
        }
        timeline.record(safeguardingCase.id(), authorise ? AuditAction.INVESTIGATION_AUTHORISED
                : AuditAction.INVESTIGATION_NOT_AUTHORISED, why);
        tasks.complete(safeguardingCase, InvestigationProcess.AUTHORISE_TASK, Texts.text("step.authorisation"),
                Map.of(InvestigationProcess.AUTHORISED, authorise));
    }
}
