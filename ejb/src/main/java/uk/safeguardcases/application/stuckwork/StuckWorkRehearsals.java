package uk.safeguardcases.application.stuckwork;

/**
 * The operator's drill of stuck work on a rehearsal node ({@code -Dsafeguard.rehearsal=true}, never production): a
 * board's step made to stop and an e-mail given up on, through the product's own paths, so the figures, alerts and
 * the board's Stuck work page show them as real ones. Each answers, in a sentence, what it did and what to watch.
 */
public interface StuckWorkRehearsals {

    /** Whether this node is a rehearsal node; on any other, nothing here does anything. */
    boolean enabled();

    /** The board's nightly chain check fails until {@link #mend}, and stops. */
    String stuckStep(String board);

    /** The board's chain check no longer fails: "Try again" then runs it to its end. */
    String mend(String board);

    /** An e-mail to the board's staff, given up at its first failure. */
    String givenUpMail(String board);
}
