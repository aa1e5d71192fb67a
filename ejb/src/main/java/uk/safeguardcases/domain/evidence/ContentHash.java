package uk.safeguardcases.domain.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 that fixes a piece of evidence at capture (DESIGN.md: "SHA-256 of the content; never altered
 * after capture"). Always 64 lower-case hexadecimal characters.
 *
 * <p>What is hashed is exactly what is stored, byte for byte, chosen in this order:
 * <ol>
 * <li>a file: the file's bytes, as stored in {@code evidence_file.content} (the captured text, if any, is
 *     kept beside it but is not part of this hash);</li>
 * <li>else captured text: the UTF-8 encoding of {@code evidence.captured_text}, exactly as stored (no
 *     trimming, no line-ending or Unicode normalisation);</li>
 * <li>else a web address only: the UTF-8 encoding of {@code evidence.url} as stored;</li>
 * <li>else (illegal imagery reported without an address, where neither the images nor any text are ever
 *     stored): the UTF-8 encoding of {@code evidence.report_reference} as stored.</li>
 * </ol>
 * Illegal imagery with an address therefore carries the hash of the address (rule 3).
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** SHA-256 of the bytes, in lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** SHA-256 of the text's UTF-8 encoding, in lower-case hex. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The hash of a piece of evidence, by the rules above; each argument is null when not stored. */
    public static String ofEvidence(byte[] file, String capturedText, String url, String reportReference) {
        if (file != null) {
            return sha256Hex(file);
        }
        for (String stored : new String[] {capturedText, url, reportReference}) {
            if (stored != null) {
                return sha256Hex(stored);
            }
        }
        throw new IllegalArgumentException("Evidence needs a file, captured text, a web address or a report reference");
    }
}
