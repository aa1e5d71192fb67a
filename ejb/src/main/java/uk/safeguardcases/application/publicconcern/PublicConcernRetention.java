package uk.safeguardcases.application.publicconcern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import uk.safeguardcases.application.retention.RetentionStep;

/**
 * A reporter's details and words are removed once their concern, closed at triage, has been closed for the board's
 * period (or its case was removed). Throttle counts whose windows have all ended go too.
 */
@ApplicationScoped
public class PublicConcernRetention implements RetentionStep {

    @Inject
    private ReporterDetailsRetention reports;

    @Override
    public int removeDue(LocalDate today) {
        reports.removeOldThrottles();
        return reports.removeDue(today);
    }
}
