package uk.safeguardcases.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One form post makes one record. Every form carries a token ({@code sg.once}, put there by the layout's
 * {@code once.js}, new with each page and each ajax answer); a step (a full post, or an ajax post from a button) is
 * taken once per token in a session. The same token again (a double click, a browser's resend of a post) does nothing:
 * a full post is sent to its page afresh (303), which shows the one record the first post made; an ajax post gets an
 * empty answer, and the page keeps the first post's. Posts without a token (no script) and uploads (multipart) are taken as before.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class OncePerFormFilter extends HttpFilter {

    static final String FIELD = "sg.once";
    private static final String USED = OncePerFormFilter.class.getName() + ".used";
    private static final int KEPT = 200;
    private static final Logger LOG = Logger.getLogger(OncePerFormFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || !formPost(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getParameter(FIELD);
        HttpSession session = request.getSession(false);
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
        if (token == null || token.isEmpty() || token.length() > 64 || session == null || !step(request, ajax)) {
            chain.doFilter(request, response);
            return;
        }
        if (!firstUse(session, token)) {
            LOG.info(() -> "A form sent again with the same token to " + request.getServletPath() + ": taken once");
            if (ajax) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<changes></changes></partial-response>");
            } else {
                String query = request.getQueryString();
                response.setStatus(303);
                response.setHeader("Location", request.getContextPath() + request.getServletPath()
                        + (query == null ? "" : "?" + query));
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean formPost(HttpServletRequest request) {
        String type = request.getContentType();
        // Not an upload's multipart body: reading it here would take it from Faces (and from ExpiredPageFilter's
        // check of a post without one). So an upload sent twice is not caught here (left for issue 39's follow-up).
        return type != null && type.startsWith("application/x-www-form-urlencoded");
    }

    /** A step, not an ajax update of a field, a table's page or a search as one types. */
    private static boolean step(HttpServletRequest request, boolean ajax) {
        if (!ajax) {
            return true;
        }
        String event = request.getParameter("jakarta.faces.partial.event");
        return event == null || "click".equals(event) || "action".equals(event);
    }

    /** Whether this session has not taken {@code token} before (it has now). */
    static boolean firstUse(HttpSession session, String token) {
        synchronized (lockFor(session.getId())) {
            @SuppressWarnings("unchecked")
            Used used = (Used) session.getAttribute(USED);
            if (used == null) {
                used = new Used();
            }
            if (used.put(token, Boolean.TRUE) != null) {
                return false;
            }
            session.setAttribute(USED, used); // again, so a distributed session keeps it
            return true;
        }
    }

    private static final Object[] LOCKS = new Object[64];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
    }

    private static Object lockFor(String sessionId) {
        return LOCKS[Math.floorMod(sessionId.hashCode(), LOCKS.length)];
    }

    /** The session's last {@value #KEPT} tokens taken. */
    private static final class Used extends LinkedHashMap<String, Boolean> implements Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > KEPT;
        }
    }
}
