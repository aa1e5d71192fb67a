package uk.safeguardcases.web.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguardcases.application.metrics.RequestFamily;
import uk.safeguardcases.application.metrics.RequestTimes;

/**
 * Times every request by its page family (the operator's {@code safeguard_request_seconds}), from the path within
 * the application; the path itself is never kept. The node's own warm-up requests are not counted.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestTimesFilter extends HttpFilter {

    @Inject
    private RequestTimes times;

    @Inject
    private uk.safeguardcases.web.api.WarmUp warmUp;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (warmUp.ownRequest(request.getHeader(uk.safeguardcases.web.api.WarmUp.OWN_REQUEST_HEADER),
                request.getRemoteAddr() != null && request.getRemoteAddr().equals(request.getLocalAddr()))) {
            chain.doFilter(request, response);
            return;
        }
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String uri = request.getRequestURI();
            String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
            times.served(RequestFamily.of(path), System.nanoTime() - started);
        }
    }
}
