package uk.safeguardcases.domain.process;

import java.util.Locale;

/**
 * What kind of thing stopped a step or an e-mail, for the sentence a board's senior manager reads on Stuck work; the
 * failure's own words stay beside it for the service's operator ({@link FailureInWords}). Read from the words of the
 * failure, since a step's stored error is all that is left of it.
 */
public enum FailureKind {
    /** The mail relay could not be reached, or dropped the connection. */
    MAIL_SERVER_UNREACHABLE,
    /** The mail relay answered and refused the message or its address. */
    MAIL_REFUSED,
    /** The database could not be reached or refused the change. */
    DATABASE,
    /** Something did not answer in time. */
    TIMED_OUT,
    /** Anything else: the step's own error. */
    OTHER;

    public static FailureKind of(String error) {
        String e = error == null ? "" : error.toLowerCase(Locale.ROOT);
        if (e.contains("mailconnectexception") || e.contains("couldn't connect to host")
                || e.contains("could not connect to smtp") || (e.contains("smtp") && e.contains("connect"))) {
            return MAIL_SERVER_UNREACHABLE;
        }
        if (e.contains("sendfailedexception") || e.contains("smtp") || e.contains("invalid addresses")
                || e.contains("mail") || e.matches("^5\\d\\d[ -].*")) {
            return MAIL_REFUSED;
        }
        if (e.contains("timed out") || e.contains("timeout")) {
            return TIMED_OUT;
        }
        if (e.contains("sql") || e.contains("jdbc") || e.contains("database") || e.contains("constraint")
                || e.contains("could not execute statement") || e.contains("deadlock") || e.contains("relation \"")
                || e.contains("table ")) {
            return DATABASE;
        }
        return OTHER;
    }
}
