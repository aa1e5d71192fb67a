package uk.safeguardcases.domain.hosting;

import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.audit.Visibility;

/** What the hosting operator's work records on a board's own timeline, so the board sees what was done to it. */
public enum HostingAction implements TimelineAction {
    BOARD_CREATED("Board created by the hosting operator"),
    ADMINISTRATOR_INVITED("Administrator invited by the hosting operator"),
    BOARD_SUSPENDED("Board suspended by the hosting operator"),
    BOARD_RESUMED("Board resumed by the hosting operator");

    private final String label;

    HostingAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Visibility visibility() {
        return Visibility.BOARD_ONLY;
    }
}
