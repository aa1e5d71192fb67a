package uk.safeguardcases.web.hr;

import jakarta.faces.view.ViewScoped;
import uk.safeguardcases.application.PlainFormat;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.ReadAudit;
import uk.safeguardcases.application.investigation.ReferralPack;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.domain.audit.ReadKind;
import uk.safeguardcases.domain.referral.AppealOutcome;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.referral.ReferralStatus;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.PendingChecks;

/**
 * One referral: the pack on screen and the HR partner's next step (acknowledge, outcome, appeal). The
 * reference comes from the address, on the first request and on every post; a referral that is not to the
 * caller's organisation on their board answers 404, whichever way it was asked for.
 */
@Named
@ViewScoped
public class ReferralView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String PAGE = "/hr/referral.xhtml";
    /** The outcome's check step, an address of its own: {@code referral.xhtml?ref=…&check=outcome}. */
    private static final String OUTCOME_CHECK = "outcome";

    /** Which referral the HR partner opened is recorded, as for the API. */
    @Inject
    private ReadAudit reads;

    @Inject
    private ReferralService referrals;

    @Inject
    private PendingChecks pendingChecks;

    private String ref;
    /** The check step named in the address, or null. */
    private String check;
    /** The form shown again after "Change" on its check step (its id, from the address), or null. */
    private String change;
    private ReferralPack pack;

    private HrOutcome outcome;
    private LocalDate outcomeDecidedOn;
    private String outcomeNote;
    private boolean checkingOutcome;
    private LocalDate appealLodgedOn;
    private String appealGrounds;
    private AppealOutcome appealOutcome;
    private LocalDate appealDecidedOn;
    private String appealNote;

    /**
     * f:viewAction: loads the referral named in the address, or answers 404. With {@code check=outcome}, the outcome
     * waiting on its check step is shown again; gone (confirmed, changed, or the referral has moved on), the browser is
     * sent to the referral itself.
     */
    public void load() {
        Pages.load(() -> {
            pack = referrals.packFor(ref);
            if (check == null && change != null && !adoptChangedOutcome()) {
                Pages.redirect(referralPath());
                return;
            }
            if (check != null && !adoptWaitingOutcome()) {
                if (OUTCOME_CHECK.equals(check) && !isAwaiting("AWAITING_OUTCOME")
                        && pendingChecks.waiting(PAGE, ref, OUTCOME_CHECK, WaitingOutcome.class) != null) {
                    // Someone recorded the outcome (a colleague on the same referral) between this person's choice
                    // and its check step: said, rather than the choice vanishing without a word.
                    pendingChecks.forget(PAGE, ref, OUTCOME_CHECK);
                    Pages.info(Language.text("hr", "outcome.check.gone"));
                }
                // Changed, or refused when confirmed: the form as typed has an address of its own.
                Pages.redirect(referralPath() + (OUTCOME_CHECK.equals(check) && adoptOutcome(false)
                        ? "&change=" + OUTCOME_CHECK : ""));
                return;
            }
            reads.record(ReadKind.REFERRAL_OPENED, ref, null);
        });
    }

    /**
     * What the outcome's check step keeps while it waits: the outcome as chosen and typed; {@code checking} false once
     * "Change" was pressed, the form then shown again as it was.
     */
    private record WaitingOutcome(HrOutcome outcome, LocalDate decidedOn, String note, boolean checking)
            implements Serializable {
    }

    private boolean adoptWaitingOutcome() {
        return OUTCOME_CHECK.equals(check) && adoptOutcome(true);
    }

    private boolean adoptChangedOutcome() {
        return OUTCOME_CHECK.equals(change) && adoptOutcome(false);
    }

    private boolean adoptOutcome(boolean checking) {
        WaitingOutcome waiting = isAwaiting("AWAITING_OUTCOME")
                ? pendingChecks.waiting(PAGE, ref, OUTCOME_CHECK, WaitingOutcome.class) : null;
        if (waiting == null || waiting.checking() != checking) {
            return false;
        }
        outcome = waiting.outcome();
        outcomeDecidedOn = waiting.decidedOn();
        outcomeNote = waiting.note();
        checkingOutcome = checking;
        return true;
    }

    public void acknowledge() {
        act("acknowledge", () -> referrals.acknowledge(ref), "acknowledge.done");
    }

    /**
     * Recording the outcome closes the board's case, so it is checked first (issue 38); a missing outcome or date is
     * said at once instead. The check step is an address of its own, the outcome kept for this session until it is
     * confirmed or changed, so a refresh shows the step again and sends nothing.
     */
    public void recordOutcome() {
        if (outcome == null || outcomeDecidedOn == null) {
            confirmOutcome();
            return;
        }
        pendingChecks.keep(PAGE, ref, OUTCOME_CHECK, new WaitingOutcome(outcome, outcomeDecidedOn, outcomeNote, true));
        Pages.redirect(referralPath() + "&check=" + OUTCOME_CHECK);
    }

    /** Whether the outcome waits to be confirmed (the check step shows instead of the form). */
    public boolean isCheckingOutcome() {
        return checkingOutcome;
    }

    /**
     * "Change": back to the form, everything as chosen and typed, at the form's own address
     * ({@code referral.xhtml?ref=…&change=outcome}), so a refresh shows the form as it was (issue 63, item 4).
     */
    public void changeOutcome() {
        checkingOutcome = false;
        pendingChecks.keep(PAGE, ref, OUTCOME_CHECK,
                new WaitingOutcome(outcome, outcomeDecidedOn, outcomeNote, false));
        Pages.redirect(referralPath() + "&change=" + OUTCOME_CHECK);
    }

    /** "Confirm": the outcome is recorded and the case closes; refused, the form shows again with what was wrong. */
    public void confirmOutcome() {
        checkingOutcome = false;
        pendingChecks.forget(PAGE, ref, OUTCOME_CHECK);
        if (act("outcome", () -> referrals.recordOutcome(ref, outcome, outcomeDecidedOn, outcomeNote),
                "outcome.done")) {
            outcome = null;
            outcomeDecidedOn = null;
            outcomeNote = null;
        } else if (outcome != null && outcomeDecidedOn != null) {
            // Refused: kept as typed, so the check step's address, refreshed, shows the form again as it was.
            pendingChecks.keep(PAGE, ref, OUTCOME_CHECK,
                    new WaitingOutcome(outcome, outcomeDecidedOn, outcomeNote, false));
        }
    }

    public void lodgeAppeal() {
        if (act("appeal", () -> referrals.lodgeAppeal(ref, appealLodgedOn, appealGrounds), "appealLodge.done")) {
            appealLodgedOn = null;
            appealGrounds = null;
        }
    }

    public void recordAppealResult() {
        if (act("appealResult", () -> referrals.recordAppealResult(ref, appealOutcome, appealDecidedOn, appealNote),
                "appealResult.done")) {
            appealOutcome = null;
            appealDecidedOn = null;
            appealNote = null;
        }
    }

    /**
     * Runs one of the HR partner's steps through {@link Pages#step}; what they typed stays when it is refused, and
     * the page shows the referral as it now is. True when it was done.
     */
    private boolean act(String formId, Runnable step, String doneKey) {
        Pages.Step result = Pages.step(formId, Language.text("hr", doneKey), referralPath(), step);
        if (result == Pages.Step.REFUSED) {
            pack = referrals.packFor(ref);
        }
        return result == Pages.Step.DONE;
    }

    private String referralPath() {
        return PAGE + "?ref=" + URLEncoder.encode(ref, StandardCharsets.UTF_8);
    }

    /**
     * f:event preRenderView: a post whose view has no referral loaded (its address was changed, and refused,
     * before) shows nothing but the 404 page.
     */
    public void requireReferral() {
        if (pack == null) {
            Pages.notFound(Texts.text("notFound.referral", ref));
        }
    }

    public String day(LocalDate date) {
        return PlainFormat.day(Pages.locale(), date);
    }

    public boolean isAwaiting(String status) {
        return pack != null && pack.hr().status() == ReferralStatus.valueOf(status);
    }

    /** An appeal can be lodged once the outcome is recorded, if none was. */
    public boolean isAppealPossible() {
        return isAwaiting("OUTCOME_RECORDED") && !pack.hr().appealed();
    }

    public HrOutcome[] getOutcomes() {
        return HrOutcome.values();
    }

    public AppealOutcome[] getAppealOutcomes() {
        return AppealOutcome.values();
    }

    public String getToday() {
        return LocalDate.now(UK).toString();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getCheck() {
        return check;
    }

    public void setCheck(String check) {
        this.check = check;
    }

    public String getChange() {
        return change;
    }

    public void setChange(String change) {
        this.change = change;
    }

    public ReferralPack getPack() {
        return pack;
    }

    public HrOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(HrOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getOutcomeDecidedOn() {
        return outcomeDecidedOn;
    }

    public void setOutcomeDecidedOn(LocalDate outcomeDecidedOn) {
        this.outcomeDecidedOn = outcomeDecidedOn;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public void setOutcomeNote(String outcomeNote) {
        this.outcomeNote = outcomeNote;
    }

    public LocalDate getAppealLodgedOn() {
        return appealLodgedOn;
    }

    public void setAppealLodgedOn(LocalDate appealLodgedOn) {
        this.appealLodgedOn = appealLodgedOn;
    }

    public String getAppealGrounds() {
        return appealGrounds;
    }

    public void setAppealGrounds(String appealGrounds) {
        this.appealGrounds = appealGrounds;
    }

    public AppealOutcome getAppealOutcome() {
        return appealOutcome;
    }

    public void setAppealOutcome(AppealOutcome appealOutcome) {
        this.appealOutcome = appealOutcome;
    }

    public LocalDate getAppealDecidedOn() {
        return appealDecidedOn;
    }

    public void setAppealDecidedOn(LocalDate appealDecidedOn) {
        this.appealDecidedOn = appealDecidedOn;
    }

    public String getAppealNote() {
        return appealNote;
    }

    public void setAppealNote(String appealNote) {
        this.appealNote = appealNote;
    }
}
