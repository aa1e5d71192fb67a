package uk.safeguardcases.domain.lowlevel;

import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.audit.Visibility;

/** What the register of low-level concerns records on the board's timeline; the board's own, never the HR partner's. */
public enum LowLevelAction implements TimelineAction {
    LOW_LEVEL_CONCERN_RECORDED("Low-level concern recorded"),
    LOW_LEVEL_REGISTER_REVIEWED("Low-level concerns reviewed"),
    LOW_LEVEL_PATTERN_ALERTED("Low-level concerns pattern alerted"),
    LOW_LEVEL_CONCERN_REMOVED("Low-level concern removed"),
    LOW_LEVEL_POLICY_CHANGED("Low-level concerns policy changed"),
    LOW_LEVEL_CONCERN_MOVED("Low-level concern moved to another member"),
    LOW_LEVEL_ALERT_WITHDRAWN("Low-level concerns pattern alert withdrawn"),
    LOW_LEVEL_ALERT_REMOVED("Low-level concerns pattern alert removed"),
    LOW_LEVEL_REVIEW_REMOVED("Low-level concerns review removed");

    private final String label;

    LowLevelAction(String label) {
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
