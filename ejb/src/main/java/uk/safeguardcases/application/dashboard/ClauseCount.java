package uk.safeguardcases.application.dashboard;

import java.io.Serializable;

/**
 * How many cases have an allegation citing one clause of the board's policy (any of its versions).
 *
 * @param clauseText the clause's own words, in its latest version
 */
public record ClauseCount(Long clauseId, String clauseReference, String clauseText, long cases)
        implements Serializable {
}
