package uk.safeguardcases.application.security;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * The one place a security event is written: refused authorisation, a record not found for the caller (another board's
 * reference looks exactly like none), a refused token or key, throttling, a wrong second factor and an administrative
 * change. Each is one line of JSON, its time in UTC, to its own logger ({@value #CATEGORY}, which the server writes to
 * {@code log/security.log} as well as the server's log), and names only who (the account's user name, never a name
 * typed by a stranger) and which board, with the event's own plain facts (a path without its query, a kind, a count).
 * Never a person's name, an address, a password, a token or a record's text.
 */
public final class SecurityEvents {

    /** The logger every security event is written to. */
    public static final String CATEGORY = "uk.safeguardcases.security";

    private static final Logger LOG = Logger.getLogger(CATEGORY);
    private static final int MOST_CHARACTERS = 200;

    private static volatile Clock clock = Clock.systemUTC();

    private SecurityEvents() {
    }

    /** What happened. */
    public enum Kind {
        /** A page, an endpoint or an action the caller's roles do not open (403). */
        AUTHORISATION_REFUSED,
        /** A record the caller asked for that their board does not hold, another board's included (404). */
        RECORD_NOT_FOUND,
        /** An API key, personal access token, provider's token or password over the API that was not accepted. */
        TOKEN_REFUSED,
        /** A sign-in, a code or a public form held back by a limit. */
        THROTTLED,
        /** A wrong code from an authenticator app or a wrong recovery code. */
        SECOND_FACTOR_FAILED,
        /** An administrator changed people, roles, keys, tokens, sign-in settings or the board's settings. */
        ADMINISTRATIVE_CHANGE;

        String value() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A 403: the caller's roles do not open {@code path}. */
    public static void authorisationRefused(String path, String method) {
        String[] who = caller();
        authorisationRefused(who[0], who[1], path, method);
    }

    /** A 403 for the given account of the given board (null when of none, as a hosting operator). */
    public static void authorisationRefused(String account, String board, String path, String method) {
        write(Kind.AUTHORISATION_REFUSED, new String[] {account, board},
                Map.of("status", 403, "method", plain(method), "path", path(path)));
    }

    /** A 404 for a signed-in caller: a record their board does not hold, another board's or none. */
    public static void recordNotFound(String path, String method) {
        String[] who = caller();
        recordNotFound(who[0], who[1], path, method);
    }

    /** A 404 for the given account of the given board. */
    public static void recordNotFound(String account, String board, String path, String method) {
        write(Kind.RECORD_NOT_FOUND, new String[] {account, board},
                Map.of("status", 404, "method", plain(method), "path", path(path)));
    }

    /** Credentials of a {@code kind} (api-key, personal-token, access-token, basic, provider-id-token) not accepted. */
    public static void tokenRefused(String kind, String path) {
        write(Kind.TOKEN_REFUSED, caller(), Map.of("credential", plain(kind), "path", path(path)));
    }

    /**
     * A limit held something back: {@code what} (sign-in-account, sign-in-address, public-form, operator-sign-in…);
     * {@code account} only when it is an account of the product (never a name a stranger typed), else null.
     */
    public static void throttled(String what, String account, String board) {
        write(Kind.THROTTLED, new String[] {account, board}, Map.of("limit", plain(what)));
    }

    /** A wrong second factor for an existing account. */
    public static void secondFactorFailed(String account, String board, String what) {
        write(Kind.SECOND_FACTOR_FAILED, new String[] {account, board}, Map.of("factor", plain(what)));
    }

    /** An administrative change by the caller, named by its timeline action's label (never its detail). */
    public static void administrativeChange(String action) {
        write(Kind.ADMINISTRATIVE_CHANGE, caller(), Map.of("action", plain(action)));
    }

    /** The clock the events' times are read from (UTC; a test may fix it). */
    static void useClock(Clock fixed) {
        clock = fixed.withZone(java.time.ZoneOffset.UTC);
    }

    private static void write(Kind kind, String[] who, Map<String, Object> facts) {
        LOG.info(line(Instant.now(clock), kind, who[0], who[1], facts));
    }

    /** One event as one line of JSON: time (UTC), event, account, board, then the event's facts in a fixed order. */
    static String line(Instant at, Kind kind, String account, String board, Map<String, Object> facts) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("time", DateTimeFormatter.ISO_INSTANT.format(at));
        fields.put("event", kind.value());
        fields.put("account", account);
        fields.put("board", board);
        facts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(fact -> fields.put(fact.getKey(), fact.getValue()));
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(name).append("\":");
            if (value == null) {
                json.append("null");
            } else if (value instanceof Number) {
                json.append(value);
            } else {
                quote(json, value.toString());
            }
        });
        return json.append('}').toString();
    }

    private static String[] caller() {
        Caller caller = CallerContext.currentOrNull();
        return caller == null ? new String[] {null, null} : new String[] {caller.username(), caller.tenantId()};
    }

    /** A path without its query or parameters (a query may carry what a person typed), at most 200 characters. */
    static String path(String path) {
        if (path == null) {
            return "";
        }
        int end = path.length();
        for (char stop : new char[] {'?', ';', '#'}) {
            int at = path.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return plain(path.substring(0, end));
    }

    private static String plain(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= MOST_CHARACTERS ? value : value.substring(0, MOST_CHARACTERS) + "…";
    }

    private static void quote(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
