package uk.safeguardcases.domain.disclosure;

import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.audit.Visibility;

/** What the disclosure log records on the board's timeline: the board's own record. */
public enum DisclosureAction implements TimelineAction {
    LEGAL_BASIS_ADDED("Legal basis added to the board's list"),
    DISCLOSURE_BASIS_CHOSEN("Legal basis chosen for a kind of disclosure"),
    DISCLOSURE_LOG_EXPORTED("Disclosure log exported"),
    /** One disclosure's basis chosen again from the board's list, after it was made. */
    DISCLOSURE_BASIS_CHANGED("Legal basis of a disclosure changed");

    private final String label;

    DisclosureAction(String label) {
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
