package uk.safeguardcases.domain.people;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

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
    private static final int HMAC_BLOCK = 64;
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

    /**
     * PBKDF2 (RFC 8018) with HMAC-SHA256, the same key as the runtime's {@code PBKDF2WithHmacSHA256} for the same
     * password (UTF-8, as the runtime encodes it), salt and rounds ({@code PasswordHashingTest} compares them). Each
     * round is one HMAC, which is two SHA-256 digests of a padded key block and a message; the runtime's HMAC
     * digests both padded key blocks again every round (four compressions), here the digest's state after each
     * block is kept and copied (two). An attacker's tools do the same already: this halves the server's cost of a
     * sign-in, not the cost of guessing a password.
     */
    static byte[] derive(char[] password, byte[] salt, int iterations) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] key = new byte[encoded.remaining()];
        encoded.get(key);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        try {
            MessageDigest inner = sha256();
            MessageDigest outer = sha256();
            byte[] block = key.length > HMAC_BLOCK ? sha256().digest(key) : key;
            byte[] pad = new byte[HMAC_BLOCK];
            for (int i = 0; i < HMAC_BLOCK; i++) {
                pad[i] = (byte) ((i < block.length ? block[i] : 0) ^ 0x36);
            }
            inner.update(pad);
            for (int i = 0; i < HMAC_BLOCK; i++) {
                pad[i] = (byte) ((i < block.length ? block[i] : 0) ^ 0x5c);
            }
            outer.update(pad);
            Arrays.fill(pad, (byte) 0);
            Arrays.fill(block, (byte) 0);
            byte[] first = new byte[salt.length + 4];
            System.arraycopy(salt, 0, first, 0, salt.length);
            first[salt.length + 3] = 1; // the block's index, 1: 256 bits are one block of SHA-256
            byte[] u = hmac(inner, outer, first);
            byte[] derived = u.clone();
            for (int round = 1; round < iterations; round++) {
                u = hmac(inner, outer, u);
                for (int i = 0; i < derived.length; i++) {
                    derived[i] ^= u[i];
                }
            }
            return derived;
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests of every Java runtime can be copied", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] hmac(MessageDigest inner, MessageDigest outer, byte[] message)
            throws CloneNotSupportedException {
        MessageDigest in = (MessageDigest) inner.clone();
        in.update(message);
        MessageDigest out = (MessageDigest) outer.clone();
        out.update(in.digest());
        return out.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
