package uk.safeguardcases.web.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of this part of the API's bodies, as its description (MicroProfile OpenAPI, generated at build
 * time) gives them: each record is a schema of {@code /api/openapi.json}, named as there.
 */
public final class ChildSearchesApiSchemas {

    private ChildSearchesApiSchemas() {
    }

    @Schema(name = "ChildSearches", requiredProperties = {"searches"})
    public record ChildSearches(
            java.util.List<ChildSearch> searches) {
    }

    @Schema(name = "ChildSearch", requiredProperties = {"reference", "status", "requestedAt", "searchesLogged"})
    public record ChildSearch(
            String reference,
            @Schema(description = "The agency's reference for the child, never a name.") String childReference,
            String agencyCaseNumber,
            long childBirthYear,
            String concern,
            @Schema(description = "The platforms asked for, as their labels, comma-separated.") String platforms,
            String lookedAt,
            boolean openMethodsDeclared,
            String requestedBy,
            @Schema(format = "date-time") String requestedAt,
            @Schema(enumeration = {"AWAITING_AUTHORISATION", "REFUSED", "AUTHORISED", "AWAITING_OUTCOME",
                    "CLOSED"}) String status,
            String decidedBy,
            @Schema(format = "date-time") String decidedAt,
            String decisionReason,
            String authorisedPlatforms,
            String authorisedScope,
            @Schema(format = "date-time") String authorisedUntil,
            @Schema(format = "date-time") String windowEndedAt,
            boolean windowExpired,
            @Schema(enumeration = {"NO_CONCERN", "CHILDRENS_SOCIAL_CARE", "POLICE", "CEOP", "LADO"}) String outcome,
            String outcomeReference,
            String outcomeSummary,
            String closedBy,
            @Schema(format = "date-time") String closedAt,
            @Schema(format = "date") String keepUntil,
            long searchesLogged,
            @Schema(description = "Whether the caller may decide it now.") boolean decidable,
            @Schema(description = "Whether the caller may log a search under it now.") boolean searchable) {
    }

    @Schema(name = "ChildSearchLog", requiredProperties = {"reference", "entries"})
    public record ChildSearchLog(
            String reference,
            java.util.List<ChildSearchLogEntry> entries) {
    }

    @Schema(name = "ChildSearchLogEntry", requiredProperties = {"number", "searchedAt", "platform", "searchedFor",
            "method", "loggedBy", "loggedAt"})
    public record ChildSearchLogEntry(
            long number,
            @Schema(format = "date-time") String searchedAt,
            @Schema(enumeration = {"FACEBOOK", "X_TWITTER", "INSTAGRAM", "TIKTOK", "SNAPCHAT", "LINKEDIN", "YOUTUBE",
                    "BLOG_OR_WEBSITE", "MESSAGING", "OTHER"}) String platform,
            String searchedFor,
            String method,
            String found,
            String capturedText,
            String fileName,
            String sha256,
            String loggedBy,
            @Schema(format = "date-time") String loggedAt) {
    }
}
