package uk.safeguardcases.application.retention;

/**
 * One turn of the retention purge.
 *
 * @param removed how many cases this turn removed
 * @param more whether its time ran out with cases still due (the process takes another turn)
 */
public record PurgeTurn(int removed, boolean more) {
}
