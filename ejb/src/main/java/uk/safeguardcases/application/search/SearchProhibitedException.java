package uk.safeguardcases.application.search;

import uk.safeguardcases.application.tenancy.AccessRefusedException;

/** The board's rule prohibits searching about a child; the message quotes the clause that forbids it. */
public class SearchProhibitedException extends AccessRefusedException {

    public SearchProhibitedException(String message) {
        super(message);
    }
}
