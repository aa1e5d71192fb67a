package uk.safeguardcases.application.investigation;

import java.time.Clock;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.deadline.Deadline;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.outcomes.KnownTriageOutcomes;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.cases.TriageDecisionChecked;
import uk.safeguardcases.domain.cases.TriageRecorded;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.referral.Agency;
import uk.safeguardcases.domain.referral.ExternalReferral;

/** Triage (DESIGN.md step 2): the safeguarding screen, the external referrals, the LADO referral, the decision. */
@Stateless
public class TriageService {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

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

    @Inject
    private Event<TriageDecisionChecked> decisionChecked;

    @Inject
    private Event<TriageRecorded> triageRecorded;

    @Inject
    private uk.safeguardcases.application.process.Processes processes;

    @Inject
    private KnownTriageOutcomes outcomes;

    /**
     * Checks the triage answers without recording them, for the check step before a decision that closes the case:
     * invalid answers are refused as {@link #recordTriage} refuses them.
     */
    public void checkTriage(String reference, TriageInput input) {
        CallerContext.require(Role.OFFICER);
        SafeguardingCase checked = cases.byReference(reference);
        screened(input);
        decisionChecked.fire(new TriageDecisionChecked(checked, input.decision(), input.harmThresholdMet()));
    }

    /** The triage's answers, checked. */
    private record Screened(String police, String iwf, String ceop,
            uk.safeguardcases.domain.cases.ConcernsWhom concerns, String note) {
    }

    private static Screened screened(TriageInput input) {
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
        uk.safeguardcases.domain.cases.ConcernsWhom concerns = input.concerns() != null ? input.concerns()
                : input.adultAtRisk() ? uk.safeguardcases.domain.cases.ConcernsWhom.ADULTS_AT_RISK
                : uk.safeguardcases.domain.cases.ConcernsWhom.CHILDREN;
        if (input.adultAtRisk() && !concerns.adults()) {
            problems.put("concerns", Texts.text("triage.concerns.adultAtRisk"));
        }
        if (input.decision() == null) {
            problems.put("decision", Texts.text("triage.decision.missing"));
        }
        String note = Inputs.text(problems, "note", input.note(), 4000, Texts.text("triage.note.missing"));
        Inputs.check(problems);
        return new Screened(police, iwf, ceop, concerns, note);
    }

    public void recordTriage(String reference, TriageInput input) {
        Caller caller = CallerContext.require(Role.OFFICER);
        Screened screened = screened(input);
        String police = screened.police();
        String iwf = screened.iwf();
        String ceop = screened.ceop();
        uk.safeguardcases.domain.cases.ConcernsWhom concerns = screened.concerns();
        String note = screened.note();

        SafeguardingCase safeguardingCase = cases.byReference(reference);
        decisionChecked.fire(new TriageDecisionChecked(safeguardingCase, input.decision(), input.harmThresholdMet()));
        Instant now = Instant.now(clock);
        Map<String, Object> variables = new HashMap<>();
        variables.put(InvestigationProcess.HARM_THRESHOLD_MET, input.harmThresholdMet());
        ClosureReason closesWith = outcomes.closesWith(input.decision()).orElse(null);
        variables.put(InvestigationProcess.TRIAGE_DECISION, engineDecision(safeguardingCase, input.decision(),
                closesWith));
        variables.put(InvestigationProcess.TRIAGE_CLOSURE_REASON, closesWith == null ? null : closesWith.name());
        String ladoNote = "";
        if (input.harmThresholdMet()) {
            Deadline lado = calendar.deadlines().ladoReferral(now);
            safeguardingCase.externalDeadlines().ladoReferralDue(lado);
            variables.put(InvestigationProcess.LADO_DUE, Date.from(lado.due()));
            ladoNote = "; harm threshold met: LADO referral due by " + WorkingCalendar.describe(lado.due());
        }
        variables.put(InvestigationProcess.ADULT_AT_RISK, input.adultAtRisk());
        if (input.adultAtRisk()) {
            Deadline adultReport = calendar.deadlines().adultSafeguardingReport(now);
            safeguardingCase.externalDeadlines().adultReportDue(adultReport);
            variables.put(InvestigationProcess.ADULT_REPORT_DUE, Date.from(adultReport.due()));
            ladoNote += "; an adult at risk may be harmed: the report to the adult safeguarding team due by "
                    + WorkingCalendar.describe(adultReport.due());
        }
        safeguardingCase.triage().record(caller.username(), input.decision(), input.harmThresholdMet(), note);
        safeguardingCase.concerns(concerns);
        timeline.record(safeguardingCase.id(), AuditAction.TRIAGE_RECORDED, input.decision().label()
                + " (concerns " + concerns.label().toLowerCase(java.util.Locale.UK) + ")" + ladoNote + ". " + note);
        record(safeguardingCase, Agency.POLICE, police, caller, now);
        record(safeguardingCase, Agency.IWF, iwf, caller, now);
        record(safeguardingCase, Agency.CEOP, ceop, caller, now);
        triageRecorded.fire(new TriageRecorded(safeguardingCase, input.decision(), note));
        // The step's own record first, then the process moves on (and may close the case in this transaction).
        // If another officer completed the task a moment ago, the whole triage is rolled back.
        tasks.complete(safeguardingCase, InvestigationProcess.TRIAGE_TASK, Texts.text("step.triage"), variables);
    }

