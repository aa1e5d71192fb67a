package uk.safeguardcases.application.leaving;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.application.audit.TimelineActions;
import uk.safeguardcases.domain.leaving.LeavingAction;

/** A board's leaving's timeline entries, registered so the timeline reads them back as their kind. */
@ApplicationScoped
public class LeavingActions implements TimelineActions {

    @Override
    public List<LeavingAction> actions() {
        return List.of(LeavingAction.values());
    }
}
