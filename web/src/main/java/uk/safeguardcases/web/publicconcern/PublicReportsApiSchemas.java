package uk.safeguardcases.web.publicconcern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of this part of the API's bodies, as its description (MicroProfile OpenAPI, generated at build
 * time) gives them: each record is a schema of {@code /api/openapi.json}, named as there.
 */
public final class PublicReportsApiSchemas {

    private PublicReportsApiSchemas() {
    }

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
