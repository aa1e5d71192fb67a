package uk.safeguardcases.domain.evidence;

import jakarta.ejb.ApplicationException;

/**
 * Stored evidence no longer matches the SHA-256 recorded when it was captured: it was changed (or removed)
 * behind the product's back. Nothing is returned; the caller sees this exception itself, not a wrapped one.
 */
@ApplicationException(rollback = true)
public class EvidenceTamperedException extends IllegalStateException {

    public EvidenceTamperedException(String message) {
        super(message);
    }
}
