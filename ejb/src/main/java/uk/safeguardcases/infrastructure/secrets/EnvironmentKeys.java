package uk.safeguardcases.infrastructure.secrets;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.function.Function;
import java.util.logging.Logger;
import uk.safeguardcases.application.security.ServerKeys;

/**
 * The server's keys from its start's system properties or its environment ({@code safeguard.throttle.key}, else
 * {@code SAFEGUARD_THROTTLE_KEY}): a random string of at least 32 characters (e.g. {@code openssl rand -base64 48}),
 * taken through SHA-256 to the 32 bytes used. Without one, a node makes its own at each start and says so in its log:
 * right for one server, but the nodes of a cluster must be given the same.
 */
@ApplicationScoped
public class EnvironmentKeys implements ServerKeys {

    static final String THROTTLE_PROPERTY = "safeguard.throttle.key";
    static final String THROTTLE_VARIABLE = "SAFEGUARD_THROTTLE_KEY";
    static final int SHORTEST = 32;

    private static final Logger LOG = Logger.getLogger(EnvironmentKeys.class.getName());

    private final byte[] throttle;

    public EnvironmentKeys() {
        this(System::getProperty, System::getenv);
    }

    EnvironmentKeys(Function<String, String> properties, Function<String, String> environment) {
        String given = properties.apply(THROTTLE_PROPERTY);
        if (given == null || given.isBlank()) {
            given = environment.apply(THROTTLE_VARIABLE);
        }
        if (given == null || given.isBlank()) {
            LOG.warning(() -> "No " + THROTTLE_VARIABLE + " (or -D" + THROTTLE_PROPERTY + ") given: this node made a"
                    + " throttle key of its own for this run. Give every node of a cluster the same one"
                    + " (docs/operations.md, \"Secrets\").");
            byte[] made = new byte[32];
            new SecureRandom().nextBytes(made);
            throttle = made;
        } else if (given.strip().length() < SHORTEST) {
            throw new IllegalStateException(THROTTLE_VARIABLE + " must be at least " + SHORTEST + " characters long"
                    + " (e.g. openssl rand -base64 48).");
        } else {
            throttle = sha256(given.strip());
        }
    }

    @Override
    public byte[] throttleKey() {
        return throttle.clone();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
