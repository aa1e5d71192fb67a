package uk.safeguardcases.web.publicconcern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of this part of the API's bodies, as its description (MicroProfile OpenAPI, generated at build
 * time) gives them: each record is a schema of {@code /api/openapi.json}, named as there.
 */
public final class PublicReportsApiSchemas {

    private PublicReportsApiSchemas() {
    }

    /** The description's example: a report from a parent. */
    public static final String PUBLIC_REPORT_EXAMPLE = """
            {
              "relation": "PUBLIC",
              "reporterName": "Gwenllïan Jones",
              "organisationAsKnown": "The school",
              "outcomeShown": false,
              "receivedAt": "2026-11-29T08:30:00Z",
              "emailConfirmed": true,
              "messages": [
                {
                  "fromReporter": true,
                  "body": "I saw the post on Sunday – is anyone looking at it?",
                  "at": "2026-11-29T08:30:00Z"
                },
                {
                  "fromReporter": false,
                  "body": "Thank you: we are looking into it.",
                  "writtenBy": "Olivia Okafor",
                  "at": "2026-11-29T10:00:00Z"
                }
              ]
            }
            """;

    /** The description's example: a reply to the reporter. */
    public static final String REPORTER_MESSAGE_EXAMPLE = """
            {
              "message": "Thank you: we are looking into it, and will tell you when it is closed."
            }
            """;

    @Schema(name = "ReporterMessage", requiredProperties = {"message"})
    public record ReporterMessage(
            @Schema(maxLength = 4000) String message) {
    }

    @Schema(name = "PublicReport", requiredProperties = {"relation", "outcomeShown", "receivedAt", "messages",
            "emailConfirmed"})
    public record PublicReport(
            @Schema(enumeration = {"PUBLIC", "COLLEAGUE"}) String relation,
            String reporterName,
            String reporterEmail,
            String reporterPhone,
            String organisationAsKnown,
            boolean outcomeShown,
            @Schema(format = "date-time") String receivedAt,
            @Schema(format = "date-time") String detailsRemovedAt,
            java.util.List<PublicReportMessage> messages,
            boolean emailConfirmed) {
    }

    @Schema(name = "PublicReportMessage", requiredProperties = {"fromReporter", "body", "at"})
    public record PublicReportMessage(
            boolean fromReporter,
            String body,
            String writtenBy,
            @Schema(format = "date-time") String at) {
    }
}
