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
import java.util.Optional;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * Resolves the signed-in person's board once per session and sets it as the caller for the request, so
 * every service call and query below runs for that board only. A person who has been deactivated since
 * signing in is signed out. It runs for error pages too, so they show the signed-in frame.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class CallerFilter extends HttpFilter {

    static final String SESSION_CALLER = "safeguard.caller";
    private static final String SESSION_CHECKED = "safeguard.caller.checked";
    private static final long RECHECK_MILLIS = 30_000;

    @Inject
    private PeopleDirectory people;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Caller> caller = callerOf(request, principal.getName());
        if (caller.isEmpty()) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        CallerContext.set(caller.get());
        try {
            chain.doFilter(request, response);
        } finally {
            CallerContext.clear();
        }
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
        });
        return caller;
    }
}
