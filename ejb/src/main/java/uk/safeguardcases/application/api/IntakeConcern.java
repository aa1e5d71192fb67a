package uk.safeguardcases.application.api;

/**
 * A concern a monitoring tool detected, as it sent it (text, checked by {@link IntakeService}).
 *
 * @param memberIdentifier the member's user name on the board, or their name
 * @param organisationId the member's parent organisation's id; or give {@code organisation}, its name
 * @param detectedAt when the content was captured, ISO-8601 with an offset (2026-03-01T10:15:00Z)
 * @param suggestedClause the reference of the board's policy clause the tool thinks applies (optional)
 * @param category the category of online conduct the tool thinks it is ({@code AllegationCategory}'s name, the KCSIE
 *        2025 and 2026 online content risks among them; optional)
 */
public record IntakeConcern(String memberIdentifier, String organisationId, String organisation, String platform,
        String url, String capturedText, String detectedAt, String suggestedClause, String category) {

    /** A concern without a category, as tools sent them before categories were taken. */
    public IntakeConcern(String memberIdentifier, String organisationId, String organisation, String platform,
            String url, String capturedText, String detectedAt, String suggestedClause) {
        this(memberIdentifier, organisationId, organisation, platform, url, capturedText, detectedAt, suggestedClause,
                null);
    }

    /** Without the captured text and the member, which must not end up in logs. */
    @Override
    public String toString() {
        return "IntakeConcern[platform=" + platform + ", detectedAt=" + detectedAt + ", text="
                + (capturedText == null ? "none" : capturedText.length() + " characters") + "]";
    }
}
