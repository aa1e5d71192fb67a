package uk.safeguardcases.application.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.application.audit.TimelineActions;
import uk.safeguardcases.domain.disclosure.DisclosureAction;

/** What the disclosure log records on the timeline, registered so each entry is read back as its kind. */
@ApplicationScoped
public class DisclosureActions implements TimelineActions {

    @Override
    public List<DisclosureAction> actions() {
        return List.of(DisclosureAction.values());
    }
}
