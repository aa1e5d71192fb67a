package uk.safeguardcases.domain.dpcomplaint;

import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.audit.Visibility;

/**
 * What a data protection complaint records on the board's timeline (the audit chain): the board's own record, never
 * an HR partner's. The details name the complaint's reference, never the complainant.
 */
public enum DpComplaintAction implements TimelineAction {
    DP_COMPLAINT_RECEIVED("Data protection complaint received"),
    DP_COMPLAINT_ACKNOWLEDGED("Data protection complaint acknowledged"),
    DP_COMPLAINT_REMINDED("Data protection complaint: reminder to acknowledge"),
    DP_COMPLAINT_ESCALATED("Data protection complaint: acknowledgement escalated"),
    DP_COMPLAINT_STEP_RECORDED("Data protection complaint: step taken"),
    DP_COMPLAINT_OUTCOME_SENT("Data protection complaint: outcome sent"),
    DP_COMPLAINT_REMOVED("Data protection complaint removed (retention)");

    private final String label;

    DpComplaintAction(String label) {
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
