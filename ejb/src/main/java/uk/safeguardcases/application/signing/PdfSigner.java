package uk.safeguardcases.application.signing;

import java.util.Optional;
import java.util.function.Function;

/**
 * The port that signs (issue 66); the PDF and CMS libraries are behind it, in {@code infrastructure/signing}. One key
 * signs for the whole deployment: the operator's, or one the server made for itself.
 */
public interface PdfSigner {

    /**
     * The PDF signed (PAdES baseline B-B), appended to as an incremental update so the bytes laid out stay as they
     * were. {@code stamp} is asked for a time-stamp token over the SHA-256 of the signature value: when it gives one,
     * the signature carries it (B-T); when it gives none, the signature is made without a trusted time.
     */
    Signed sign(byte[] pdf, Function<byte[], Optional<byte[]>> stamp);

    /** A detached CMS signature over {@code content} (a file that is not a PDF), with a time-stamp token as above. */
    Signed signBeside(byte[] content, Function<byte[], Optional<byte[]>> stamp);

    /** Who signs. */
    Signer signer();

    /**
     * @param content the signed PDF, or the detached signature
     * @param trustedTime whether a time-stamp token was put in the signature
     */
    record Signed(byte[] content, boolean trustedTime) {
    }

    /**
     * @param subject the certificate's subject, as a reader shows it ({@code CN=…, O=…})
     * @param certificatePem the certificate (PEM), the one to trust
     * @param sha256Fingerprint the certificate's SHA-256, in upper-case hex pairs separated by colons
     * @param ownKey true when no operator's key is set and the server signs with one it made for itself
     */
    record Signer(String subject, String certificatePem, String sha256Fingerprint, boolean ownKey) {
    }
}
