package uk.safeguardcases.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every answer carries, pages, API and downloads alike, set before anything else runs (it is the first
 * filter, declared in web.xml): no other site may frame a page ({@code frame-ancestors 'none'}, and
 * {@code X-Frame-Options} for older browsers), no content type is guessed, no address is passed on to another site,
 * and over HTTPS the browser is told to use nothing else. Pages add PrimeFaces' own policy (scripts by nonce) as a
 * second {@code Content-Security-Policy}; a browser enforces both. The API's answers are data, never a document, so
 * they may load nothing at all.
 * (Plain HTTP is sent to HTTPS before this, when the run command asks: see {@link HttpsOnly}.)
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String PAGE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    static final String HSTS = "max-age=31536000";

    /**
     * The largest request body any layer takes, in bytes (21 MB: a 20 MB file and its form): web.xml's multipart
     * {@code max-request-size} and Undertow's {@code max-post-size} (configure.cli) say the same. A body declared
     * larger is answered here with a 413 and a message, before anything reads it; one that turns out larger while it
     * is read (sent in chunks) gets the same answer when nothing has been sent yet.
     */
    public static final long BODY_LIMIT = 22_020_096;

    private static final String PUBLIC_PAGES = "/concern/";
    private static final String PUBLIC_TOO_LARGE = "/concern/too-large";

    static final String TOO_LARGE = "The request is larger than the 21 MB this service takes (20 MB for a file)."
            + " Nothing was saved: send a smaller file.";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : PAGE_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/concern/")) {
            // The public pages show a receipt code once, and the board's messages to whoever holds it: a shared
            // device's browser must keep neither (no cache, no back-forward copy).
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        String method = request.getMethod();
        if ("TRACE".equals(method) || "TRACK".equals(method)) {
            response.setHeader("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
            response.sendError(405);
            return;
        }
        if (request.getContentLengthLong() > BODY_LIMIT) {
            tooLarge(request, response, api);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!tooBig(e) || response.isCommitted()) {
                throw e;
            }
            tooLarge(request, response, api);
        }
    }

    /** Undertow's refusal to read past {@code max-post-size}, wherever in the causes it ended up. */
    private static boolean tooBig(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("RequestTooBigException")
                    || cause.getClass().getSimpleName().equals("FileSizeLimitExceededException")) {
                return true;
            }
        }
        return false;
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, boolean api)
            throws IOException, ServletException {
        response.resetBuffer();
        response.setStatus(413);
        response.setHeader("Connection", "close"); // the rest of the body is not read
        if (!api && request.getServletPath().startsWith(PUBLIC_PAGES)) {
            // A public concern page says it in the board's languages, with what to do and that nothing typed is lost.
            request.getRequestDispatcher(PUBLIC_TOO_LARGE).forward(request, response);
            return;
        }
        response.setCharacterEncoding("UTF-8");
        if (api) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                    + "\"detail\":\"" + TOO_LARGE + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><title>Too large</title></head><body>"
                    + "<h1>Too large</h1><p>" + TOO_LARGE + "</p><p><a href=\"" + request.getContextPath()
                    + "/\">Back to Safeguard Cases</a></p></body></html>");
        }
    }
}
