package uk.safeguardcases.application.cases;

import uk.safeguardcases.domain.cases.CaseSource;

/**
 * A concern as it is raised: about whom, at which parent organisation, from where, and what.
 *
 * @param subjectUsername the member's user name when they have an account on the board (optional)
 * @param occurredAt when the conduct happened, as far as the person raising it knows (optional)
 * @param contentUrl the address of the content it is about (optional; http or https)
 * @param occurredOn the day the conduct happened, when only the day is known (optional; instead of occurredAt)
 */
public record NewConcern(String subjectName, Long organisationId, CaseSource source, String summary,
        String subjectUsername, java.time.Instant occurredAt, String contentUrl, java.time.LocalDate occurredOn) {

    public NewConcern(String subjectName, Long organisationId, CaseSource source, String summary,
            String subjectUsername, java.time.Instant occurredAt, String contentUrl) {
        this(subjectName, organisationId, source, summary, subjectUsername, occurredAt, contentUrl, null);
    }

    public NewConcern(String subjectName, Long organisationId, CaseSource source, String summary,
            String subjectUsername) {
        this(subjectName, organisationId, source, summary, subjectUsername, null, null);
    }

    public NewConcern(String subjectName, Long organisationId, CaseSource source, String summary) {
        this(subjectName, organisationId, source, summary, null, null, null);
    }
}
