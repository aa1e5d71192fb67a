package uk.safeguardcases.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import uk.safeguardcases.application.security.SecurityEvents;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * Every page's 403 and a signed-in caller's 404 are security events: whatever refused them (a {@code web.xml}
 * constraint, {@link ProcessDoors}, a page's own check, another board's reference answered "not found"), the product's
 * error page is shown, so the event is written here, once, as that page is dispatched. The API answers its own
 * refusals (its filter and problem mappers write theirs). A 404 nobody signed in gets (a guessed address) is not one.
 */
@WebFilter(urlPatterns = {"/error/403.xhtml", "/error/404.xhtml"}, dispatcherTypes = DispatcherType.ERROR)
public class RefusalEvents extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        Principal principal = request.getUserPrincipal();
        Caller caller = callerOf(request);
        String account = caller != null ? caller.username() : principal == null ? null : principal.getName();
        String board = caller == null ? null : caller.tenantId();
        if (Integer.valueOf(403).equals(status)) {
            SecurityEvents.authorisationRefused(account, board, path, request.getMethod());
        } else if (Integer.valueOf(404).equals(status) && principal != null && !resource(path)) {
            SecurityEvents.recordNotFound(account, board, path, request.getMethod());
        }
        chain.doFilter(request, response);
    }

    /** The caller the request runs as, or the one its session keeps (filters' order on an error page is the container's). */
    private static Caller callerOf(HttpServletRequest request) {
        Caller current = CallerContext.currentOrNull();
        if (current != null) {
            return current;
        }
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(CallerFilter.SESSION_CALLER) instanceof Caller kept ? kept : null;
    }

    private static boolean resource(String path) {
        return path.contains("/jakarta.faces.resource/") || path.contains("/resources/")
                || path.matches(".*\\.(ico|png|svg|css|js|map|woff2?)$");
    }
}
