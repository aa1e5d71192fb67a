package uk.safeguardcases.web.hosting;

import jakarta.inject.Inject;
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
import java.util.Set;
import uk.safeguardcases.application.hosting.HostOperators;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.web.shell.Language;

/**
 * The operator's pages ({@code /operator/}): open to a signed-in hosting operator only, apart from the sign-in and
 * enrolment pages; anyone else (a board's person, nobody) is sent to the operator's sign-in. The operator is looked up
 * on every request, so one deactivated is signed out at once. Their caller has no board: every query of a board's
 * records finds nothing for them, and no board's page admits their one role.
 */
@WebFilter(urlPatterns = "/operator/*")
public class OperatorDoor extends HttpFilter {

    static final String SIGN_IN = "/operator/sign-in.xhtml";
    static final String HOME = "/operator/boards.xhtml";
    private static final Set<String> OPEN = Set.of(SIGN_IN, "/operator/enrol.xhtml");

    @Inject
    private HostOperators operators;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Principal principal = request.getUserPrincipal();
        Optional<Caller> operator = principal == null ? Optional.empty() : operators.callerFor(principal.getName());
        if (operator.isEmpty()) {
            if (OPEN.contains(path)) {
                chain.doFilter(request, response);
                return;
            }
            if (principal != null && principal.getName().startsWith(HostOperators.PRINCIPAL_PREFIX)) {
                request.logout();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
            response.sendRedirect(request.getContextPath() + SIGN_IN);
            return;
        }
        if (OPEN.contains(path)) {
            response.sendRedirect(request.getContextPath() + HOME);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        Caller caller = operator.get().speaking(Language.WELSH_TAG.equals(Language.asked(request)) ? Language.WELSH
                : Language.ENGLISH);
        CallerContext.set(caller);
        try {
            chain.doFilter(request, response);
        } finally {
            CallerContext.clear();
        }
    }
}
