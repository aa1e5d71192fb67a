package uk.safeguardcases.domain.requests;

/** How the member answered a request. */
public enum MemberResponse {
    REMOVED("Removed the content"),
    CONTESTED("Contested the request"),
    MORE_TIME("Asked for more time"),
    STATEMENT("Gave a statement"),
    INTERVIEW("Attended an interview");

    private final String label;

    MemberResponse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
