package uk.safeguardcases.application.signing;

import java.time.Instant;

/**
 * Checks a detached CMS signature that another deployment made over a file (issue 67: a package a board imports),
 * before anything of the file is read.
 */
public interface DetachedSignatures {

    /**
     * The signature {@code signature} over exactly {@code content}, checked with the certificate it carries; when it
     * carries a time-stamp token, that token checked too (over this signature, signed by its own certificate).
     *
     * @throws SignatureRefusedException when it is not a signature, not over these bytes, or its token is not
     */
    Verified verify(byte[] content, byte[] signature);

    /**
     * @param subject the signing certificate's subject ({@code CN=…, O=…})
     * @param sha256Fingerprint the signing certificate's SHA-256, in upper-case hex pairs separated by colons
     * @param trustedTime the time-stamp token's time, or null when the signature carries none
     */
    record Verified(String subject, String sha256Fingerprint, Instant trustedTime) {
    }

    /** A certificate as PEM, read: its SHA-256 fingerprint and subject, or {@link SignatureRefusedException}. */
    Verified certificate(String pem);

    /** What can be wrong with a signature or a certificate (each page says it in its own words). */
    enum Refusal {
        /** Not a signature, or not one that can be read. */
        UNREADABLE,
        /** A signature, but not over these bytes: the file was changed after it was signed. */
        CHANGED,
        /** Not one signer with its certificate. */
        NO_SIGNER,
        /** A time-stamp token that is not over this signature or not valid. */
        TIME_INVALID,
        /** Not a certificate in PEM. */
        NOT_A_CERTIFICATE
    }

    /** A signature or a certificate refused, and why. */
    final class SignatureRefusedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final Refusal refusal;

        public SignatureRefusedException(Refusal refusal) {
            super("Signature refused: " + refusal);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }
}
