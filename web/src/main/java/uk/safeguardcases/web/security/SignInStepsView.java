package uk.safeguardcases.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.people.Accounts;
import uk.safeguardcases.application.people.SecondFactorEnrolment;
import uk.safeguardcases.application.people.SignInStep;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * The pages of a sign-in after the password ({@link SignIn}): type the code from the authenticator app, set one up (a
 * QR code, the first code, then the recovery codes shown once), or choose a new password the administrator required.
 * Each page opens only at its own step of a sign-in under way; otherwise it goes back to the sign-in page.
 */
@Named("signInSteps")
@RequestScoped
public class SignInStepsView {

    @Inject
    private FacesContext faces;

    @Inject
    private Accounts accounts;

    @Inject
    private SignIn signIn;

    private PendingSignIn pending;
    private String code;
    private boolean remember;
    private String chosen;
    private String repeated;

    /** The page's view action: the sign-in must be under way and at this page's step. */
    public void open(String step) throws IOException {
        Optional<PendingSignIn> found = SignIn.pending(request());
        if (found.isEmpty() || found.get().next() != SignInStep.valueOf(step)) {
            startAgain();
            return;
        }
        pending = found.get();
        if (pending.next() == SignInStep.SET_UP_SECOND_FACTOR && pending.enrolment() == null
                && pending.recoveryCodes().isEmpty()) {
            pending = pending.enrolling(accounts.startSecondFactor(pending.username()));
            SignIn.keep(request(), pending);
        }
    }

    /** The code from the app, or a recovery code. */
    public void enterCode() throws IOException {
        if (!current(SignInStep.ENTER_CODE)) {
            return;
        }
        String typed = code == null ? "" : code.strip();
        code = null;
        if (typed.isEmpty() || typed.length() > 40 || !accounts.checkCode(pending.username(), typed)) {
            Pages.fieldErrors("enterCode", Map.of("code", Language.text("shell", "signIn.code.wrong")));
            return;
        }
        if (remember) {
            signIn.rememberDevice(request(), response(), pending.username());
        }
        LoginView.go(faces, signIn.complete(request(), response(), pending.username()));
    }

    /** The first code from the app just set up: the second factor is in use, and the recovery codes are shown. */
    public void confirmSetUp() throws IOException {
        if (!current(SignInStep.SET_UP_SECOND_FACTOR)) {
            return;
        }
        try {
            List<String> codes = accounts.confirmSecondFactor(pending.username(), code == null ? "" : code.strip());
            pending = pending.withRecoveryCodes(codes);
            SignIn.keep(request(), pending);
        } catch (InvalidInputException e) {
            Pages.fieldErrors("setUp", e.fieldMessages());
        }
        code = null;
    }

    /** The recovery codes are kept: signed in. */
    public void finishSetUp() throws IOException {
        if (!current(SignInStep.SET_UP_SECOND_FACTOR) || pending.recoveryCodes().isEmpty()) {
            startAgain();
            return;
        }
        LoginView.go(faces, signIn.complete(request(), response(), pending.username()));
    }

    /** The new password the administrator required; then the next step, if any. */
    public void choosePassword() throws IOException {
        if (!current(SignInStep.CHOOSE_PASSWORD)) {
            return;
        }
        try {
            accounts.chooseRequiredPassword(pending.username(), chars(chosen), chars(repeated));
        } catch (InvalidInputException e) {
            Pages.fieldErrors("newPassword", e.fieldMessages());
            return;
        } finally {
            chosen = null;
            repeated = null;
        }
        SignInStep next = accounts.nextAfterPasswordChange(pending.username());
        LoginView.go(faces, signIn.next(request(), response(), pending.then(next)));
    }

    /** Leaves the sign-in under way (a person who is not the one who typed the password, say). */
    public void cancel() throws IOException {
        SignIn.forget(request());
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + SignIn.LOGIN_PAGE);
    }

    private boolean current(SignInStep step) throws IOException {
        Optional<PendingSignIn> found = SignIn.pending(request());
        if (found.isEmpty() || found.get().next() != step) {
            startAgain();
            return false;
        }
        pending = found.get();
        return true;
    }

    private void startAgain() throws IOException {
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Language.text("shell", "signIn.startAgain"), null));
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + SignIn.LOGIN_PAGE);
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) faces.getExternalContext().getResponse();
    }

    /**
     * The sign-in under way, read from the session when the page needs it before any action ran (a post-back decides
     * which of the page's forms is shown, and so which button it takes, before the action).
     */
    private PendingSignIn pending() {
        if (pending == null) {
            pending = SignIn.pending(request()).orElse(null);
        }
        return pending;
    }

    /** The QR code of the app's set-up address, drawn in the page. */
    public String getQrCode() {
        SecondFactorEnrolment enrolment = pending() == null ? null : pending.enrolment();
        return enrolment == null ? "" : QrCode.svg(enrolment.uri(), Language.text("shell", "signIn.setUp.qrLabel"));
    }

    /** The secret, in groups of four, for typing into an app that cannot scan. */
    public String getSecret() {
        SecondFactorEnrolment enrolment = pending() == null ? null : pending.enrolment();
        return enrolment == null ? "" : enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public List<String> getRecoveryCodes() {
        return pending() == null ? List.of() : pending.recoveryCodes();
    }

    public boolean isShowingRecoveryCodes() {
        return pending() != null && !pending.recoveryCodes().isEmpty();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isRemember() {
        return remember;
    }

    public void setRemember(boolean remember) {
        this.remember = remember;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
