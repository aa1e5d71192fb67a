package uk.safeguardcases.web.officer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.investigation.CaseRetention;
import uk.safeguardcases.application.investigation.RetentionView;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.AllegationFinding;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.UkDateConverter;
import uk.safeguardcases.web.shell.Pages.Done;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.PendingChecks;

/**
 * The retention panel of a case's page: the closure summary, how long the case is kept and why, and the two
 * things that change it, the member's date of birth and the finding on the allegation.
 */
@Named
@ViewScoped
public class CaseRetentionView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The panel's check steps, by their forms' ids: a finding proposed, and the second senior's agreement. */
    static final List<String> CHECKS = List.of("retentionFinding", "proposal");

    @Inject
    private CaseRetention retention;

    private RetentionView view;
    private String ref;
    private String dateOfBirth;
    private String finding;
    private String reason;
    private String holdReason;
    private String liftReason;
    private boolean holdEvery;
    private String proposalReason;
    private String reopenReason;
    /** A decision waiting to be checked and confirmed; null while the forms are shown. */
    private CheckStep check;

    @Inject
    private uk.safeguardcases.application.investigation.CaseReopening reopening;

    @Inject
    private CoolingOffPeriod coolingOff;

    @Inject
    private PendingChecks pendingChecks;

    @Inject
    private uk.safeguardcases.web.shell.People people;

    @Inject
    private uk.safeguardcases.web.shell.Formats formats;

    /** The case page has already answered 404 for a case the caller may not see. */
    public RetentionView getView() {
        if (view == null && ref != null) {
            try {
                view = retention.of(ref);
            } catch (NotFoundException e) {
                return null;
            }
        }
        return view;
    }

    public void recordDateOfBirth() {
        LocalDate day;
        try {
            day = UkDateConverter.read(dateOfBirth);
        } catch (DateTimeException e) {
            Pages.fieldErrors("retentionDob", Map.of("dateOfBirth", Language.text("officer", "case.retention.dobInvalid")));
            return;
        }
        act("retentionDob", "case.retention.dobDone", () -> retention.recordDateOfBirth(ref, day));
    }

    /**
     * A false or malicious finding is checked first (it is proposed, for a second senior manager to agree); any other
     * finding, or a missing answer, goes straight on.
     */
    public void recordFinding() {
        AllegationFinding chosen = chosenFinding();
        if (chosen == null || !chosen.removedFromRecords() || reason == null || reason.isBlank()) {
            act("retentionFinding", "case.retention.findingDone", () -> retention.recordFinding(ref, chosen, reason));
            return;
        }
        check = new CheckStep("propose", List.of(
                CheckStep.row("case.retention.findingLabel", findingLabel(chosen.name())),
                CheckStep.row("case.retention.reason", reason)),
                CheckStep.says("check.finding.propose", findingLabel(chosen.name()), coolingOff.days()));
        waitOnCheckStep();
    }

    /** The second senior manager agrees: checked first, since the record is then due for removal. */
    public void agree() {
        RetentionView kept = getView();
        if (kept == null || !kept.awaitsSecondSenior() || proposalReason == null || proposalReason.isBlank()) {
            act("proposal", "case.proposal.agreed", () -> retention.agreeFinding(ref, proposalReason));
            return;
        }
        check = new CheckStep("agree", List.of(
                CheckStep.row("case.proposal.finding", findingLabel(kept.proposedFinding())),
                CheckStep.row("case.proposal.proposedBy", people.name(kept.proposedBy())),
                CheckStep.row("case.proposal.theirReason", kept.proposalReason()),
                CheckStep.row("case.proposal.reason", proposalReason)),
                CheckStep.says("check.finding.agree", findingLabel(kept.proposedFinding()),
                        formats.day(LocalDate.now(ZoneId.of("Europe/London")).plusDays(coolingOff.days()))));
        waitOnCheckStep();
    }

    /** The second senior manager refuses: the record stays as it was, so nothing needs checking. */
    public void refuseProposal() {
        act("proposal", "case.proposal.refused", () -> retention.refuseFinding(ref, proposalReason));
    }

    /** A senior manager reopens the closed case within the cooling-off period. */
    public void reopen() {
        act("reopen", "case.reopen.done", () -> reopening.reopen(ref, reopenReason));
    }

    /** "Confirm" on the check step. */
    public void confirm() {
        if (check == null) {
            return;
        }
        String action = check.action();
        pendingChecks.forget(CaseView.PAGE, ref, formIdOf(action));
        check = null;
        if ("agree".equals(action)) {
            act("proposal", "case.proposal.agreed", () -> retention.agreeFinding(ref, proposalReason));
        } else {
            AllegationFinding chosen = chosenFinding();
            act("retentionFinding", "case.retention.findingProposed",
                    () -> retention.recordFinding(ref, chosen, reason));
        }
    }

    /**
     * "Change": back to the form, everything as typed, at the form's own address ({@code case.xhtml?ref=…&change=proposal}):
     * kept for this session, so a refresh shows the form as it was (issue 63, item 4).
     */
    public void change() {
        if (check == null) {
            return;
        }
        String formId = formIdOf(check.action());
        check = null;
        pendingChecks.keep(CaseView.PAGE, ref, formId, new Waiting(null, finding, reason, proposalReason));
        Pages.redirect(CaseView.casePath(ref) + "&change=" + formId);
    }

    /** What a check step of this panel keeps while it waits: the decision, and everything as chosen and typed. */
    private record Waiting(CheckStep check, String finding, String reason, String proposalReason)
            implements Serializable {
    }

    /**
     * The decision waits on its check step, which is an address of its own ({@code case.xhtml?ref=…&check=proposal}):
     * kept for this session, and the browser sent there, so a refresh shows the step again and sends nothing.
     */
    private void waitOnCheckStep() {
        String formId = formIdOf(check.action());
        pendingChecks.keep(CaseView.PAGE, ref, formId, new Waiting(check, finding, reason, proposalReason));
        Pages.redirect(CaseView.casePath(ref) + "&check=" + formId);
    }

    /**
     * Shows the decision waiting on the check step {@code formId} again (the case page's address names it); false when
     * none waits, or the case has moved on so that it can no longer be made (another senior answered the proposal).
     */
    boolean adopt(String formId) {
        return adopt(formId, true);
    }

    /** Shows the form {@code formId} again as it was when "Change" was pressed on its check step; false if none is kept. */
    boolean adoptChanged(String formId) {
        return adopt(formId, false);
    }

    private boolean adopt(String formId, boolean checking) {
        Waiting waiting = pendingChecks.waiting(CaseView.PAGE, ref, formId, Waiting.class);
        if (waiting != null && (waiting.check() != null) != checking) {
            waiting = null;
        }
        RetentionView kept = waiting == null ? null : getView();
        if (kept == null || ("proposal".equals(formId) ? !kept.awaitsSecondSenior()
                : !kept.closed() || kept.proposedFinding() != null)) {
            return false;
        }
        check = waiting.check();
        finding = waiting.finding();
        reason = waiting.reason();
        proposalReason = waiting.proposalReason();
        return true;
    }

    /** The form whose check step shows the decision {@code action}. */
    private static String formIdOf(String action) {
        return "agree".equals(action) ? "proposal" : "retentionFinding";
    }

    public CheckStep getCheck() {
        return check;
    }

    public boolean checking(String action) {
        return check != null && check.action().equals(action);
    }

    private AllegationFinding chosenFinding() {
        return getFindings().stream().filter(f -> f.name().equals(finding)).findFirst().orElse(null);
    }

    private static String findingLabel(String finding) {
        return Language.text("officer", "case.retention.finding." + finding);
    }

    public String getProposalReason() {
        return proposalReason;
    }

    public void setProposalReason(String proposalReason) {
        this.proposalReason = proposalReason;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    /** A senior manager's legal hold: the case stays whatever its retention date. */
    public void hold() {
        if (!holdEvery) {
            act("legalHold", "case.hold.done", () -> retention.hold(ref, holdReason));
            return;
        }
        Pages.step("legalHold", () -> {
            int held = retention.holdEveryCaseAbout(ref, holdReason).size();
            return Done.then(CaseView.casePath(ref), Language.count("officer", "case.hold.doneEvery", held));
        });
    }

    public boolean isHoldEvery() {
        return holdEvery;
    }

    public void setHoldEvery(boolean holdEvery) {
        this.holdEvery = holdEvery;
    }

    public void liftHold() {
        act("liftHold", "case.hold.liftDone", () -> retention.liftHold(ref, liftReason));
    }

    public boolean isSenior() {
        return CallerContext.current().has(Role.SENIOR);
    }

    private void act(String formId, String doneKey, Runnable step) {
        if (Pages.step(formId, Language.text("officer", doneKey), CaseView.casePath(ref), step) == Pages.Step.DONE
                && CHECKS.contains(formId)) {
            pendingChecks.forget(CaseView.PAGE, ref, formId); // what was kept after "Change"
        }
    }

    /** False and malicious let the record go at once, so only a senior manager is offered them. */
    public List<AllegationFinding> getFindings() {
        boolean senior = CallerContext.current().has(Role.SENIOR);
        return Arrays.stream(AllegationFinding.values()).filter(f -> senior || !f.removedFromRecords()).toList();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getFinding() {
        return finding;
    }

    public void setFinding(String finding) {
        this.finding = finding;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public void setLiftReason(String liftReason) {
        this.liftReason = liftReason;
    }
}
