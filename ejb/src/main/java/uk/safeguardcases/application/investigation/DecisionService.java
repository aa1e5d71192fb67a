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
import uk.safeguardcases.domain.audit.Visibility;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Role;

/** Verifying removal, deciding the outcome, and the senior's approval of a referral (DESIGN.md steps 7–8). */
@Stateless
public class DecisionService {

    @Inject
    private CaseLookup cases;

    @Inject
    private CaseTasks tasks;

    @Inject
    private TimelineService timeline;

    public void verifyRemoval(String reference, String finding) {
        verifyRemoval(reference, finding, false);
    }

    /** The officer's finding on the removal; {@code internal} keeps it from the HR partner (see {@link Visibility}). */
    public void verifyRemoval(String reference, String finding, boolean internal) {
        CallerContext.require(Role.OFFICER);
        Map<String, String> problems = new LinkedHashMap<>();
        String text = Inputs.text(problems, "finding", finding, 4000, Texts.text("verification.finding.missing"));
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        timeline.recordNote(safeguardingCase.id(), AuditAction.REMOVAL_VERIFIED, text, internal);
        tasks.complete(safeguardingCase, InvestigationProcess.VERIFY_REMOVAL_TASK, Texts.text("step.verifyingRemoval"), Map.of());
    }

    public void decideOutcome(String reference, CaseOutcome outcome, String findings) {
        Caller caller = CallerContext.require(Role.OFFICER);
        Map<String, String> problems = new LinkedHashMap<>();
        if (outcome == null) {
            problems.put("outcome", Texts.text("outcome.missing"));
        }
        String text = Inputs.text(problems, "findings", findings, 4000, Texts.text("outcome.findings.missing"));
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        safeguardingCase.decision().decide(outcome, caller.username(), text);
        timeline.record(safeguardingCase.id(), AuditAction.OUTCOME_DECIDED, outcome.label() + ". " + text);
        tasks.complete(safeguardingCase, InvestigationProcess.DECIDE_OUTCOME_TASK, Texts.text("step.decision"),
                Map.of(InvestigationProcess.OUTCOME, outcome.name()));
    }

    /** Four eyes: the senior who approves a referral is never the officer who decided it. */
    public void approveReferral(String reference, boolean approve, String note) {
        Caller caller = CallerContext.require(Role.SENIOR);
        Map<String, String> problems = new LinkedHashMap<>();
        String text = Inputs.text(problems, "note", note, 4000,
                approve ? Texts.text("approval.note.approve") : Texts.text("approval.note.sendBack"));
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        if (approve && namesSomeoneKeptFromHr(safeguardingCase, text)) {
            // The note is printed in the pack; redacting it would make the pack count more passages than the
            // preview the senior just read, so the senior words it without them instead.
            problems.put("note", Texts.text("approval.note.redacted"));
        }
        Inputs.check(problems);
        if (!SeparationOfDuties.permits(safeguardingCase.decision().decidedBy(), caller.username())) {
            throw new AccessRefusedException(Texts.text("approval.ownDecision"));
        }
        if (approve) {
            safeguardingCase.decision().referralApproved(caller.username(), text);
        }
        timeline.record(safeguardingCase.id(), approve ? AuditAction.REFERRAL_APPROVED : AuditAction.REFERRAL_SENT_BACK,
                text);
        tasks.complete(safeguardingCase, InvestigationProcess.APPROVE_REFERRAL_TASK, Texts.text("step.approval"),
                Map.of(InvestigationProcess.REFERRAL_APPROVED, approve,
                        InvestigationProcess.REFERRAL_APPROVED_BY, caller.username()));
    }

    private static boolean namesSomeoneKeptFromHr(SafeguardingCase safeguardingCase, String note) {
        uk.safeguardcases.domain.cases.Redaction redaction =
                uk.safeguardcases.domain.cases.Redaction.of(safeguardingCase.hrRedactions());
        redaction.apply(note);
        return redaction.count() > 0;
    }
}
