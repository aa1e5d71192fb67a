package uk.safeguardcases.domain.people;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes in Jakarta Security's {@code Pbkdf2PasswordHash} format
 * ({@code algorithm:iterations:salt:hash}, Base64), so the stored hashes stay readable by the
 * standard implementation. Only hashes are ever stored.
 */
public final class PasswordHashing {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Checked against when the user name is unknown, so a wrong name costs as long as a wrong password: a stored
     * hash at today's rounds whose salt and key are all zero bytes (and an unknown name fails whatever the check
     * finds). Written out rather than hashed as the class loads: that was a 210,000-round PBKDF2 in a cold JVM, on
     * the server's start (issue 64).
     */
    private static final String DECOY =
            ALGORITHM + ":" + ITERATIONS + ":" + zeros(SALT_BYTES) + ":" + zeros(KEY_BITS / 8);

    private PasswordHashing() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    /**
     * True when the password matches. A missing hash (unknown user) is checked against a decoy, so it
     * takes as long as a real check and still fails; a malformed hash never matches.
     */
    public static boolean verify(char[] password, String stored) {
        String[] parts = (stored == null ? DECOY : stored).split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual) && stored != null;
    }

    /** The hash an unknown name's password is checked against (for the tests). */
    static String decoy() {
        return DECOY;
    }

    private static String zeros(int bytes) {
        return Base64.getEncoder().encodeToString(new byte[bytes]);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
            try {
                return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every Java runtime", e);
        }
    }
}
