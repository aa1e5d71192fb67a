package uk.safeguardcases.application.dashboard;

import java.io.Serializable;
import uk.safeguardcases.domain.cases.ConcernsWhom;

/**
 * The board's cases about children, adults at risk, or both: how many are open, and how many were raised in the last
 * twelve months (as triage said; a case not yet triaged counts as about children).
 */
public record ConcernCount(ConcernsWhom whom, long open, long raisedLastYear) implements Serializable {
}
