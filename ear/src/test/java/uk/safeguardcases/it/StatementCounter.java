package uk.safeguardcases.it;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Test deployments only: the statements one request sends to the database, every one of them (Hibernate's, plain
 * JDBC's and the process engine's MyBatis statements all go through the datasource {@code SafeguardDS}).
 *
 * <p>The test server's datasource reports each JDBC call to the logger {@code jboss.jdbc.spy}
 * ({@code -Dsafeguard.db.spy=true} in {@code arquillian.xml}, {@code configure.cli}); while {@link #listening} is open
 * that logger is turned up to DEBUG and its calls go to this class alone, not to the server's log. A request is
 * counted when it carries the header {@link #HEADER} (from the machine itself): from before the first filter to after
 * the last, only the calls made on its own thread, so the job executor and other requests are not counted. A
 * statement is one execution ({@code executeQuery}, {@code executeUpdate}, {@code execute}, and one for a whole
 * {@code executeBatch}), named by the SQL last prepared on that thread.
 */
@WebListener
public class StatementCounter implements ServletRequestListener {

    static final String HEADER = "X-Count-Statements";

    private static final String SPY = "jboss.jdbc.spy";
    /** "java:jboss/datasources/SafeguardDS [PreparedStatement] executeQuery()" */
    private static final Pattern CALL = Pattern.compile("\\S+ \\[(\\w+)\\] (\\w+)\\((.*)\\)", Pattern.DOTALL);
    private static final Map<String, Request> COUNTED = new ConcurrentHashMap<>();
    private static final ThreadLocal<Request> CURRENT = new ThreadLocal<>();
    /** Held, so the logger changed is the one put back (the log manager keeps loggers only weakly). */
    private static final Logger LOGGER = Logger.getLogger(SPY);

    /** What one counted request sent, in order. */
    private static final class Request {
        private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
        private String prepared;
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (!(event.getServletRequest() instanceof HttpServletRequest request)) {
            return;
        }
        String token = request.getHeader(HEADER);
        if (token != null && local(request.getRemoteAddr())) {
            Request counted = new Request();
            COUNTED.put(token, counted);
            CURRENT.set(counted);
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        CURRENT.remove();
    }

    private static boolean local(String address) {
        return "127.0.0.1".equals(address) || "0:0:0:0:0:0:0:1".equals(address);
    }

    /**
     * Counts while open: the spy logger turned up and its calls brought here; closed, the logger as it was. Only one
     * test at a time may listen.
     */
    static AutoCloseable listening() {
        Level level = LOGGER.getLevel();
        boolean parents = LOGGER.getUseParentHandlers();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                Request request = CURRENT.get();
                if (request != null) {
                    call(request, record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        LOGGER.addHandler(handler);
        LOGGER.setUseParentHandlers(false);
        LOGGER.setLevel(Level.FINE);
        return () -> {
            LOGGER.setLevel(level);
            LOGGER.setUseParentHandlers(parents);
            LOGGER.removeHandler(handler);
            COUNTED.clear();
        };
    }

    private static void call(Request request, LogRecord record) {
        Object[] parameters = record.getParameters();
        String message = parameters == null ? record.getMessage() : String.format(record.getMessage(), parameters);
        Matcher call = CALL.matcher(message);
        if (!call.matches()) {
            return;
        }
        String method = call.group(2);
        if (method.startsWith("prepare")) {
            request.prepared = call.group(3);
        } else if (method.startsWith("execute")) {
            boolean plain = call.group(1).equals("Statement") && !call.group(3).isEmpty();
            request.statements.add((method.equals("executeBatch") ? "batch: " : "")
                    + oneLine(plain ? call.group(3) : request.prepared));
        }
    }

    /**
     * The SQL on one line, without the result set's type and concurrency some callers prepare it with, and with a list
     * of parameters as one ({@code in (?…)}), so that a statement is the same however many values it is sent with.
     */
    private static String oneLine(String sql) {
        return sql == null ? "(not prepared on this thread)" : sql.replaceAll("\\s+", " ")
                .replaceAll("(, -?\\d+)+$", "").replaceAll("\\?( ?, ?\\?)+", "?…").trim();
    }

    /** The statements the request with header {@link #HEADER} {@code token} sent, in order. */
    static List<String> statementsOf(String token) {
        Request request = COUNTED.get(token);
        if (request == null) {
            throw new AssertionError("No request was counted with " + HEADER + ": " + token);
        }
        synchronized (request.statements) {
            return List.copyOf(request.statements);
        }
    }

    /** Each distinct statement with how often it was sent, most often first: what a failed budget shows. */
    static String tally(List<String> statements) {
        Map<String, Long> counts = statements.stream()
                .collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format("%4d × %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining("\n"));
    }
}
