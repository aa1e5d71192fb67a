package uk.safeguardcases.application.investigation;

import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.deadline.Deadline;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.cases.CaseLookup;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.referral.Agency;
import uk.safeguardcases.domain.referral.ExternalReferral;

/** Triage (DESIGN.md step 2): the safeguarding screen, the external referrals, the LADO referral, the decision. */
@Stateless
public class TriageService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CaseLookup cases;

    @Inject
    private CaseTasks tasks;

    @Inject
    private TimelineService timeline;

    @Inject
    private WorkingCalendar calendar;

    public void recordTriage(String reference, TriageInput input) {
        Caller caller = CallerContext.require(Role.OFFICER);
        Map<String, String> problems = new LinkedHashMap<>();
        String police = Inputs.text(problems, "policeReference", input.policeReference(), 100,
                input.childAtImmediateRisk() ? Texts.text("triage.policeReference.childAtRisk") : null);
        String iwf = Inputs.text(problems, "iwfReference", input.iwfReference(), 100,
                input.indecentImages() ? Texts.text("triage.iwfReference.missing") : null);
        String ceop = Inputs.text(problems, "ceopReference", input.ceopReference(), 100,
                input.grooming() ? Texts.text("triage.ceopReference.missing") : null);
        if (input.indecentImages() && police.isEmpty()) {
            problems.putIfAbsent("policeReference", Texts.text("triage.policeReference.indecentImages"));
        }
        if (input.decision() == null) {
            problems.put("decision", Texts.text("triage.decision.missing"));
        }
        String note = Inputs.text(problems, "note", input.note(), 4000, Texts.text("triage.note.missing"));
        Inputs.check(problems);

        SafeguardingCase safeguardingCase = cases.byReference(reference);
        Instant now = Instant.now();
        Map<String, Object> variables = new HashMap<>();
        variables.put(InvestigationProcess.HARM_THRESHOLD_MET, input.harmThresholdMet());
        variables.put(InvestigationProcess.TRIAGE_DECISION, input.decision().name());
        String ladoNote = "";
        if (input.harmThresholdMet()) {
            Deadline lado = calendar.deadlines().ladoReferral(now);
            safeguardingCase.ladoReferralDue(lado);
            variables.put(InvestigationProcess.LADO_DUE, Date.from(lado.due()));
            ladoNote = "; harm threshold met: LADO referral due by " + WorkingCalendar.describe(lado.due());
        }
        safeguardingCase.recordTriage(caller.username(), input.decision(), input.harmThresholdMet(), note);
        timeline.record(safeguardingCase.id(), AuditAction.TRIAGE_RECORDED, input.decision().label() + ladoNote + ". " + note);
        record(safeguardingCase, Agency.POLICE, police, caller, now);
        record(safeguardingCase, Agency.IWF, iwf, caller, now);
        record(safeguardingCase, Agency.CEOP, ceop, caller, now);
        // The step's own record first, then the process moves on (and may close the case in this transaction).
        // If another officer completed the task a moment ago, the whole triage is rolled back.
        tasks.complete(safeguardingCase, InvestigationProcess.TRIAGE_TASK, Texts.text("step.triage"), variables);
    }

    /** The officer referred the concern to the LADO (the reference the LADO gave, if any). */
    public void recordLadoReferral(String reference, String ladoReference) {
        Caller caller = CallerContext.require(Role.OFFICER);
        Map<String, String> problems = new LinkedHashMap<>();
        String agencyReference = Inputs.text(problems, "ladoReference", ladoReference, 100,
                Texts.text("lado.reference.missing"));
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        record(safeguardingCase, Agency.LADO, agencyReference, caller, Instant.now());
        tasks.complete(safeguardingCase, InvestigationProcess.LADO_REFERRAL_TASK, Texts.text("step.ladoReferral"), Map.of());
    }

    private void record(SafeguardingCase safeguardingCase, Agency agency, String agencyReference, Caller caller,
            Instant at) {
        if (agencyReference.isEmpty()) {
            return;
        }
        em.persist(new ExternalReferral(safeguardingCase.id(), agency, at, caller.username(), agencyReference));
        timeline.record(safeguardingCase.id(), AuditAction.referredTo(agency),
                agency.label() + "; reference " + agencyReference);
    }
}
