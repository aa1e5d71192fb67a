package uk.safeguardcases.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import uk.safeguardcases.application.people.Accounts;
import uk.safeguardcases.application.people.PasswordChecked;
import uk.safeguardcases.domain.people.RememberedDevice;
import uk.safeguardcases.application.people.SignInStep;
import uk.safeguardcases.web.shell.Language;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Signing in, step by step: after a right password ({@code Accounts.checkPassword}) a person may still have to choose
 * a new password, set up a second factor or type a code; each step is a page under {@code /sign-in/}, and the steps
 * done so far are kept in the session ({@link PendingSignIn}). Only {@link #complete} signs a person in, and it gives
 * the browser a new session id, so an id someone planted before sign-in is worth nothing after it. A board's identity
 * provider (single sign-on) ends in {@link #complete} too.
 */
@ApplicationScoped
public class SignIn {

    /** The cookie of a browser a person chose to remember after their second factor. */
    static final String DEVICE_COOKIE = "safeguard-device";

    static final String CODE_PAGE = "/sign-in/code.xhtml";
    static final String SET_UP_PAGE = "/sign-in/set-up.xhtml";
    static final String NEW_PASSWORD_PAGE = "/sign-in/new-password.xhtml";
    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private SecurityContext security;

    @Inject
    private Accounts accounts;

    /**
     * A right password: signs the person in if nothing else is asked of them (or this browser is remembered), or
     * starts the next step. Returns where to send the browser, or empty when the response is already sent.
     */
    public Optional<String> afterPassword(HttpServletRequest request, HttpServletResponse response,
            PasswordChecked checked) throws IOException {
        request.changeSessionId();
        return next(request, response, new PendingSignIn(checked.username(), checked.next()));
    }

    /** The step after {@code pending}'s: the next page, or signed in. */
    Optional<String> next(HttpServletRequest request, HttpServletResponse response, PendingSignIn pending)
            throws IOException {
        SignInStep step = pending.next();
        if (step == SignInStep.ENTER_CODE && accounts.remembered(pending.username(), deviceToken(request))) {
            step = SignInStep.DONE;
        }
        return switch (step) {
            case DONE -> complete(request, response, pending.username());
            case ENTER_CODE -> pending(request, pending.then(step), CODE_PAGE);
            case SET_UP_SECOND_FACTOR -> pending(request, pending.then(step), SET_UP_PAGE);
            case CHOOSE_PASSWORD -> pending(request, pending.then(step), NEW_PASSWORD_PAGE);
        };
    }

    private static Optional<String> pending(HttpServletRequest request, PendingSignIn pending, String page) {
        request.getSession().setAttribute(PendingSignIn.SESSION, pending);
        return Optional.of(page);
    }

    /**
     * Signs in a person whose every step is done, with a new session id. Returns where to send the browser (their
     * home), or empty when the container has already sent it back to the page it asked for before the sign-in.
     */
    public Optional<String> complete(HttpServletRequest request, HttpServletResponse response, String username)
            throws IOException {
        HttpSession session = request.getSession();
        session.removeAttribute(PendingSignIn.SESSION);
        request.changeSessionId();
        AuthenticationStatus status = security.authenticate(request, response,
                withParams().credential(new VerifiedPerson(username)).newAuthentication(true));
        return switch (status) {
            case SUCCESS -> Optional.of("/");
            case SEND_CONTINUE -> Optional.empty();
            default -> Optional.of(LOGIN_PAGE);
        };
    }

    /** The sign-in under way in this session, if its steps are still open. */
    static Optional<PendingSignIn> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PendingSignIn.SESSION) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        if (!pending.openAt(Instant.now())) {
            session.removeAttribute(PendingSignIn.SESSION);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    static void keep(HttpServletRequest request, PendingSignIn pending) {
        request.getSession().setAttribute(PendingSignIn.SESSION, pending);
    }

    /** Remembers this browser for the person (a cookie only this product reads, over HTTPS when served so). */
    void rememberDevice(HttpServletRequest request, HttpServletResponse response, String username) {
        Cookie cookie = new Cookie(DEVICE_COOKIE, accounts.rememberDevice(username));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) RememberedDevice.AT_MOST.toSeconds());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    private static String deviceToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> DEVICE_COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    /**
     * Ends a failed or abandoned sign-in: the session goes (with anything a half-finished authentication left in it),
     * except the language chosen before signing in.
     */
    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object language = session == null ? null : session.getAttribute(Language.SESSION_LANGUAGE);
        if (session != null) {
            session.invalidate();
        }
        if (language != null) {
            request.getSession().setAttribute(Language.SESSION_LANGUAGE, language);
        }
    }
}
