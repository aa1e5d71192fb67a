package uk.safeguardcases.application.publicconcern;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.domain.publicconcern.ReporterRelation;

/**
 * A public report as the board's officers and seniors see it on the case page: who the reporter is, if they said, and
 * whether the e-mail address they gave is confirmed as theirs (until it is, the board's messages only wait).
 */
public record ReportForOfficers(ReporterRelation relation, String reporterName, String reporterEmail,
        String reporterPhone, String organisationAsKnown, boolean outcomeShown, Instant receivedAt,
        Instant detailsRemovedAt, List<Message> messages, boolean emailConfirmed) implements Serializable {

    public boolean anonymous() {
        return reporterName == null && reporterEmail == null && reporterPhone == null;
    }

    public record Message(boolean fromReporter, String body, String writtenBy, Instant at) implements Serializable {
    }
}
