package uk.safeguardcases.domain.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The web address of captured content: a complete http(s) address, without a user name or password. */
public final class EvidenceUrl {

    /** The longest address kept (the column's size). */
    public static final int MAX_LENGTH = 2000;

    private EvidenceUrl() {
    }

    /** What is wrong with the address, in plain words; empty when it may be recorded. */
    public static Optional<String> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("Give the web address.");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("This must be " + String.format("%,d", MAX_LENGTH) + " characters or fewer.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("This is not a valid web address: check it, or copy it again from the browser.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("Give the full web address, starting with https:// or http://.");
        }
        if (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            return Optional.of("Remove the user name or password from the address: evidence is gathered by open"
                    + " methods only, and passwords are never recorded.");
        }
        if (uri.getRawAuthority() == null || uri.getRawAuthority().isBlank()) {
            return Optional.of("Give the full web address, including the site's name (e.g. https://www.facebook.com/…).");
        }
        return Optional.empty();
    }
}
