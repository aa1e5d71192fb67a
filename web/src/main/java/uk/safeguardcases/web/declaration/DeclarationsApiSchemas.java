package uk.safeguardcases.web.declaration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of this part of the API's bodies, as its description (MicroProfile OpenAPI, generated at build
 * time) gives them: each record is a schema of {@code /api/openapi.json}, named as there.
 */
public final class DeclarationsApiSchemas {

    private DeclarationsApiSchemas() {
    }

    /** The description's example: the latest version. */
    public static final String DECLARATION_COMPLETION_EXAMPLE = """
            {
              "title": "CHSCB Policy Standards: Personal Use of Social Media",
              "versionNumber": 1,
              "total": {
                "name": "All organisations",
                "asked": 2,
                "declared": 1,
                "countersigned": 0,
                "outstanding": 1,
                "percentDeclared": 50
              },
              "byOrganisation": [
                {
                  "name": "Metropolitan Police Service",
                  "asked": 2,
                  "declared": 1,
                  "countersigned": 0,
                  "outstanding": 1,
                  "percentDeclared": 50
                }
              ],
              "byManager": [
                {
                  "name": "No manager recorded",
                  "asked": 2,
                  "declared": 1,
                  "countersigned": 0,
                  "outstanding": 1,
                  "percentDeclared": 50
                }
              ]
            }
            """;

    /** The description's example: one member asked. */
    public static final String DECLARATION_MEMBERS_EXAMPLE = """
            {
              "versionNumber": 1,
              "first": 0,
              "pageSize": 2,
              "total": 2,
              "rows": [
                {
                  "name": "Morgan Evans",
                  "username": "chscb.member",
                  "organisation": "Metropolitan Police Service",
                  "status": "ASKED",
                  "statusText": "Not yet signed",
                  "askedAt": "2026-11-30T17:59:51.671Z"
                }
              ]
            }
            """;

    @Schema(name = "DeclarationCompletion", requiredProperties = {"versionNumber", "title", "total", "byOrganisation",
            "byManager"})
    public record DeclarationCompletion(
            long versionNumber,
            String title,
            DeclarationCompletionRow total,
            java.util.List<DeclarationCompletionRow> byOrganisation,
            java.util.List<DeclarationCompletionRow> byManager) {
    }

    @Schema(name = "DeclarationCompletionRow", requiredProperties = {"name", "asked", "declared", "countersigned",
            "outstanding", "percentDeclared"})
    public record DeclarationCompletionRow(
            @Schema(description = "The organisation, the manager, or the board in all.") String name,
            long asked,
            @Schema(description = "Signed, countersigned or not.") long declared,
            long countersigned,
            long outstanding,
            @Schema(description = "Those who signed as a whole percentage of those asked, rounded "
                    + "down.") long percentDeclared) {
    }

    @Schema(name = "DeclarationMembers", requiredProperties = {"versionNumber", "rows", "total", "first", "pageSize"})
    public record DeclarationMembers(
            long versionNumber,
            java.util.List<DeclarationMember> rows,
            long total,
            long first,
            long pageSize) {
    }

    @Schema(name = "DeclarationMember", requiredProperties = {"name", "username", "organisation", "status",
            "statusText"})
    public record DeclarationMember(
            String name,
            String username,
            String organisation,
            String manager,
            @Schema(enumeration = {"ASKED", "DECLARED", "COUNTERSIGNED", "SUPERSEDED"}) String status,
            String statusText,
            @Schema(format = "date-time") String askedAt,
            @Schema(format = "date-time") String declaredAt,
            @Schema(format = "date-time") String countersignedAt,
            @Schema(description = "The manager who countersigned, by name.") String countersignedBy) {
    }
}
