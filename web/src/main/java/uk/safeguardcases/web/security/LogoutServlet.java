package uk.safeguardcases.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import uk.safeguardcases.web.shell.SignOutToken;

/**
 * Signs out and returns to the log-in page. POST only, with the session's sign-out token ({@link SignOutToken}), so
 * neither a link nor a form on another site can sign someone out; without it the person stays signed in and gets the
 * 403 page. The idle warning signs out through it too ({@code timedOut=true}), so the session ends on the server when
 * the page says it has. The browser is told to forget what it kept of the signed-in pages ({@code Clear-Site-Data}:
 * its cache, and the storage where the case page keeps which sections are folded), for the next person on the device.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    /** What a browser forgets when its person signs out. */
    static final String CLEARED = "\"cache\", \"storage\"";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() != null && !SignOutToken.matches(session, request.getParameter("token"))) {
            response.sendError(403);
            return;
        }
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        response.setHeader("Clear-Site-Data", CLEARED);
        // The idle warning's page signs out this way when the time is up, and the sign-in page then says why.
        boolean timedOut = "true".equals(request.getParameter("timedOut"));
        response.sendRedirect(request.getContextPath() + (timedOut ? "/login.xhtml?timedOut=true"
                : "/login.xhtml?signedOut=true"));
    }
}
