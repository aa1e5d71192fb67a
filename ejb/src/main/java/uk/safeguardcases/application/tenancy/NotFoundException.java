package uk.safeguardcases.application.tenancy;

import jakarta.ejb.ApplicationException;

/**
 * Nothing by that name on the caller's board. Another board's records are reported the same way,
 * so a caller cannot even learn that they exist.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
