package uk.safeguardcases.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguardcases.application.security.SecurityEvents;
import uk.safeguardcases.application.people.SingleSignOnRefused;
import uk.safeguardcases.application.people.SingleSignOnSignIn;
import uk.safeguardcases.application.people.SingleSignOnStart;

/**
 * Single sign-on through a board's identity provider. {@code GET /sign-in/provider?board=ID} sends the browser to the
 * board's provider (remembering, in this browser's session only, the state, nonce and PKCE verifier it was sent with);
 * the provider sends it back to {@code GET /sign-in/returned} with a code, which is exchanged and verified, and the
 * person it names is signed in with a new session id ({@link SignIn#complete}). Anything else (a state that is not
 * this browser's, an error from the provider, someone the board does not know) goes back to the sign-in page with one
 * message; the reason is logged for the administrator without the person's name.
 */
@WebServlet(urlPatterns = {SingleSignOnServlet.START, SingleSignOnServlet.RETURNED})
public class SingleSignOnServlet extends HttpServlet {

    static final String START = "/sign-in/provider";
    static final String RETURNED = SingleSignOnAddresses.RETURNED;
    private static final String SESSION = SingleSignOnServlet.class.getName() + ".started";
    private static final Logger LOG = Logger.getLogger(SingleSignOnServlet.class.getName());

    @Inject
    private SingleSignOnSignIn singleSignOn;

    @Inject
    private SignIn signIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (START.equals(request.getServletPath())) {
            start(request, response);
        } else {
            returned(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String board = request.getParameter("board");
        try {
            SingleSignOnStart started = singleSignOn.start(board, SingleSignOnAddresses.returnAddress(request));
            request.getSession().setAttribute(SESSION, started);
            response.sendRedirect(started.address().toString());
        } catch (SingleSignOnRefused e) {
            refused(request, response, "could not start for board " + safe(board), e);
        }
    }

    private void returned(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        SingleSignOnStart started = session == null ? null : (SingleSignOnStart) session.getAttribute(SESSION);
        if (session != null) {
            session.removeAttribute(SESSION); // each start is good for one return
        }
        String error = request.getParameter("error");
        if (error != null) {
            refused(request, response, "the provider answered " + safe(error), null);
            return;
        }
        try {
            String username = singleSignOn.finish(started, request.getParameter("code"), request.getParameter("state"));
            Optional<String> home = signIn.complete(request, response, username);
            if (home.isPresent()) {
                response.sendRedirect(request.getContextPath() + home.get());
            }
        } catch (SingleSignOnRefused e) {
            SecurityEvents.tokenRefused("provider-id-token", request.getRequestURI());
            refused(request, response, "refused for board " + (started == null ? "?" : started.board()), e);
        }
    }

    private static void refused(HttpServletRequest request, HttpServletResponse response, String what,
            SingleSignOnRefused reason) throws IOException {
        LOG.log(Level.INFO, "Single sign-on {0}: {1}", new Object[] {what, reason == null ? "" : reason.getMessage()});
        SignIn.forget(request);
        response.sendRedirect(request.getContextPath() + SignIn.LOGIN_PAGE + "?provider=refused");
    }

    private static String safe(String value) {
        if (value == null) {
            return "(none)";
        }
        String clean = value.replaceAll("[^A-Za-z0-9_.\\-]", "?");
        return clean.length() > 60 ? clean.substring(0, 60) : clean;
    }
}
