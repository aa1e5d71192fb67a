package uk.safeguardcases.application.search;

import uk.safeguardcases.application.tenancy.AccessRefusedException;

/** A search that its authorisation does not cover: after it expired or ended, or on a platform not authorised. */
public class OutsideAuthorisationException extends AccessRefusedException {

    public OutsideAuthorisationException(String message) {
        super(message);
    }
}
