package uk.safeguardcases.application.people;

/**
 * A sign-in through a board's identity provider that did not end with a person of the board. The message says why for
 * the server's log; it never carries the person's name or tokens.
 */
public class SingleSignOnRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public SingleSignOnRefused(String reason) {
        super(reason);
    }

    public SingleSignOnRefused(String reason, Throwable cause) {
        super(reason, cause);
    }
}
