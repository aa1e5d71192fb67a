package uk.safeguardcases.application.audit;

import java.util.ArrayList;
import java.util.List;
import uk.safeguardcases.domain.audit.TimelineAction;

/** The timeline of a unit test: what the service recorded, in order, with no chain and no database. */
public class RecordedTimeline extends TimelineService {

    /** One entry as recorded: the case (null: the board), the action and its words. */
    public record Recorded(Long caseId, TimelineAction action, String detail) {
    }

    private final List<Recorded> recorded = new ArrayList<>();

    @Override
    public void record(Long caseId, TimelineAction action, String detail) {
        recorded.add(new Recorded(caseId, action, detail));
    }

    @Override
    public void recordNote(Long caseId, TimelineAction action, String detail, boolean internal) {
        recorded.add(new Recorded(caseId, action, detail));
    }

    public List<Recorded> recorded() {
        return List.copyOf(recorded);
    }

    public List<TimelineAction> actions() {
        return recorded.stream().map(Recorded::action).toList();
    }
}
