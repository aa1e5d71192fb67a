package uk.safeguardcases.application.trustedtime;

import java.util.Optional;

/**
 * Reads a time-stamp token (RFC 3161) the product kept: what it says and whether its signature still holds against
 * the authority's certificate it carries. Implemented beside the time-stamping client, on a kept library.
 */
public interface TimestampTokens {

    /** What the token says; empty when the bytes are not a token whose signature verifies. */
    Optional<TokenFacts> read(byte[] der);

    /**
     * What a token says.
     *
     * @param time the time the authority put in it ({@code genTime})
     * @param authority who the authority is: the subject of the certificate that signed it
     * @param imprintSha256 the SHA-256 it was asked for (its message imprint), in lower-case hex
     * @param serialNumber the authority's serial number of the token, in decimal
     */
    record TokenFacts(java.time.Instant time, String authority, String imprintSha256, String serialNumber) {
    }
}
