package uk.safeguardcases.application.people;

/** What a person must do next after a right password, before they are signed in. */
public enum SignInStep {
    /** Nothing: they are in. */
    DONE,
    /** Their board requires a second factor and they have none yet: set up an authenticator app now. */
    SET_UP_SECOND_FACTOR,
    /** Type the code from their authenticator app (or a recovery code). */
    ENTER_CODE,
    /** Their administrator requires a new password first. */
    CHOOSE_PASSWORD
}
