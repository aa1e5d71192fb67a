package uk.safeguardcases.domain.publicconcern;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;

/**
 * A proof-of-work challenge, so that raising concerns by the thousand costs the sender real work, with no third-party
 * service: the server signs (HS256, by the kept JOSE library) a random id, an expiry and a difficulty; the page's
 * script finds a nonce such that SHA-256 of {@code <challenge>:<nonce>} starts with {@code difficulty} zero bits (a
 * second or two on a phone); the server checks the signature, the expiry, the difficulty and the work. That each
 * challenge is taken once is the caller's to keep (by its {@link Checked#id()}).
 */
public final class WorkChallenge {

    /** Zero bits asked for: about 65,000 hashes on average. */
    public static final int DIFFICULTY = 16;
    /** The most asked for, when a board's page is flooded: about a million hashes (seconds on a phone). */
    public static final int DIFFICULTY_MOST = 20;
    public static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private WorkChallenge() {
    }

    public enum Refusal {
        MALFORMED, NOT_SIGNED_HERE, EXPIRED, TOO_EASY, NOT_ENOUGH_WORK
    }

    /** A challenge that passed: its id, to be taken once, and when it expires (till then its id must be kept). */
    public record Checked(String id, Instant expires) {
    }

    /** The outcome of a check: the challenge, or why it was refused. */
    public record Result(Checked challenge, Refusal refusal) {

        public boolean passed() {
            return refusal == null;
        }
    }

    /**
     * The work asked for on a board's page, given how many concerns it has had in the last hour ({@code RAISED_ON_BOARD},
     * 100 at most): one more bit for every 20, so a flood from many addresses costs more and more before the board's
     * limit is reached, while a quiet board's page asks the usual.
     */
    public static int difficultyFor(double raisedLastHour) {
        return Math.min(DIFFICULTY_MOST, DIFFICULTY + (int) Math.max(0, raisedLastHour / 20));
    }

    public static String issue(byte[] key, Instant now, int difficulty) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        JWTClaimsSet claims = new JWTClaimsSet.Builder().jwtID(HexFormat.of().formatHex(id))
                .expirationTime(Date.from(now.plus(LIFETIME))).claim("difficulty", difficulty).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("The challenge key is unusable", e);
        }
        return jwt.serialize();
    }

    public static Result check(byte[] key, String challenge, String nonce, Instant now, int difficulty) {
        if (challenge == null || nonce == null || challenge.length() > 1000 || nonce.isEmpty() || nonce.length() > 40
                || !nonce.chars().allMatch(Character::isLetterOrDigit)) {
            return refused(Refusal.MALFORMED);
        }
        JWTClaimsSet claims;
        try {
            SignedJWT jwt = SignedJWT.parse(challenge);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
                return refused(Refusal.NOT_SIGNED_HERE);
            }
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return refused(Refusal.MALFORMED);
        }
        Date expires = claims.getExpirationTime();
        Object asked = claims.getClaim("difficulty");
        if (expires == null || claims.getJWTID() == null || !(asked instanceof Number)) {
            return refused(Refusal.MALFORMED);
        }
        if (!now.isBefore(expires.toInstant())) {
            return refused(Refusal.EXPIRED);
        }
        if (((Number) asked).intValue() < difficulty) {
            return refused(Refusal.TOO_EASY);
        }
        if (leadingZeroBits(sha256(challenge + ":" + nonce)) < difficulty) {
            return refused(Refusal.NOT_ENOUGH_WORK);
        }
        return new Result(new Checked(claims.getJWTID(), expires.toInstant()), null);
    }

    /** The work, done here as the page's script does it (for tests and for people without script, who are told). */
    public static String solve(String challenge, int difficulty) {
        for (long n = 0; ; n++) {
            String nonce = Long.toString(n, 36);
            if (leadingZeroBits(sha256(challenge + ":" + nonce)) >= difficulty) {
                return nonce;
            }
        }
    }

    static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xFF) - 24;
        }
        return bits;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Result refused(Refusal why) {
        return new Result(null, why);
    }
}
