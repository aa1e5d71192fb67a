package uk.safeguardcases.application.publicconcern;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.application.audit.TimelineActions;
import uk.safeguardcases.domain.publicconcern.PublicConcernAction;

/** What concerns from anyone record on the timeline, registered so it is read back as its kind. */
@ApplicationScoped
public class PublicConcernActions implements TimelineActions {

    @Override
    public List<PublicConcernAction> actions() {
        return List.of(PublicConcernAction.values());
    }
}
