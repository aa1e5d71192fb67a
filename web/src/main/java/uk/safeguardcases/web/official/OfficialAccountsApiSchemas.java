package uk.safeguardcases.web.official;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of this part of the API's bodies, as its description (MicroProfile OpenAPI, generated at build
 * time) gives them: each record is a schema of {@code /api/openapi.json}, named as there.
 */
public final class OfficialAccountsApiSchemas {

    private OfficialAccountsApiSchemas() {
    }

    /** The description's example: the board's account. */
    public static final String OFFICIAL_ACCOUNT_EXAMPLE = """
            {
              "id": 1,
              "platform": "X_TWITTER",
              "handle": "@lscb_chscb",
              "ownerName": "Sunita Shah",
              "setUpName": "CHSCB",
              "jobTitle": "City & Hackney Safeguarding Children Board",
              "biographyRole": "Official account of the City & Hackney Safeguarding Children Board",
              "shared": true,
              "pictureCheckedByName": "Sunita Shah",
              "pictureCheckedAt": "2026-11-30T17:59:46.008Z",
              "registeredByName": "Sunita Shah",
              "registeredAt": "2026-11-30T17:59:46.008Z",
              "users": [
                {
                  "username": "chscb.officer",
                  "name": "Olivia Okafor",
                  "designatedRole": "Editor",
                  "passedOn": "2025-10-26",
                  "expiresOn": "2028-10-26",
                  "suspended": false
                }
              ]
            }
            """;

    /** The description's example: the board's account, the one of {@link #OFFICIAL_ACCOUNT_EXAMPLE}. */
    public static final String OFFICIAL_ACCOUNTS_EXAMPLE = "{\"accounts\": [" + OFFICIAL_ACCOUNT_EXAMPLE + "]}";

    /** The description's example: one accreditation. */
    public static final String ACCREDITATIONS_EXAMPLE = """
            {
              "accreditations": [
                {
                  "username": "chscb.officer",
                  "name": "Olivia Okafor",
                  "trainedOn": "2025-10-19",
                  "passedOn": "2025-10-26",
                  "expiresOn": "2028-10-26",
                  "expired": false,
                  "renewals": 0
                }
              ]
            }
            """;

    @Schema(name = "OfficialAccounts", requiredProperties = {"accounts"})
    public record OfficialAccounts(
            java.util.List<OfficialAccount> accounts) {
    }

    @Schema(name = "OfficialAccount", requiredProperties = {"id", "platform", "handle", "shared", "users"})
    public record OfficialAccount(
            long id,
            @Schema(enumeration = {"FACEBOOK", "X_TWITTER", "INSTAGRAM", "TIKTOK", "SNAPCHAT", "LINKEDIN", "YOUTUBE",
                    "BLOG_OR_WEBSITE", "MESSAGING", "OTHER"}) String platform,
            String handle,
            String ownerName,
            String setUpName,
            String jobTitle,
            String biographyRole,
            boolean shared,
            String pictureCheckedByName,
            @Schema(format = "date-time") String pictureCheckedAt,
            String registeredByName,
            @Schema(format = "date-time") String registeredAt,
            java.util.List<AccreditedUser> users) {
    }

    @Schema(name = "AccreditedUser", requiredProperties = {"username", "name", "suspended"})
    public record AccreditedUser(
            String username,
            String name,
            String designatedRole,
            @Schema(format = "date") String passedOn,
            @Schema(format = "date") String expiresOn,
            @Schema(description = "Suspended from the account because their accreditation expired.") boolean suspended,
            @Schema(format = "date-time") String suspendedAt) {
    }

    @Schema(name = "Accreditations", requiredProperties = {"accreditations"})
    public record Accreditations(
            java.util.List<Accreditation> accreditations) {
    }

    @Schema(name = "Accreditation", requiredProperties = {"username", "name", "passedOn", "expiresOn", "expired",
            "renewals"})
    public record Accreditation(
            String username,
            String name,
            @Schema(format = "date") String trainedOn,
            @Schema(format = "date") String passedOn,
            @Schema(format = "date") String expiresOn,
            boolean expired,
            @Schema(format = "date-time") String firstReminderSentAt,
            @Schema(format = "date-time") String secondReminderSentAt,
            long renewals) {
    }
}
