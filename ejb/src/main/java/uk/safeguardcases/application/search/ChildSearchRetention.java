package uk.safeguardcases.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import uk.safeguardcases.application.retention.RetentionStep;

/** Searches about a child are kept until the child's 25th birthday (or the board's age), then removed. */
@ApplicationScoped
public class ChildSearchRetention implements RetentionStep {

    @Inject
    private SearchRemoval removal;

    @Override
    public int removeDue(LocalDate today) {
        return removal.removeDue(today);
    }
}
