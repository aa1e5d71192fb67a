package uk.safeguardcases.web.access;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of this part of the API's bodies, as its description (MicroProfile OpenAPI, generated at build
 * time) gives them: each record is a schema of {@code /api/openapi.json}, named as there.
 */
public final class SubjectAccessApiSchemas {

    private SubjectAccessApiSchemas() {
    }

    /** The description's example: one request due soon. */
    public static final String SUBJECT_ACCESS_PAGE_EXAMPLE = """
            {
              "first": 0,
              "pageSize": 50,
              "total": 1,
              "rows": [
                {
                  "reference": "CHSCB-SAR-2026-0001",
                  "subjectName": "Morgan Evans",
                  "requestedBy": "Morgan Evans",
                  "receivedOn": "2026-11-03",
                  "answerDue": "2026-12-03",
                  "extended": false,
                  "state": "DUE_SOON",
                  "stateText": "Due soon"
                }
              ]
            }
            """;

    /** The description's example: a request paused. */
    public static final String SUBJECT_ACCESS_REQUEST_EXAMPLE = """
            {
              "reference": "CHSCB-SAR-2026-0001",
              "subjectName": "Morgan Evans",
              "requestedBy": "Morgan Evans",
              "receivedOn": "2026-11-03",
              "firstDue": "2026-12-03",
              "answerDue": "2026-12-08",
              "firstMonthEnds": "2026-12-08",
              "state": "PAUSED",
              "stateText": "Paused",
              "pausedOn": "2026-11-10",
              "pausedFor": "Proof of identity",
              "pausedDays": 5
            }
            """;

    @Schema(name = "SubjectAccessPage", requiredProperties = {"rows", "total", "first", "pageSize"})
    public record SubjectAccessPage(
            java.util.List<SubjectAccessLine> rows,
            long total,
            long first,
            long pageSize) {
    }

    @Schema(name = "SubjectAccessLine", requiredProperties = {"reference", "subjectName", "receivedOn", "answerDue",
            "extended", "state", "stateText"})
    public record SubjectAccessLine(
            String reference,
            @Schema(description = "The person the request is about, as recorded.") String subjectName,
            String requestedBy,
            @Schema(format = "date") String receivedOn,
            @Schema(format = "date") String answerDue,
            boolean extended,
            @Schema(description = "MET once answered; PAUSED while its clock is paused (UK GDPR Article 12A).",
                    enumeration = {"ON_TIME", "DUE_SOON", "OVERDUE", "MET", "PAUSED"}) String state,
            String stateText,
            @Schema(format = "date") String pausedOn,
            @Schema(format = "date-time") String answeredAt) {
    }

    @Schema(name = "SubjectAccessRequest", requiredProperties = {"reference", "subjectName", "receivedOn", "firstDue",
            "answerDue", "state", "stateText", "pausedDays"})
    public record SubjectAccessRequest(
            String reference,
            String subjectName,
            String requestedBy,
            @Schema(format = "date") String receivedOn,
            @Schema(format = "date") String firstDue,
            @Schema(format = "date") String extendedTo,
            String extensionReason,
            @Schema(format = "date") String answerDue,
            @Schema(format = "date") String firstMonthEnds,
            @Schema(description = "MET once answered; PAUSED while its clock is paused (UK GDPR Article 12A).",
                    enumeration = {"ON_TIME", "DUE_SOON", "OVERDUE", "MET", "PAUSED"}) String state,
            String stateText,
            @Schema(format = "date") String pausedOn,
            @Schema(description = "What the board waits for while the clock is paused.") String pausedFor,
            long pausedDays,
            @Schema(format = "date-time") String answeredAt,
            @Schema(format = "date-time") String erasedAt) {
    }
}
