package uk.safeguardcases.domain.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The web address of captured content: a complete http(s) address, without a user name or password. */
public final class EvidenceUrl {

    /** The longest address kept (the column's size). */
    public static final int MAX_LENGTH = 2000;

    /** What can be wrong with an address; the services word each in the caller's language. */
    public enum Problem {
        MISSING, TOO_LONG, MALFORMED, NOT_HTTP, CREDENTIALS, NO_SITE
    }

    private EvidenceUrl() {
    }

    /** What is wrong with the address; empty when it may be recorded. */
    public static Optional<Problem> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of(Problem.MISSING);
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(Problem.MALFORMED);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(Problem.NOT_HTTP);
        }
        if (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            return Optional.of(Problem.CREDENTIALS);
        }
        if (uri.getRawAuthority() == null || uri.getRawAuthority().isBlank()) {
            return Optional.of(Problem.NO_SITE);
        }
        return Optional.empty();
    }
}
