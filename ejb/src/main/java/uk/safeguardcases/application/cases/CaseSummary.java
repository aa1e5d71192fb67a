package uk.safeguardcases.application.cases;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.Instant;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;

/**
 * A case as lists and headers show it. {@code source} and {@code status} are the English labels (for the API,
 * PDFs and exports); pages take their words for {@code sourceValue} and {@code statusValue} from their bundles,
 * in the page's language. The values are not part of the API's answer, which keeps its documented shape; nor is
 * {@code held}, whether a legal hold keeps the case (pages flag it).
 */
public record CaseSummary(Long id, String reference, String subjectName, String organisationName, String source,
        String status, Instant raisedAt, String raisedBy, @JsonbTransient CaseSource sourceValue,
        @JsonbTransient CaseStatus statusValue, @JsonbTransient boolean held) implements Serializable {
}
