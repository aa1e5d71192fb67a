package uk.safeguardcases.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.application.audit.TimelineActions;
import uk.safeguardcases.domain.search.SearchAction;

/** What the searches record on the timeline, registered so each entry is read back as its kind. */
@ApplicationScoped
public class SearchActions implements TimelineActions {

    @Override
    public List<SearchAction> actions() {
        return List.of(SearchAction.values());
    }
}
