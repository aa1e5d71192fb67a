package uk.safeguardcases.application.cases;

import java.util.Map;

/**
 * Each board's last issued reference of each numbered series (its cases, and the {@link ReferenceSeries} of other
 * processes), kept where a restore of the database cannot roll it back (beside the
 * backup archive). A restore takes the database back to a moment; the references given out after that moment were
 * seen by people (on screens, in e-mails, on letters), so a restored server must never give them to other cases.
 */
public interface IssuedReferences {

    /** Whether the references are kept at all (a place is configured). */
    boolean kept();

    /** The series of case references (CHSCB-2026-0042). */
    String CASES = "";

    /** Records that the board's number {@code number} of {@code year} was given to a case whose transaction committed. */
    default void issued(String tenantId, int year, int number) {
        issued(tenantId, CASES, year, number);
    }

    /** Records that number {@code number} of the board's {@code series} for {@code year} was given and committed. */
    void issued(String tenantId, String series, int year, int number);

    /**
     * Keeps the number before the caller's transaction commits, so no reference is answered to anyone unless it is
     * kept; when it cannot be kept, {@link ReferencesNotKeptException} refuses the whole record (nothing is saved). A
     * record rolled back after this leaves its number kept and unused: a restore then skips it, which costs a gap,
     * never a reference given twice. Nothing when the references are not kept.
     */
    void keep(String tenantId, String series, int year, int number);

    /**
     * Why references cannot be kept just now (the folder missing, not a folder, not writable, the disk full), or null
     * when they can or are not kept at all; checked afresh at most every few seconds. For readiness and the figures.
     */
    String problem();

    /** The highest number recorded for each board, series and year, from every node that recorded one. */
    Map<BoardYear, Integer> highest();

    /** A board's references of one series and year; the series is {@link #CASES} or a {@link ReferenceSeries}' code. */
    record BoardYear(String tenantId, String series, int year) {

        public BoardYear(String tenantId, int year) {
            this(tenantId, CASES, year);
        }
    }
}
