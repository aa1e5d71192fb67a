package uk.safeguardcases.web.lowlevel;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of this part of the API's bodies, as its description (MicroProfile OpenAPI, generated at build
 * time) gives them: each record is a schema of {@code /api/openapi.json}, named as there.
 */
public final class LowLevelRegisterApiSchemas {

    private LowLevelRegisterApiSchemas() {
    }

    /** The description's example: one member's entry. */
    public static final String LOW_LEVEL_REGISTER_EXAMPLE = """
            {
              "entries": [
                {
                  "memberId": 5,
                  "member": "Morgan Evans",
                  "organisation": "Metropolitan Police Service",
                  "lowLevelInWindow": 2,
                  "casesInWindow": 1,
                  "together": 3,
                  "threshold": 3,
                  "thresholdReached": true,
                  "lowLevelAll": 2,
                  "lastOccurred": "2026-11-12",
                  "alerted": true
                }
              ],
              "concerns": [
                {
                  "id": 2,
                  "memberId": 5,
                  "member": "Morgan Evans",
                  "occurredOn": "2026-11-12",
                  "summary": "Liked a post mocking a parent at the school gate.",
                  "recordedBy": "chscb.officer",
                  "recordedAt": "2026-11-13T10:00:00Z"
                }
              ]
            }
            """;

    @Schema(name = "LowLevelRegister", requiredProperties = {"entries", "concerns"})
    public record LowLevelRegister(
            java.util.List<LowLevelEntry> entries,
            java.util.List<LowLevelConcern> concerns) {
    }

    @Schema(name = "LowLevelEntry", requiredProperties = {"memberId", "member", "lowLevelInWindow", "casesInWindow",
            "together", "threshold", "thresholdReached", "lowLevelAll", "alerted"})
    public record LowLevelEntry(
            long memberId,
            String member,
            String organisation,
            long lowLevelInWindow,
            long casesInWindow,
            @Schema(description = "Low-level concerns and cases together in the window: what the board's pattern "
                    + "rule counts.") long together,
            long threshold,
            boolean thresholdReached,
            long lowLevelAll,
            @Schema(format = "date") String lastOccurred,
            @Schema(format = "date-time") String lastReviewed,
            @Schema(description = "An alert about the member waits for a review.") boolean alerted) {
    }

    @Schema(name = "LowLevelConcern", requiredProperties = {"id", "memberId", "member", "occurredOn", "summary",
            "recordedBy", "recordedAt"})
    public record LowLevelConcern(
            long id,
            long memberId,
            String member,
            @Schema(format = "date") String occurredOn,
            @Schema(description = "As the officer wrote it.") String summary,
            String caseReference,
            String recordedBy,
            @Schema(format = "date-time") String recordedAt,
            @Schema(format = "date-time") String movedAt,
            String moveReason) {
    }
}
