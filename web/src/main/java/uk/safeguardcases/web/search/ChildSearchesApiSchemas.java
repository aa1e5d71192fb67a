package uk.safeguardcases.web.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of this part of the API's bodies, as its description (MicroProfile OpenAPI, generated at build
 * time) gives them: each record is a schema of {@code /api/openapi.json}, named as there.
 */
public final class ChildSearchesApiSchemas {

    private ChildSearchesApiSchemas() {
    }

    /** The description's example: one search authorised. */
    public static final String CHILD_SEARCH_EXAMPLE = """
            {
              "reference": "CHSCB-CS-2026-0001",
              "childReference": "Child A",
              "agencyCaseNumber": "CH/2026/118",
              "childBirthYear": 2012,
              "concern": "Possible contact from an adult met online.",
              "platforms": "INSTAGRAM",
              "lookedAt": "Public profile and posts",
              "openMethodsDeclared": true,
              "requestedBy": "Olivia Okafor",
              "requestedAt": "2026-11-28T09:00:00Z",
              "status": "AUTHORISED",
              "decidedBy": "Sunita Shah",
              "decidedAt": "2026-11-28T11:00:00Z",
              "decisionReason": "Necessary and proportionate to the concern.",
              "authorisedPlatforms": "INSTAGRAM",
              "authorisedScope": "The public profile only",
              "authorisedUntil": "2026-12-05T11:00:00Z",
              "windowExpired": false,
              "searchesLogged": 1,
              "decidable": false,
              "searchable": true
            }
            """;

    /** The description's example: one search authorised, the one of {@link #CHILD_SEARCH_EXAMPLE}. */
    public static final String CHILD_SEARCHES_EXAMPLE = "{\"searches\": [" + CHILD_SEARCH_EXAMPLE + "]}";

    /** The description's example: one search made. */
    public static final String CHILD_SEARCH_LOG_EXAMPLE = """
            {
              "reference": "CHSCB-CS-2026-0001",
              "entries": [
                {
                  "number": 1,
                  "searchedAt": "2026-11-28T14:00:00Z",
                  "platform": "INSTAGRAM",
                  "searchedFor": "The child’s first name and school",
                  "method": "Open search, not signed in",
                  "found": "A public profile",
                  "capturedText": "Profile: “Ŵyn’s art” – 42 posts",
                  "loggedBy": "Olivia Okafor",
                  "loggedAt": "2026-11-28T14:10:00Z"
                }
              ]
            }
            """;

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
