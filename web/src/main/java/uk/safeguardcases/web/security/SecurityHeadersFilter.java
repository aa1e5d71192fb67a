package uk.safeguardcases.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import uk.safeguardcases.web.shell.Contributions;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * The headers every answer carries, pages, API and downloads alike, set before anything else runs (it is the first
 * filter, declared in web.xml): no other site may frame a page ({@code frame-ancestors 'none'}, and
 * {@code X-Frame-Options} for older browsers), no content type is guessed, no address is passed on to another site,
 * and over HTTPS the browser is told to use nothing else. Pages add PrimeFaces' own policy (scripts by nonce) as a
 * second {@code Content-Security-Policy}; a browser enforces both. The API's answers are data, never a document, so
 * they may load nothing at all.
 * A method the path does not take (TRACE, PATCH on a page, WebDAV's, made-up ones) is answered 405 with its
 * {@code Allow} and these headers before the sign-in ({@link BeforeSignIn}), as is a body declared over the limit.
 * (Plain HTTP is sent to HTTPS before this, when the run command asks: see {@link HttpsOnly}.)
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String PAGE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    static final String HSTS = "max-age=31536000";

    /**
     * The largest request body any layer takes, in bytes (21 MB: a 20 MB file and its form): web.xml's multipart
     * {@code max-request-size} says the same, and {@link BeforeSignIn} holds every request to it. A body declared larger
     * is answered with a 413 and a message before anything reads it (by {@link BeforeSignIn} before the sign-in, which
     * would read it, then here); one that turns out larger while it is read (sent in chunks) gets the same answer
     * when nothing has been sent yet.
     */
    public static final long BODY_LIMIT = 22_020_096;

    /** The methods a page, servlet or download takes, and the API's ({@link BeforeSignIn} refuses any other). */
    private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS");
    private static final Set<String> API_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    static final String PAGE_ALLOW = "GET, HEAD, POST, OPTIONS";
    static final String API_ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

    static final String TOO_LARGE = "The request is larger than the 21 MB this service takes (20 MB for a file)."
            + " Nothing was saved: send a smaller file.";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = isApi(request);
        securityHeaders(request, response);
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

    /** The headers every answer carries (also {@link BeforeSignIn}'s, which answers before this filter runs). */
    static void securityHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", isApi(request) ? API_POLICY : PAGE_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!isStaticResource(request)) {
            // Every page, download and answer is kept by no browser (no cache, no back-forward copy): the public pages
            // show a receipt code once, and the board's messages to whoever holds it; a signed-in page shows a case,
            // which the back button of a shared device must not show again after its person signed out. The
            // stylesheets, scripts and pictures every page shares are the same for everyone and may be kept.
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    /** Null when the request's method is one its path takes, else the {@code Allow} of its 405. */
    static String allowed(HttpServletRequest request) {
        boolean api = isApi(request);
        return (api ? API_METHODS : PAGE_METHODS).contains(request.getMethod()) ? null : api ? API_ALLOW : PAGE_ALLOW;
    }

    /** The files every page shares (Faces' resources, the stylesheets, scripts and icon), the same for everyone. */
    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * Whether the path is one of a process's public pages ({@code ProcessPages.publicPages()}), whose 413 is their own
     * page in the board's languages.
     */
    static boolean isPublicPage(HttpServletRequest request) {
        return Contributions.publicPagesOf(request).isPresent();
    }

    /** Undertow's refusal to read past the limit ({@link BeforeSignIn}), wherever in the causes it ended up. */
    static boolean tooBig(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("RequestTooBigException")
                    || cause.getClass().getSimpleName().equals("FileSizeLimitExceededException")) {
                return true;
            }
        }
        return false;
    }

    static void tooLarge(HttpServletRequest request, HttpServletResponse response, boolean api)
            throws IOException, ServletException {
        response.resetBuffer();
        response.setStatus(413);
        if (!request.getProtocol().startsWith("HTTP/2")) {
            // The rest of the body is not read. (HTTP/2 has no such header: Undertow would end the whole
            // connection, and a client loses the answer; the stream alone is reset.)
            response.setHeader("Connection", "close");
        }
        java.util.Optional<ProcessPages.PublicPages> publicPages = api ? java.util.Optional.empty()
                : Contributions.publicPagesOf(request);
        if (publicPages.isPresent()) {
            // A public page says it in the board's languages, with what to do and that nothing typed is lost.
            request.getRequestDispatcher(publicPages.get().tooLarge()).forward(request, response);
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
