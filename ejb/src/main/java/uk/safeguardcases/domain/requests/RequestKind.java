package uk.safeguardcases.domain.requests;

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
}
