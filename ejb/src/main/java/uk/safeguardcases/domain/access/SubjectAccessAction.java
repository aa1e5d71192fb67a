package uk.safeguardcases.domain.access;

import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.audit.Visibility;

/**
 * What a subject access request records on the board's timeline since the Data (Use and Access) Act 2025: its
 * paused clock (UK GDPR Article 12A), each search made for it (s.78), the notice of an extension (Article 12(3)) and
 * the board's rule on the paused clock. The board's own record, never the HR partner's.
 */
public enum SubjectAccessAction implements TimelineAction {
    SUBJECT_ACCESS_PAUSED("Subject access clock paused"),
    SUBJECT_ACCESS_RESUMED("Subject access clock resumed"),
    SUBJECT_ACCESS_SEARCH_LOGGED("Subject access search logged"),
    SUBJECT_ACCESS_EXTENSION_NOTICE_SENT("Subject access extension notice sent"),
    SUBJECT_ACCESS_RULE_SET("Subject access paused-clock rule set");

    private final String label;

    SubjectAccessAction(String label) {
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
