package uk.safeguardcases.application;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one address at which people reach the product: the start of every link in an e-mail and of every absolute
 * address the product sends a browser to. It is configured, never taken from a request, because a request's
 * {@code Host} header is whatever the sender wrote ({@code Host: evil.example} would otherwise put another site into
 * a password-reset link or a redirect).
 *
 * <p>Set by the system property {@code safeguard.base.url} (the run command passes its own HTTPS address, or the
 * balancer's), else by the environment's {@code SAFEGUARD_BASE_URL}. Without either (a test server) it is this
 * server's own HTTPS listener on the loopback name, {@code https://localhost:<8443 + port offset>}: safe, though only
 * right for someone on the same machine. An address that is not a plain {@code http(s)://host[:port][/path]} is
 * refused with a warning, and the default is used instead.
 */
public final class PublicAddress {

    public static final String PROPERTY = "safeguard.base.url";
    public static final String ENVIRONMENT = "SAFEGUARD_BASE_URL";
    private static final Logger LOG = Logger.getLogger(PublicAddress.class.getName());
    /** The last unusable address warned of, so a wrong setting is said once rather than with every e-mail. */
    private static volatile String warnedOf;

    private PublicAddress() {
    }

    /** The product's address, without a trailing slash, e.g. {@code https://cases.board.example}. */
    public static String base() {
        return configured().orElseGet(PublicAddress::loopbackDefault);
    }

    /** The address of {@code path} (which starts with "/") on the product. */
    public static String of(String path) {
        return base() + path;
    }

    /** The address the operator configured, if any (and if it is a usable one). */
    public static Optional<String> configured() {
        String value = System.getProperty(PROPERTY);
        String source = PROPERTY;
        if (value == null || value.isBlank()) {
            value = System.getenv(ENVIRONMENT);
            source = ENVIRONMENT;
        }
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String normalised = normalise(value);
        if (normalised == null && !value.equals(warnedOf)) {
            warnedOf = value;
            String from = source;
            LOG.warning(() -> from + " is not an address such as https://cases.board.example; using "
                    + loopbackDefault() + " instead");
        }
        return Optional.ofNullable(normalised);
    }

    /** This server's HTTPS listener on the loopback name (WildFly's https port plus the port offset). */
    public static String loopbackDefault() {
        int port = Integer.getInteger("jboss.https.port", 8443) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "https://localhost" + (port == 443 ? "" : ":" + port);
    }

    /** {@code value} as a base address without a trailing slash, or null when it is not a plain http(s) address. */
    static String normalise(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return null;
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path;
    }
}
