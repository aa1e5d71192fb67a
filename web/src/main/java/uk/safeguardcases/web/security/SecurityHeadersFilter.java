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

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : PAGE_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
