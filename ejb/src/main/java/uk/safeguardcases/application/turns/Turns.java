package uk.safeguardcases.application.turns;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns for one kind of heavy work on this node: at most {@link #atOnce()} of it runs at once, the rest waits its
 * turn in the order it came, up to {@link #waitAtMost()}, outside any transaction (no connection or lock held while
 * waiting). Work that finds no turn in that time is refused, nothing done, to be asked again. On two cores the people
 * at their pages then keep a core while a burst of it runs (benchmarks/rounds/load.md, 2026-12-03). Each kind is a
 * subclass of its own, registered by being a bean: monitoring tools' reports ({@code IntakeTurns}) and whole audit
 * chain checks ({@code ChainCheckTurns}). A waiting caller holds its request thread.
 */
public class Turns {

    private final int atOnce;
    private final Semaphore turns;
    private final String waitProperty;
    private final long waitSecondsByDefault;

    /**
     * @param atOnce how many at once (at least one)
     * @param waitProperty the system property naming the wait in seconds, read on every take
     * @param waitSecondsByDefault the wait when the property is not set
     */
    protected Turns(int atOnce, String waitProperty, long waitSecondsByDefault) {
        this.atOnce = Math.max(1, atOnce);
        this.turns = new Semaphore(this.atOnce, true);
        this.waitProperty = waitProperty;
        this.waitSecondsByDefault = waitSecondsByDefault;
    }

    /** How many of this work the node does at once. */
    public int atOnce() {
        return atOnce;
    }

    /** How long work waits for its turn before it is refused. */
    public Duration waitAtMost() {
        return Duration.ofSeconds(Math.max(0, Long.getLong(waitProperty, waitSecondsByDefault)));
    }

    /** A turn, once one is free within {@link #waitAtMost()}; empty when none was (the caller answers busy). */
    public Optional<Turn> take() throws InterruptedException {
        return turns.tryAcquire(waitAtMost().toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(new Turn())
                : Optional.empty();
    }

    /** One piece of work's turn, given back when it is closed (once, however often it is closed). */
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
