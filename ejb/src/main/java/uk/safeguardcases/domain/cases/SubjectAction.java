package uk.safeguardcases.domain.cases;

import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.audit.Visibility;

/**
 * What the officer's saying whom a case is about records on its timeline ({@link SubjectChange}): the board's own.
 * The entries name the account by its number and the organisations by name, never the member's name.
 */
public enum SubjectAction implements TimelineAction {
    MEMBER_IDENTIFIED("Member identified"),
    MEMBER_IDENTIFICATION_CORRECTED("Member identification corrected"),
    MOVED_TO_ORGANISATION("Moved to another parent organisation");

    private final String label;

    SubjectAction(String label) {
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
