package uk.safeguardcases.web.shell;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A session's requests on a server take turns, each to the end of the session's write: the next one starts only when
 * the one before has been written.
 *
 * <p>In a cluster WildFly writes a session (serialized, to be copied to another node) once a request is over, after
 * its response has gone: a browser that follows a redirect, or a page's next request, is then already running and
 * changing the same session (its views' state) while it is being written, and the copy written can be cut short. No
 * node can read it: a node that joins waits for it for ever, and a node that fails over loses the session. Found by
 * {@code ClusterIT} (a rolling restart, and a corrupt copy sent between a password reset's form and its answer).
 *
 * <p>A request takes its session's turn before anything else is done (an Undertow servlet extension, since WildFly's
 * write comes after every filter and listener), and gives it back when the exchange is complete, after WildFly's own
 * completion, which writes the session. A stylesheet, script or image takes no turn: it does not touch the session
 * (see {@code CallerFilter}). A request with no session, or the first of a new one, has nothing to wait for. A turn
 * is waited for at most {@link #LONGEST_WAIT_SECONDS}, so that nothing can hang on a turn never given back.
 */
public class SessionTurns implements ServletExtension {

    static final int LONGEST_WAIT_SECONDS = 20;
    private static final Logger LOG = Logger.getLogger(SessionTurns.class.getName());
    private static final Map<String, Turn> TURNS = new ConcurrentHashMap<>();

    /** One session's turn, and how many requests hold or wait for it (so it is forgotten when nobody does). */
    private static final class Turn {
        private final Semaphore permit = new Semaphore(1, true);
        private int users;
    }

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        String cookieName = context.getSessionCookieConfig().getName() == null ? "JSESSIONID"
                : context.getSessionCookieConfig().getName();
        deployment.addOuterHandlerChainWrapper(next -> exchange -> {
            String session = sessionOf(exchange, cookieName);
            if (session == null) {
                next.handleRequest(exchange);
                return;
            }
            Turn turn = join(session);
            boolean held = take(turn);
            // Added after WildFly's own completion listener, so called before it: it lets WildFly complete the
            // exchange (and write the session) first, then gives the turn back.
            exchange.addExchangeCompleteListener((done, nextListener) -> {
                try {
                    nextListener.proceed();
                } finally {
                    leave(session, turn, held);
                }
            });
            next.handleRequest(exchange);
        });
    }

    /** The session cookie's value, or null for a request that takes no turn (no session, or a static resource). */
    private static String sessionOf(HttpServerExchange exchange, String cookieName) {
        String path = exchange.getRelativePath();
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return null;
        }
        Cookie cookie = exchange.getRequestCookie(cookieName);
        return cookie == null || cookie.getValue() == null || cookie.getValue().isEmpty() ? null
                : sessionId(cookie.getValue());
    }

    /**
     * The session's id without the node's route WildFly puts after it ("id.node1"): the route changes when a node takes
     * over the session, and a request still carrying the old one must take the same turn as one carrying the new.
     */
    static String sessionId(String cookieValue) {
        int route = cookieValue.indexOf('.');
        return route < 0 ? cookieValue : cookieValue.substring(0, route);
    }

    private static Turn join(String session) {
        return TURNS.compute(session, (key, existing) -> {
            Turn t = existing == null ? new Turn() : existing;
            t.users++;
            return t;
        });
    }

    /** Waits for the turn; false if it did not come in time (the request then goes on without it). */
    private static boolean take(Turn turn) throws InterruptedException {
        if (turn.permit.tryAcquire(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS)) {
            return true;
        }
        // Never expected: a request held its session for the whole wait. Go on rather than hang; this request may then
        // change the session while the one before it is written.
        LOG.warning("A request waited " + LONGEST_WAIT_SECONDS + " s for its session's turn and went on without it.");
        return false;
    }

    private static void leave(String session, Turn turn, boolean held) {
        if (held) {
            turn.permit.release();
        }
        TURNS.computeIfPresent(session, (key, t) -> --t.users <= 0 ? null : t);
    }

    /** How many sessions have a request running or waiting now (for tests). */
    static int sessionsWithRequests() {
        return TURNS.size();
    }
}
