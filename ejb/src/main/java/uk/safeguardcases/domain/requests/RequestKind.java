package uk.safeguardcases.domain.requests;

import uk.safeguardcases.domain.audit.AuditAction;

/** What the board asks of the member. */
public enum RequestKind {
    /** CHSCB 5.3, NSCB model policy 8.1: remove the content, close the application. */
    REMOVAL("Content removal"),
    /** CHSCB 6.3: co-operate with the investigation (statement or interview). */
    COOPERATION("Co-operation");

    private final String label;

    RequestKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What the timeline records when the process sends the member this request. */
    public AuditAction sentAction() {
        return switch (this) {
            case REMOVAL -> AuditAction.REMOVAL_REQUEST_SENT;
            case COOPERATION -> AuditAction.COOPERATION_REQUEST_SENT;
        };
    }
}
