package uk.safeguardcases.application.tenancy;

import jakarta.ejb.ApplicationException;

/** The caller may not do this (wrong role, not signed in). Shown to the user as a 403 in plain words. */
@ApplicationException(rollback = true)
public class AccessRefusedException extends RuntimeException {
    public AccessRefusedException(String message) {
        super(message);
    }
}
