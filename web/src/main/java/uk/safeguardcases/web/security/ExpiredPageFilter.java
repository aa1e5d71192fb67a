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
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

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
            LOG.info(() -> "A form that cannot be taken (" + why + ") posted to " + request.getRequestURI()
                    + ": answered with the expired page, 400");
            response.resetBuffer();
            response.setStatus(400);
            request.getRequestDispatcher(EXPIRED_PAGE).forward(new PlainGet(request), response);
        }
    }

    /** What about the request made it fail, if the sender is to blame; null for the server's own failures. */
    static String sendersFault(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof ViewExpiredException) {
                return "no such view state";
            }
            if (e instanceof CspException) {
                return "no CSP nonce of this page";
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
