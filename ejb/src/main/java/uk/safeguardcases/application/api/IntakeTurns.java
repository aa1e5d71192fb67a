package uk.safeguardcases.application.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns for monitoring tools' reports on this node: at most half its cores' worth of reports are raised at once
 * ({@code -Dsafeguard.intake.atOnce}, at least one), the others wait their turn in the order they came, up to
 * {@code -Dsafeguard.intake.waitSeconds} (20). A tool that sends a burst of concerns at once then has one raised at
 * a time on a two-core node, and the people at their pages keep the rest of it: on the working day's load the
 * bursts, 80 concerns each minute, had made every page family's slowest requests (benchmarks/rounds/load.md,
 * 2026-12-03). A report that finds no turn in that time is answered busy, nothing saved, to be sent again. A waiting
 * report holds its request thread (not yet bounded: docs/operations.md).
 */
@ApplicationScoped
public class IntakeTurns {

    private final int atOnce;
    private final Semaphore turns;

    public IntakeTurns() {
        this(Integer.getInteger("safeguard.intake.atOnce", Runtime.getRuntime().availableProcessors() / 2));
    }

    IntakeTurns(int atOnce) {
        this.atOnce = Math.max(1, atOnce);
        this.turns = new Semaphore(this.atOnce, true);
    }

    /** How many reports this node raises at once. */
    public int atOnce() {
        return atOnce;
    }

    /** How long a report waits for its turn before it is answered busy. */
    public Duration waitAtMost() {
        return Duration.ofSeconds(Math.max(0, Long.getLong("safeguard.intake.waitSeconds", 20)));
    }

    /** A turn, once one is free within {@link #waitAtMost()}; empty when none was (the caller answers busy). */
    public Optional<Turn> take() throws InterruptedException {
        return turns.tryAcquire(waitAtMost().toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(new Turn())
                : Optional.empty();
    }

    /** One report's turn, given back when it is closed (once, however often it is closed). */
    public final class Turn implements AutoCloseable {

        private final AtomicBoolean open = new AtomicBoolean(true);

        private Turn() {
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                turns.release();
            }
        }
    }
}
