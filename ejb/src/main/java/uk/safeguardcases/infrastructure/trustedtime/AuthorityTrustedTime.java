package uk.safeguardcases.infrastructure.trustedtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguardcases.application.audit.TrustedTime;

/**
 * The product's trusted time: the time-stamping authority whose address the operator sets, the system property
 * {@code safeguard.tsa.url} or else the environment's {@code SAFEGUARD_TSA_URL} (an {@code http(s)://} address, read at
 * every request so it can be set or changed without a restart). With none set the product goes on without a time
 * and says so; when the authority does not answer, or answers with something that does not hold, it goes on without
 * one too, with a warning in the log (the authority's host and why, never a digest or whose it was) and a figure.
 */
@ApplicationScoped
public class AuthorityTrustedTime implements TrustedTime {

    public static final String PROPERTY = "safeguard.tsa.url";
    public static final String ENVIRONMENT = "SAFEGUARD_TSA_URL";

    private static final Logger LOG = Logger.getLogger(AuthorityTrustedTime.class.getName());

    private final Rfc3161Client client = new Rfc3161Client();

    @Inject
    private Event<TrustedTimeAsked> asked;

    /** The last unusable setting warned of, so it is said once rather than with every piece of evidence. */
    private volatile String warnedOf;

    @Override
    public boolean configured() {
        return address().isPresent();
    }

    @Override
    public Optional<byte[]> stamp(byte[] sha256) {
        Optional<URI> address = address();
        if (address.isEmpty()) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        Rfc3161Client.Answer answer = client.stamp(address.get(), sha256);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (!answer.granted()) {
            LOG.log(Level.WARNING, "The time-stamping authority at {0} gave no token ({1}: {2}); going on without a"
                    + " trusted time", new Object[] {address.get().getHost(), answer.failure(), answer.reason()});
        }
        try {
            asked.fire(new TrustedTimeAsked(answer.failure(), millis));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The trusted time's figures were not counted", e);
        }
        return Optional.ofNullable(answer.token());
    }

    /** The authority's address as set, if it is a usable one. */
    Optional<URI> address() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(ENVIRONMENT);
        }
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<URI> uri = usable(value.strip());
        if (uri.isEmpty() && !value.equals(warnedOf)) {
            warnedOf = value;
            LOG.warning(() -> PROPERTY + " (or " + ENVIRONMENT + ") is not an http(s) address; no trusted time is asked");
        }
        return uri;
    }

    static Optional<URI> usable(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // Not an address: said once by the caller.
        }
        return Optional.empty();
    }
}
