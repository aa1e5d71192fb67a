package uk.safeguardcases.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.Role;

/** The product's front door: the log-in page for strangers, each person's own workspace after sign-in. */
@WebServlet(urlPatterns = {"", "/home"})
public class HomeServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = request.getContextPath();
        String tenant = CallerContext.currentTenantOrNull();
        if (request.getUserPrincipal() == null || tenant == null) {
            response.sendRedirect(base + "/login.xhtml");
            return;
        }
        response.sendRedirect(base + homeOf(CallerContext.current()));
    }

    /** Where a person lands: the first workspace their roles open, in order of how much of a case they see. */
    static String homeOf(Caller caller) {
        if (caller.has(Role.OFFICER) || caller.has(Role.SENIOR)) {
            return "/officer/dashboard.xhtml";
        }
        if (caller.has(Role.ADMIN)) {
            return "/admin/board.xhtml";
        }
        if (caller.has(Role.HR)) {
            return "/hr/referrals.xhtml";
        }
        return "/portal/requests.xhtml";
    }
}
