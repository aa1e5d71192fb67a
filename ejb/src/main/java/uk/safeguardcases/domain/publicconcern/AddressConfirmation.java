package uk.safeguardcases.domain.publicconcern;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The link that confirms a reporter's e-mail address: anyone may type any address on the public page, so until its
 * owner confirms it no e-mail but the one asking them to goes there. The token is 256 random bits, sent once in that
 * e-mail and kept nowhere: only its SHA-256 (random and long, so a plain hash is enough and lets it be found). It
 * works for {@link #LIFETIME}, once; the rules of using it are {@link PublicReport#confirmAddress}.
 */
public final class AddressConfirmation {

    /** How long the link works. */
    public static final Duration LIFETIME = Duration.ofDays(7);
    /** The most links sent to one address, the first included. */
    public static final int MOST_LINKS = 3;
    /** The least time between two links while the last still works. */
    public static final Duration BETWEEN_LINKS = Duration.ofHours(1);
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private AddressConfirmation() {
    }

    /** A new token: 32 random bytes, base64url without padding (43 characters, safe in an address). */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The SHA-256 (lower-case hex) a token is kept and found by; for anything that is not a token, a value no kept
     * digest has (so a malformed token is looked up like any wrong one, and gets the same answer).
     */
    public static String digest(String token) {
        String typed = token == null ? "" : token.strip();
        if (!WELL_FORMED.matcher(typed).matches()) {
            return "-";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(typed.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Why a link is not sent again. */
    public enum NoLink {
        /** No address was given, or the reporter's details were removed. */
        NO_ADDRESS,
        /** The address is confirmed already. */
        CONFIRMED,
        /** {@link #MOST_LINKS} were sent already. */
        NO_MORE,
        /** The last was sent less than {@link #BETWEEN_LINKS} ago and still works. */
        TOO_SOON
    }
}
