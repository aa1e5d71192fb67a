package uk.safeguardcases.web.declaration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of this part of the API's bodies, as its description (MicroProfile OpenAPI, generated at build
 * time) gives them: each record is a schema of {@code /api/openapi.json}, named as there.
 */
public final class DeclarationsApiSchemas {

    private DeclarationsApiSchemas() {
    }

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
