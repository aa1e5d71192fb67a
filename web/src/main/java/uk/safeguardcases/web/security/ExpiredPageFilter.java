package uk.safeguardcases.web.security;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;
import uk.safeguardcases.web.shell.Contributions;

/**
 * A form the product cannot take (its page has expired, its view state is forged, its CSP nonce is missing or wrong,
 * a file upload form posted without its multipart body) is the sender's fault, not the server's: the "page has
 * expired" page answers it with 400, and the log says so in one line, without the stack trace the container would
 * write for an exception. Nothing of the form was done. Mapped to the pages (REQUEST) and, for what reaches the
 * container's error pages all the same, to the expired page (ERROR).
 */
public class ExpiredPageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ExpiredPageFilter.class.getName());
    static final String EXPIRED_PAGE = "/error/expired.xhtml";

    @jakarta.inject.Inject
    private Contributions contributions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            response.setStatus(400);
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            String why = sendersFault(e);
            if (why == null || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            String again = publicPageAgain(contributions.publicForms(), request.getContextPath(),
                    request.getServletPath(), request.getQueryString(), why);
            LOG.info(() -> "A form that cannot be taken (" + why + ") posted to " + request.getRequestURI()
                    + (again == null ? ": answered with the expired page, 400" : ": sent to the page afresh, 303"));
            if (again != null) {
                response.setStatus(303);
                response.setHeader("Location", again);
                return;
            }
            response.setStatus(400);
            request.getRequestDispatcher(EXPIRED_PAGE).forward(new PlainGet(request), response);
        }
    }

    /**
     * A board's public form (one of {@code forms}, {@code ProcessPages.PublicPages.forms()}) is sent back to afresh
     * rather than to the expired page: nobody there is signed in and the form is a long one, which the page's draft in
     * the browser fills in again; {@code again} says why, in a sentence on the page. Null for every other page, and
     * for a post naming no board.
     */
    public static String publicPageAgain(Set<String> forms, String context, String path, String query, String why) {
        if (!forms.contains(path) || query == null) {
            return null;
        }
        String board = null;
        String lang = null;
        for (String pair : query.split("&")) {
            if (pair.matches("board=[a-z0-9-]{1,20}")) {
                board = pair.substring(6);
            } else if (pair.equals("lang=cy") || pair.equals("lang=en")) {
                lang = pair;
            }
        }
        return board == null ? null : context + path + "?board=" + board
                + (lang == null ? "" : "&" + lang) + "&again=" + (why.equals(EXPIRED) || why.equals(NO_NONCE) ? "expired"
                : "unread");
    }

    private static final String EXPIRED = "no such view state";
    /** The page's CSP nonce is kept in the session too: without one, the session (and the page) is gone. */
    private static final String NO_NONCE = "no CSP nonce of this page";

    /** What about the request made it fail, if the sender is to blame; null for the server's own failures. */
    static String sendersFault(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof ViewExpiredException) {
                return EXPIRED;
            }
            if (e instanceof CspException) {
                return NO_NONCE;
            }
            String message = e.getMessage() == null ? "" : e.getMessage();
            // Undertow: UT010016 "Not a multi part request", UT010057 "multipart config was not present"
            if (e instanceof ServletException && (message.contains("UT010016") || message.contains("UT010057"))) {
                return "not a multipart body";
            }
            if (e.getCause() == e) {
                break;
            }
        }
        return null;
    }

    /** The failed post seen as a plain GET with no parameters, so the expired page renders afresh. */
    private static final class PlainGet extends HttpServletRequestWrapper {

        PlainGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }
    }
}
