package uk.safeguardcases.application.api;

import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguardcases.application.turns.Turns;

/**
 * Turns for monitoring tools' reports on this node ({@link Turns}): at most half its cores' worth of reports are
 * raised at once ({@code -Dsafeguard.intake.atOnce}, at least one), the others wait their turn up to
 * {@code -Dsafeguard.intake.waitSeconds} (20). A tool that sends a burst of concerns at once then has one raised at
 * a time on a two-core node: on the working day's load the bursts, 80 concerns each minute, had made every page
 * family's slowest requests (benchmarks/rounds/load.md, 2026-12-03). A report that finds no turn in that time is
 * answered busy, nothing saved, to be sent again. A waiting report holds its request thread (not yet bounded:
 * docs/operations.md).
 */
@ApplicationScoped
public class IntakeTurns extends Turns {

    public IntakeTurns() {
        this(Integer.getInteger("safeguard.intake.atOnce", Runtime.getRuntime().availableProcessors() / 2));
    }

    IntakeTurns(int atOnce) {
        super(atOnce, "safeguard.intake.waitSeconds", 20);
    }
}
