package uk.safeguardcases.application.api;

import jakarta.ejb.ApplicationException;

/** An Idempotency-Key already used on the board for a different request: nothing is created. */
@ApplicationException(rollback = true)
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException(String message) {
        super(message);
    }
}
