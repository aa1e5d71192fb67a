package uk.safeguardcases.application.dpcomplaint;

import java.security.SecureRandom;
import java.util.Locale;
import uk.safeguardcases.domain.evidence.ContentHash;

/**
 * The receipt code a complainant is shown once: 20 characters of Crockford's base32 (100 random bits) in five groups
 * of four. Only its SHA-256 is kept, so the board's staff find a complaint by the code the complainant quotes.
 */
final class ComplaintReceipt {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 20;

    private ComplaintReceipt() {
    }

    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code's digest, read forgivingly (spaces, dashes and case ignored; O read as 0, I and L as 1). */
    static String digest(String typed) {
        StringBuilder plain = new StringBuilder();
        for (char c : (typed == null ? "" : typed).toUpperCase(Locale.ROOT).toCharArray()) {
            char read = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            if (ALPHABET.indexOf(read) >= 0) {
                plain.append(read);
            }
        }
        return ContentHash.sha256Hex("dp-complaint:" + plain);
    }
}
