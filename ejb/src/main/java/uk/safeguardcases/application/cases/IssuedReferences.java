package uk.safeguardcases.application.cases;

import java.util.Map;

/**
 * Each board's last issued case reference, kept where a restore of the database cannot roll it back (beside the
 * backup archive). A restore takes the database back to a moment; the references given out after that moment were
 * seen by people (on screens, in e-mails, on letters), so a restored server must never give them to other cases.
 */
public interface IssuedReferences {

    /** Whether the references are kept at all (a place is configured). */
    boolean kept();

    /** Records that the board's number {@code number} of {@code year} was given to a case whose transaction committed. */
    void issued(String tenantId, int year, int number);

    /** The highest number recorded for each board and year, from every node that recorded one. */
    Map<BoardYear, Integer> highest();

    /** A board's references of one year. */
    record BoardYear(String tenantId, int year) {
    }
}
