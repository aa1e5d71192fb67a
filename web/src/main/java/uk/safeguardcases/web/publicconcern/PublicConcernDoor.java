package uk.safeguardcases.web.publicconcern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import uk.safeguardcases.application.security.SecurityEvents;
import uk.safeguardcases.application.publicconcern.PublicPages;
import uk.safeguardcases.application.tenancy.SuspendedBoards;
import uk.safeguardcases.web.security.ExpiredPageFilter;
import uk.safeguardcases.web.shell.PageDoor;

/**
 * The public pages' door: a post to a board's raise or follow-up page is weighed against the page's limits (the
 * address's and the board's counts, {@link PublicPages#minutesToWait}) before anything of it is read, so a flood
 * of 21 MB posts costs the server a look-up each, not 21 MB each. Over a limit, the post is answered with a plain
 * page (429) that says how long to wait, and that what was typed is kept in the browser (the pages keep a draft,
 * {@code concern-draft.js}); the body is never read and the connection is closed. Only the address's query is read
 * ({@code ?board=}, which the page's own forms always carry): a post naming no board is refused the same way, unread.
 * Then it reads the form itself, so that a body no browser sends is answered as the sender's fault (the page afresh,
 * its words restored from the draft), never a 500. A {@link PageDoor}: asked of every request before any filter that
 * reads a parameter ({@code ProcessDoors}), it lets on all but its two pages' ({@link #door}).
 */
@ApplicationScoped
public class PublicConcernDoor implements PageDoor {

    private static final Logger LOG = Logger.getLogger(PublicConcernDoor.class.getName());

    @Inject
    private PublicPages pages;

    @Inject
    private SuspendedBoards suspended;

    @Override
    public boolean answered(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        PublicPages.Door door = door(request.getServletPath());
        String board = door == null ? null : queryValue(request.getQueryString(), "board");
        if (board != null && board.matches("[a-z0-9-]{1,20}") && suspended.suspended(board)) {
            // The hosting operator suspended the board: its page says it is closed, whatever is asked of it.
            PublicConcernRefusals.write(request, response, pages.board(board).orElse(null), door, 503,
                    "door.closed", 0);
            return true;
        }
        if (door == null || !"POST".equals(request.getMethod())) {
            return false;
        }
        if (board == null || !board.matches("[a-z0-9-]{1,20}")) {
            LOG.info(() -> "A post to " + request.getServletPath() + " naming no board: refused unread, 400");
            PublicConcernRefusals.write(request, response, null, door, 400, "door.noBoard", 0);
            return true;
        }
        long minutes = pages.minutesToWait(board, PublicPage.clientAddress(request.getRemoteAddr(),
                request.getHeader("X-Forwarded-For"), PublicPage.trustedProxies()), door);
        if (minutes > 0) {
            LOG.info(() -> "A post to " + request.getServletPath() + " over a limit: refused unread, 429");
            SecurityEvents.throttled("public-form", null, board);
            response.setHeader("Retry-After", String.valueOf(minutes * 60));
            PublicConcernRefusals.write(request, response, pages.board(board).orElse(null), door, 429,
                    "door.limit", minutes);
            return true;
        }
        String unread = unreadable(request);
        if (unread != null) {
            LOG.info(() -> "A post to " + request.getServletPath() + " that cannot be read (" + unread
                    + "): sent back to the page, 303");
            response.setStatus(303);
            response.setHeader("Location", ExpiredPageFilter.publicPageAgain(PublicConcernPages.FORMS,
                    request.getContextPath(), request.getServletPath(), request.getQueryString(), "unreadable"));
            return true;
        }
        return false;
    }

    /**
     * Reads the form once, here, so that a body no browser sends (a boundary empty or wrong, a charset nobody has,
     * more than 1,000 parts, a body cut off) is the sender's fault, said in one line, rather than a 500 from whichever
     * filter first asks for a parameter. Null when it reads; a body over the size limits is left to
     * {@code SecurityHeadersFilter}'s 413.
     */
    private static String unreadable(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return null;
        } catch (Exception e) { // Undertow's IOException, wrapped or not, and its parser's own runtime failures
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                String name = cause.getClass().getSimpleName();
                if (name.equals("RequestTooBigException") || name.equals("FileSizeLimitExceededException")) {
                    throw e;
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
            return e.getClass().getSimpleName();
        }
    }

    static PublicPages.Door door(String servletPath) {
        if (RaiseConcernPage.PAGE.equals(servletPath)) {
            return PublicPages.Door.RAISE;
        }
        return FollowUpPage.PAGE.equals(servletPath) ? PublicPages.Door.FOLLOW_UP : null;
    }

    /** One value of the address's query, read without touching the body (a parameter would read a form's body). */
    static String queryValue(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                try {
                    return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
