package uk.safeguardcases.domain.leaving;

import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.audit.Visibility;

/**
 * What a board's leaving records on its timeline; the board's own, never the HR partner's. The erasure itself is not
 * among them: it removes the timeline, and its certificate ({@link BoardErasure}) records where the chain ended.
 */
public enum LeavingAction implements TimelineAction {
    BOARD_EXPORTED("Board's whole record exported"),
    ERASURE_ASKED("Erasure of the board asked for"),
    ERASURE_WITHDRAWN("Erasure of the board withdrawn");

    private final String label;

    LeavingAction(String label) {
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
