package uk.safeguardcases.domain.lowlevel;

import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.notification.NoticeKind;

/** The e-mail of the register of low-level concerns. */
public enum LowLevelNotice implements NoticeKind {
    /** To the board's senior managers: a member reached the board's threshold of low-level concerns and cases. */
    LOW_LEVEL_PATTERN_REACHED;

    @Override
    public Notice.Audience audience() {
        return Notice.Audience.SENIOR;
    }
}
