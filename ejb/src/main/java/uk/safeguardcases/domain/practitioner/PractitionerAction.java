package uk.safeguardcases.domain.practitioner;

import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.audit.Visibility;

/** What a practitioner concern (Wales Safeguarding Procedures, Section 5) records on the board's timeline. */
public enum PractitionerAction implements TimelineAction {
    PRACTITIONER_THRESHOLD_RECORDED("Practitioner concern: threshold criteria recorded"),
    PRACTITIONER_THRESHOLD_AT_TRIAGE("Practitioner concern: threshold criteria at triage"),
    PRACTITIONER_DESIGNATED_PERSON_TOLD("Practitioner concern: designated person told"),
    PRACTITIONER_DESIGNATED_PERSON_DEADLINE_MISSED("Practitioner concern: designated person's deadline missed"),
    PRACTITIONER_OUTCOME_RECORDED("Practitioner concern: outcome recorded"),
    PRACTITIONER_TRANSFERABLE_RISK_RECORDED("Practitioner concern: transferable risk recorded");

    private final String label;

    PractitionerAction(String label) {
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
