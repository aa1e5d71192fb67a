package uk.safeguardcases.web.declaration;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.declaration.Completion;
import uk.safeguardcases.application.declaration.DeclarationCompletion;
import uk.safeguardcases.application.declaration.DeclarationRecord;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.declaration.DeclarationStatus;
import uk.safeguardcases.web.api.AcceptLanguage;
import uk.safeguardcases.web.api.ApiWords;
import uk.safeguardcases.web.api.Problem;
import uk.safeguardcases.web.api.QueryNumbers;

/**
 * Policy declarations through the API, for the board's senior managers and administrators (the service refuses
 * anyone else): how far the members have declared the latest version, in all, by organisation and by manager, and who
 * has signed, member by member (each read of that list is an export on the board's timeline, as the CSV is). Words in
 * Welsh or English as {@code Accept-Language} asks. Described by {@link DeclarationsApiSchemas}.
 */
@Tag(name = "Declarations",
        description = "Members' declarations of the board's social media policy, for its senior managers and "
        + "administrators.")
// Every operation of this class: the doors it takes and the problems it may answer.
@SecurityRequirement(name = "personalToken")
@SecurityRequirement(name = "providerToken")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", ref = "Problem401")
@APIResponse(responseCode = "403", ref = "Problem403")
@APIResponse(responseCode = "404", ref = "Problem404")
@Path("/declarations")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class DeclarationsApi {

    static final String WORDS = "uk.safeguardcases.application.declaration.declarations";
    static final int LARGEST_PAGE = 500;

    @Inject
    private DeclarationCompletion completion;

    /** One member's declaration of the latest version. */
    public record Member(String name, String username, String organisation, String manager, String status,
            String statusText, Instant askedAt, Instant declaredAt, Instant countersignedAt, String countersignedBy) {
    }

    public record Members(int versionNumber, List<Member> rows, int total, int first, int pageSize) {
    }

    @Operation(operationId = "getDeclarationCompletion",
            summary = "How far the board's members have declared the latest version of its policy.",
            description = "Asked, signed and countersigned, in all, by parent organisation and by manager (model "
                    + "policy 5.1: managers make sure their team completes it), for the latest published "
                    + "version. Senior managers and board administrators only; 404 before any version is "
                    + "published.")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER,
            description = "'cy' for the words in Welsh, 'en' in English; otherwise the caller's own language.",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The completion.",
            content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = DeclarationsApiSchemas.DeclarationCompletion.class),
            examples = @ExampleObject(name = "the latest version", value = DeclarationsApiSchemas.DECLARATION_COMPLETION_EXAMPLE)))
    @GET
    public Completion completion(@Context HttpHeaders headers) {
        return CallerContext.runAs(CallerContext.current().speaking(AcceptLanguage.of(headers)),
                () -> completion.completion().orElseThrow(() -> new NotFoundException(
                        "No version of the board's policy has been published yet.")));
    }

    @Operation(operationId = "listDeclarationMembers", summary = "Who has signed the latest version, member by member.",
            description = "Each member asked to declare the latest version: their organisation and manager, how "
                    + "far they have got (in words too), and when they were asked, signed and were "
                    + "countersigned, by organisation then name. Each read is an export on the board's timeline, "
                    + "as the CSV is. Senior managers and board administrators only.")
    @Parameter(name = "status", in = ParameterIn.QUERY,
            description = "Only the members whose declaration is in this state.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"ASKED", "DECLARED", "COUNTERSIGNED",
            "SUPERSEDED"}))
    @Parameter(name = "first", in = ParameterIn.QUERY, description = "The first row (0 for the first page).",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0"))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Rows in the page, 1 to 500.",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100", minimum = "1", maximum = "500"))
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER,
            description = "'cy' for the words in Welsh, 'en' in English; otherwise the caller's own language.",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The page.", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = DeclarationsApiSchemas.DeclarationMembers.class),
            examples = @ExampleObject(name = "one member asked", value = DeclarationsApiSchemas.DECLARATION_MEMBERS_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "Problem400")
    @GET
    @Path("/members")
    public Members members(@QueryParam("status") String status, @QueryParam("first") @DefaultValue("0") String first,
            @QueryParam("size") @DefaultValue("100") String size, @Context HttpHeaders headers) {
        int from = QueryNumbers.number("first", first, 0, Integer.MAX_VALUE);
        int most = QueryNumbers.number("size", size, 1, LARGEST_PAGE);
        String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (wanted != null && List.of(DeclarationStatus.values()).stream().noneMatch(s -> s.name().equals(wanted))) {
            throw new InvalidInputException(Map.of("status", "Status is one of ASKED, DECLARED, COUNTERSIGNED or"
                    + " SUPERSEDED."));
        }
        Locale language = AcceptLanguage.of(headers);
        int version = completion.completion().map(Completion::versionNumber)
                .orElseThrow(() -> new NotFoundException("No version of the board's policy has been published yet."));
        List<Member> all = completion.exportCompletion("as JSON through the API").stream()
                .filter(r -> wanted == null || r.status().equals(wanted))
                .map(r -> member(r, language)).toList();
        int to = (int) Math.min(all.size(), (long) from + most);
        return new Members(version, from >= all.size() ? List.of() : all.subList(from, to), all.size(), from, most);
    }

    private static Member member(DeclarationRecord r, Locale language) {
        return new Member(r.name(), r.username(), r.organisation(), r.manager().isEmpty() ? null : r.manager(),
                r.status(), ApiWords.text(WORDS, language, "DeclarationStatus." + r.status()), r.askedAt(),
                r.declaredAt(), r.countersignedAt(), r.countersignedBy().isEmpty() ? null : r.countersignedBy());
    }
}
