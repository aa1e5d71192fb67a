package uk.safeguardcases.application.metrics;

/** An account locked after too many failed sign-ins in a row, on this board (its person is not named here). */
public record AccountLockedOut(String board) {
}
