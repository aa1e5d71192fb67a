package uk.safeguardcases.application.signing;

/** A document of board {@code board} was signed without a trusted time (the figure counts them once committed). */
public record SignedWithoutTime(String board) {
}