    /**
     * The decision as the case's process takes it. A process's outcome that closes the case at triage takes the
     * model's one branch for them all ({@link InvestigationProcess#TRIAGE_CLOSURE_REASON}); a model of before that
     * branch takes it by its own name if it has a branch of that name (as the low-level concerns' had), and otherwise
     * closes it as no further action, the process keeping what it keeps all the same.
     */
    private String engineDecision(SafeguardingCase c, TriageDecision decision, ClosureReason closesWith) {
        if (closesWith != null) {
            String model = processes.model(c.processInstanceId());
            if (!model.contains(InvestigationProcess.TRIAGE_CLOSURE_REASON)
                    && !model.contains("'" + decision.name() + "'")) {
                return TriageDecision.NO_FURTHER_ACTION.name();
            }
        }
        return decision.name();
    }

    /** The officer referred the concern to the LADO (the reference the LADO gave, if any). */
    public void recordLadoReferral(String reference, String ladoReference) {
        Caller caller = CallerContext.require(Role.OFFICER);
        Map<String, String> problems = new LinkedHashMap<>();
        String agencyReference = Inputs.text(problems, "ladoReference", ladoReference, 100,
                Texts.text("lado.reference.missing"));
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        record(safeguardingCase, Agency.LADO, agencyReference, caller, Instant.now(clock));
        tasks.complete(safeguardingCase, InvestigationProcess.LADO_REFERRAL_TASK, Texts.text("step.ladoReferral"), Map.of());
    }

    /**
     * The officer reported the adult at risk to the local authority's adult safeguarding team (the reference the team
     * gave).
     */
    public void recordAdultSafeguardingReport(String reference, String teamReference) {
        Caller caller = CallerContext.require(Role.OFFICER);
        Map<String, String> problems = new LinkedHashMap<>();
        String agencyReference = Inputs.text(problems, "adultReportReference", teamReference, 100,
                Texts.text("adultReport.reference.missing"));
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        record(safeguardingCase, Agency.ADULT_SAFEGUARDING, agencyReference, caller, Instant.now(clock));
        tasks.complete(safeguardingCase, InvestigationProcess.ADULT_SAFEGUARDING_REPORT_TASK,
                Texts.text("step.adultSafeguardingReport"), Map.of());
    }

    private void record(SafeguardingCase safeguardingCase, Agency agency, String agencyReference, Caller caller,
            Instant at) {
        if (agencyReference.isEmpty()) {
            return;
        }
        em.persist(new ExternalReferral(safeguardingCase.id(), agency, at, caller.username(), agencyReference));
        timeline.record(safeguardingCase.id(), agency.referralAction(),
                agency.label() + "; reference " + agencyReference);
    }
}
