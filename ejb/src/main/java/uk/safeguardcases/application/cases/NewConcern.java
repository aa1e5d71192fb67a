package uk.safeguardcases.application.cases;

import uk.safeguardcases.domain.cases.CaseSource;

/**
 * A concern as it is raised: about whom, at which parent organisation, from where, and what.
 *
 * @param subjectUsername the member's user name when they have an account on the board (optional)
 */
public record NewConcern(String subjectName, Long organisationId, CaseSource source, String summary,
        String subjectUsername) {

    public NewConcern(String subjectName, Long organisationId, CaseSource source, String summary) {
        this(subjectName, organisationId, source, summary, null);
    }
}
