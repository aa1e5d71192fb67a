package uk.safeguardcases.application.search;

import java.util.Set;
import uk.safeguardcases.domain.evidence.Platform;

/**
 * What an officer gives to ask for a search about a child (LSCB §3): the child identified minimally (the board's
 * reference, the agency's own case number, the year of birth for retention), the justifiable concern, the platforms
 * and what will be looked at, and their declaration that only open methods will be used.
 */
public record ChildSearchRequestDetails(String childReference, String agencyCaseNumber, Integer childBirthYear,
        String concern, Set<Platform> platforms, String lookedAt, boolean openMethodsDeclared) {
}
