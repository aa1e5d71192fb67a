package uk.safeguardcases.application.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguardcases.application.audit.TimelineActions;
import uk.safeguardcases.domain.cases.SubjectAction;

/** What saying whom a case is about records on the timeline, registered so it is read back as its kind. */
@ApplicationScoped
public class CaseSubjectActions implements TimelineActions {

    @Override
    public List<SubjectAction> actions() {
        return List.of(SubjectAction.values());
    }
}
