package uk.safeguardcases.application.metrics;

import java.util.Locale;

/**
 * The family of pages (or API calls) a request belongs to, for its time: the workspace it opens, the API, signing in,
 * or anything else. Worked out from the path alone, never kept with it: a path may carry a case's reference.
 */
public enum RequestFamily {
    OFFICER, SENIOR, HR, PORTAL, ADMIN, OFFICIAL, API, SIGN_IN, OTHER;

    /** The figure's {@code family} label. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The family of a path within the application ({@code /officer/case.xhtml}, no context path; a query or path
     * parameters may follow). The official accounts' pages are one family whichever workspace shows them.
     */
    public static RequestFamily of(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return OTHER;
        }
        String clean = path;
        for (char end : new char[] {'?', ';', '#'}) {
            int at = clean.indexOf(end);
            if (at >= 0) {
                clean = clean.substring(0, at);
            }
        }
        String[] segments = clean.startsWith("/") ? clean.substring(1).split("/", -1) : clean.split("/", -1);
        String first = segments[0];
        String page = segments[segments.length - 1];
        if (page.startsWith("official-account") || first.equals("official")) {
            return OFFICIAL;
        }
        return switch (first) {
            case "officer" -> OFFICER;
            case "senior" -> SENIOR;
            case "hr" -> HR;
            case "portal" -> PORTAL;
            case "admin" -> ADMIN;
            case "api" -> API;
            case "sign-in", "login.xhtml", "logout", "forgot-password.xhtml", "reset-password.xhtml",
                    "j_security_check" -> SIGN_IN;
            default -> OTHER;
        };
    }
}
