package uk.safeguardcases.application.audit;

import java.util.Optional;

/**
 * A trusted time for a digest (RFC 3161): a token a time-stamping authority signed over a SHA-256 digest, so that
 * someone outside the product can show the digest existed at that time. The product asks every bean of this port;
 * with none, or when the authority does not answer, it goes on without a time and says so. Never fails a step.
 */
public interface TrustedTime {

    /**
     * The DER-encoded time-stamp token (RFC 3161 {@code TimeStampToken}) over this SHA-256 digest, or empty when no
     * authority is set or it did not answer in time.
     */
    Optional<byte[]> stamp(byte[] sha256);

    /** Whether an authority's address is set at all (a board's page says so when it is not). */
    boolean configured();
}
