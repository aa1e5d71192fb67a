package uk.safeguardcases.application.publicconcern;

import jakarta.ejb.ApplicationException;

/**
 * A receipt code that opens nothing on this board: one answer for every wrong code (mistyped, made up, another
 * board's, or a report whose details were removed), so an answer says nothing about which it was.
 */
@ApplicationException(rollback = false)
public class WrongCodeException extends RuntimeException {

    public WrongCodeException() {
        super("That code opens nothing here");
    }
}
