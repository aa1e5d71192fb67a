package uk.safeguardcases.application.dashboard;

import java.io.Serializable;

/** How many cases have an allegation citing one clause of the board's policy (any of its versions). */
public record ClauseCount(Long clauseId, String clauseReference, long cases) implements Serializable {
}
