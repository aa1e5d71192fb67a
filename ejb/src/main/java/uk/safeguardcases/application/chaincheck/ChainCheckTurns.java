package uk.safeguardcases.application.chaincheck;

import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguardcases.application.turns.Turns;

/**
 * Turns for the whole audit chain checks administrators ask for on this node ({@link Turns}): one at a time
 * ({@code -Dsafeguard.chainCheck.atOnce}), the others waiting their turn up to
 * {@code -Dsafeguard.chainCheck.waitSeconds} (60). A whole walk of a national board's chain takes one core for
 * seconds; in the working day the four boards' administrators asked at once, the four walks took both cores for
 * about 20 s and every page family's slowest requests were in those seconds (benchmarks/rounds/load.md,
 * 2026-12-03). A check that finds no turn is refused as busy, nothing recorded, to be asked again.
 */
@ApplicationScoped
public class ChainCheckTurns extends Turns {

    public ChainCheckTurns() {
        this(Integer.getInteger("safeguard.chainCheck.atOnce", 1));
    }

    ChainCheckTurns(int atOnce) {
        super(atOnce, "safeguard.chainCheck.waitSeconds", 60);
    }
}
