package uk.safeguardcases.application.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguardcases.application.audit.TrustedTime;

/**
 * Every {@link TrustedTime} bean, asked in turn. None, none configured, or none answering: no token, and the document
 * is signed without a trusted time; this never fails the step that signs.
 */
@ApplicationScoped
public class TrustedTimes {

    private static final Logger LOG = Logger.getLogger(TrustedTimes.class.getName());

    @Inject
    private Instance<TrustedTime> authorities;

    /** A token over {@code sha256} from the first authority that gives one, or empty. */
    public Optional<byte[]> stamp(byte[] sha256) {
        for (TrustedTime authority : authorities) {
            try {
                Optional<byte[]> token = authority.stamp(sha256);
                if (token != null && token.isPresent()) {
                    return token;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The time-stamping authority did not answer: {0}", e.toString());
            }
        }
        return Optional.empty();
    }

    /** Whether any authority's address is set. */
    public boolean configured() {
        for (TrustedTime authority : authorities) {
            try {
                if (authority.configured()) {
                    return true;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The time-stamping authority's setting could not be read: {0}", e.toString());
            }
        }
        return false;
    }
}
