package uk.safeguardcases.domain.publicconcern;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import uk.safeguardcases.domain.evidence.ContentHash;

/**
 * The code a reporter is given once, and comes back with: 28 characters of Crockford's base32 (140 random bits,
 * so guessing is hopeless even without the limit on wrong codes), shown in seven groups of four. Only its SHA-256
 * is kept: the code is random and long, so a plain hash is enough and lets a report be found by it. Read back
 * forgivingly: spaces, dashes and case are ignored, O is read as 0 and I or L as 1.
 */
public final class ReceiptCode {

    public static final int LENGTH = 28;
    public static final int BITS = LENGTH * 5;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCode() {
    }

    /** A new code, grouped for reading: {@code 7K2M-...}. */
    public static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH + LENGTH / 4);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, made plain (no separators, upper case, look-alikes read as digits); empty if it is not one. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 100) {
            return Optional.empty();
        }
        StringBuilder plain = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u00A0' || c == '\t') {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            plain.append(read);
        }
        return plain.length() == LENGTH ? Optional.of(plain.toString()) : Optional.empty();
    }

    /**
     * What is kept of a code: the SHA-256 of its plain form. Something that is not a code gets the hash of what was
     * typed, which no report has, so it is looked up (and refused) like any wrong code, in the same time.
     */
    public static String digest(String typed) {
        return ContentHash.sha256Hex(normalise(typed).orElse("not a code:" + (typed == null ? "" : typed)));
    }
}
