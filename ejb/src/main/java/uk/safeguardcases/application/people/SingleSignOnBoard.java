package uk.safeguardcases.application.people;

/** A board whose people sign in through its own identity provider, as the sign-in page offers it. */
public record SingleSignOnBoard(String board, String name) {
}
