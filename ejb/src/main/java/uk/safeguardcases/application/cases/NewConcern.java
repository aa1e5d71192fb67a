package uk.safeguardcases.application.cases;

import uk.safeguardcases.domain.cases.CaseSource;

/** A concern as it is raised: about whom, at which parent organisation, from where, and what. */
public record NewConcern(String subjectName, Long organisationId, CaseSource source, String summary) {
}
