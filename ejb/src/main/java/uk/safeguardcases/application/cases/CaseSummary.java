package uk.safeguardcases.application.cases;

import java.io.Serializable;
import java.time.Instant;

/** A case as lists and headers show it. */
public record CaseSummary(Long id, String reference, String subjectName, String organisationName, String source,
        String status, Instant raisedAt, String raisedBy) implements Serializable {
}
