package uk.safeguardcases.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.web.shell.Language;

/**
 * Resolves the signed-in person's board once per session and sets it as the caller for the request, so
 * every service call and query below runs for that board only, and answers in the page's language (see
 * {@link Language}; the API always in English). A person who has been deactivated since signing in is signed
 * out, as is a session older than {@link #MOST_HOURS} however busy it was (a browser left signed in on a shared
 * device ends by the next working day; the sign-in page says why). It runs for error pages too, so they show the
 * signed-in frame.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class CallerFilter extends HttpFilter {

    static final String SESSION_CALLER = "safeguard.caller";
    private static final String SESSION_CHECKED = "safeguard.caller.checked";
    private static final String SESSION_WELSH_OFFERED = "safeguard.caller.welshOffered";
    private static final long RECHECK_MILLIS = 30_000;

    /** The longest a session lasts, however busy: a long working day. */
    static final int MOST_HOURS = 12;

    @Inject
    private PeopleDirectory people;

    @Inject
    private BoardService boards;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (resource(request)) {
            // A stylesheet, script or image asks for no caller, and leaves the session alone: a page's resources come
            // at the same moment as the page, and each request that reads the session has it written again when it
            // ends, in a cluster while the page's own request may be changing it.
            chain.doFilter(request, response);
            return;
        }
        Principal principal = request.getUserPrincipal();
        if (principal == null || principal.getName().startsWith(Caller.NO_BOARD_PREFIX)) {
            // Nobody, or someone of no board (a hosting operator): their own pages' door sets their caller.
            chain.doFilter(request, response);
            return;
        }
        HttpSession current = request.getSession(false);
        if (current != null && outlived(current.getCreationTime(), System.currentTimeMillis())) {
            signOut(request, response, "/login.xhtml?sessionEnded=true");
            return;
        }
        Optional<Caller> caller = callerOf(request, principal.getName());
        if (caller.isEmpty()) {
            signOut(request, response, "/login.xhtml");
            return;
        }
        CallerContext.set(caller.get().speaking(languageOf(request)));
        try {
            chain.doFilter(request, response);
        } finally {
            CallerContext.clear();
        }
    }

    /** Whether a session begun at {@code createdMillis} has lasted its {@link #MOST_HOURS} at {@code nowMillis}. */
    static boolean outlived(long createdMillis, long nowMillis) {
        return nowMillis - createdMillis >= MOST_HOURS * 3_600_000L;
    }

    private static void signOut(HttpServletRequest request, HttpServletResponse response, String to)
            throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + to);
    }

    private static boolean resource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /**
     * The caller kept in the session, looked up again at most every {@link #RECHECK_MILLIS}: a person an admin
     * deactivates, or whose roles change, is signed out or sees the change within that time.
     */
    private Optional<Caller> callerOf(HttpServletRequest request, String username) {
        HttpSession session = request.getSession();
        long now = System.currentTimeMillis();
        if (session.getAttribute(SESSION_CALLER) instanceof Caller cached && cached.username().equals(username)
                && session.getAttribute(SESSION_CHECKED) instanceof Long checked && now - checked < RECHECK_MILLIS) {
            return Optional.of(cached);
        }
        Optional<Caller> caller = people.callerFor(username);
        caller.ifPresent(c -> {
            session.setAttribute(SESSION_CALLER, c);
            session.setAttribute(SESSION_CHECKED, now);
            session.setAttribute(SESSION_WELSH_OFFERED,
                    CallerContext.runAs(c, () -> boards.currentBoard().welshInterface()));
        });
        return caller;
    }

    /**
     * Welsh when the person asked for it and their board's interface is bilingual, as the page is; English
     * otherwise, and always for the API, whose wording is for machines as much as for people.
     */
    private static Locale languageOf(HttpServletRequest request) {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        HttpSession session = request.getSession(false);
        boolean offered = session != null && Boolean.TRUE.equals(session.getAttribute(SESSION_WELSH_OFFERED));
        return !api && offered && Language.WELSH_TAG.equals(Language.asked(request)) ? Language.WELSH : Language.ENGLISH;
    }
}
