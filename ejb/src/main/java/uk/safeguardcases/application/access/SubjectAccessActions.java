package uk.safeguardcases.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.application.audit.TimelineActions;
import uk.safeguardcases.domain.access.SubjectAccessAction;

/** What subject access requests record on the timeline since 2026, registered so each entry is read back as its kind. */
@ApplicationScoped
public class SubjectAccessActions implements TimelineActions {

    @Override
    public List<SubjectAccessAction> actions() {
        return List.of(SubjectAccessAction.values());
    }
}
