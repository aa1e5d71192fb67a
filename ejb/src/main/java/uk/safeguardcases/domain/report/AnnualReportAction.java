package uk.safeguardcases.domain.report;

import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.audit.Visibility;

/** What the annual report records on the board's timeline; the board's own, never the HR partner's to read. */
public enum AnnualReportAction implements TimelineAction {
    NARRATIVE_WRITTEN("Annual report narrative written"),
    EXPORTED("Annual report exported");

    private final String label;

    AnnualReportAction(String label) {
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
