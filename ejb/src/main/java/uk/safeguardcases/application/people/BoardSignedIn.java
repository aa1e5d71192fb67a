package uk.safeguardcases.application.people;

/**
 * A board's person has just signed in: fired by the sign-in for whoever keeps when a board was last used (the hosting
 * operator's view of a board's health). It carries the board only, nobody's name; an observer that fails never stops
 * the sign-in.
 */
public record BoardSignedIn(String tenantId) {
}
