package uk.safeguardcases.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * What every log line written while a request is served says about it, beside the message (WildFly's JSON log
 * carries them as {@code mdc} fields; see {@code safeguard.log.json.level} in configure.cli): {@code requestId}, the
 * caller's {@code X-Request-Id} when it is a plain token (a balancer's or a proxy's), else a new one, and given back
 * in the answer's {@code X-Request-Id}; and {@code caseRef}, the case reference the request is about, when its
 * address names one ({@code ?ref=CHSCB-2026-0042} or {@code /api/cases/CHSCB-2026-0042}). Neither is personal data.
 * The reference is read from the address only, never from a form's body, so nothing is parsed before the page does.
 */
public class LogContextFilter extends HttpFilter {

    static final String REQUEST_ID = "requestId";
    static final String CASE_REF = "caseRef";
    static final String HEADER = "X-Request-Id";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    /** A reference as the product makes them: the board's prefix, the year and a number (CHSCB-2026-0042). */
    private static final Pattern REFERENCE = Pattern.compile("[A-Z][A-Z0-9]{1,19}(?:-[A-Z0-9]{1,10})?-\\d{4}-\\d{4,8}");
    private static final Pattern REF_PARAMETER = Pattern.compile("(?:^|&)ref=([^&]{1,64})");
    private static final Pattern REF_IN_PATH = Pattern.compile("/api/[a-z-]+/([^/?;]{1,64})");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = requestId(request.getHeader(HEADER));
        String reference = reference(request.getQueryString(), request.getRequestURI());
        MDC.put(REQUEST_ID, requestId);
        if (reference != null) {
            MDC.put(CASE_REF, reference);
        }
        response.setHeader(HEADER, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(REQUEST_ID);
            MDC.remove(CASE_REF);
        }
    }

    /** The caller's request id when it is a plain token of 8 to 64 characters, else a new one. */
    static String requestId(String header) {
        return header != null && SANE_ID.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }

    /** The case reference named by the address's {@code ref} parameter or an API path, if it looks like one. */
    static String reference(String query, String path) {
        if (query != null) {
            Matcher parameter = REF_PARAMETER.matcher(query);
            if (parameter.find() && REFERENCE.matcher(parameter.group(1)).matches()) {
                return parameter.group(1);
            }
        }
        if (path != null) {
            Matcher inPath = REF_IN_PATH.matcher(path);
            if (inPath.find() && REFERENCE.matcher(inPath.group(1)).matches()) {
                return inPath.group(1);
            }
        }
        return null;
    }
}
