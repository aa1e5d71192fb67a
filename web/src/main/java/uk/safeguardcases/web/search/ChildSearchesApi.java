package uk.safeguardcases.web.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import uk.safeguardcases.application.search.ChildSearchView;
import uk.safeguardcases.application.search.RegisterFilter;
import uk.safeguardcases.application.search.SearchLogView;
import uk.safeguardcases.application.search.SearchRegister;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.search.ChildSearchStatus;
import uk.safeguardcases.web.api.Problem;

/**
 * Online searches about a child through the API, for the board's officers and senior managers (the service refuses
 * anyone else): the register of searches, each with its authorisation (who, why, which platforms, what scope, until
 * when) or refusal, its use and its outcome, filtered as the register's page filters it; one search; and its log,
 * every search made under it in order. Read only: requests, authorisations and logging stay on the pages, with their
 * check steps. Described by {@link ChildSearchesApiSchemas}.
 */
@Tag(name = "Searches about a child",
        description = "Authorised, logged online searches about a child, for the board's officers and senior managers.")
// Every operation of this class: the doors it takes and the problems it may answer.
@SecurityRequirement(name = "personalToken")
@SecurityRequirement(name = "providerToken")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", ref = "Problem401")
@APIResponse(responseCode = "403", ref = "Problem403")
@Path("/child-searches")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ChildSearchesApi {

    @Inject
    private SearchRegister register;

    public record Searches(List<ChildSearchView> searches) {
    }

    public record Log(String reference, List<SearchLogView> entries) {
    }

    @Operation(operationId = "listChildSearches",
            summary = "The board's register of searches about a child, newest first.",
            description = "Each request with its authorisation (who, why, which platforms, what scope, until "
                    + "when) or refusal, how many searches were logged under it, the window's end and the "
                    + "outcome; filtered by state, platform and the days asked. Officers and senior managers only.")
    @Parameter(name = "status", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING,
            enumeration = {"AWAITING_AUTHORISATION", "REFUSED", "AUTHORISED", "AWAITING_OUTCOME", "CLOSED"}))
    @Parameter(name = "platform", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING,
            enumeration = {"FACEBOOK", "X_TWITTER", "INSTAGRAM", "TIKTOK", "SNAPCHAT", "LINKEDIN", "YOUTUBE",
            "BLOG_OR_WEBSITE", "MESSAGING", "OTHER"}))
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "First day asked (UK).",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "Last day asked (UK), inclusive.",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @APIResponse(responseCode = "200", description = "The register.",
            content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ChildSearchesApiSchemas.ChildSearches.class),
            examples = @ExampleObject(name = "one search authorised", value = ChildSearchesApiSchemas.CHILD_SEARCHES_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "Problem400")
    @GET
    public Searches list(@QueryParam("status") String status, @QueryParam("platform") String platform,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        RegisterFilter filter = new RegisterFilter(choice("status", status, ChildSearchStatus.class),
                choice("platform", platform, Platform.class), day("from", from), day("to", to));
        return new Searches(register.register(filter));
    }

    @Operation(operationId = "getChildSearch", summary = "One search about a child.",
            description = "One request of the register, by its reference; another board's is 404.")
    @Parameter(name = "searchReference", in = ParameterIn.PATH, required = true, example = "CHSCB-CS-2026-0003",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The search.", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ChildSearchesApiSchemas.ChildSearch.class),
            examples = @ExampleObject(name = "one search authorised", value = ChildSearchesApiSchemas.CHILD_SEARCH_EXAMPLE)))
    @APIResponse(responseCode = "404", ref = "Problem404")
    @GET
    @Path("/{searchReference}")
    public ChildSearchView one(@PathParam("searchReference") String reference) {
        return register.search(reference);
    }

    @Operation(operationId = "getChildSearchLog",
            summary = "The log of one search about a child: every search made under it, in order.",
            description = "When, on which platform, for what, by what method, what was found and captured (with "
                    + "the file's SHA-256), who logged it and when. Another board's search is 404.")
    @Parameter(name = "searchReference", in = ParameterIn.PATH, required = true, example = "CHSCB-CS-2026-0003",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The log.", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ChildSearchesApiSchemas.ChildSearchLog.class),
            examples = @ExampleObject(name = "one search made", value = ChildSearchesApiSchemas.CHILD_SEARCH_LOG_EXAMPLE)))
    @APIResponse(responseCode = "404", ref = "Problem404")
    @GET
    @Path("/{searchReference}/log")
    public Log log(@PathParam("searchReference") String reference) {
        return new Log(reference, register.log(reference));
    }

    private static <E extends Enum<E>> E choice(String field, String given, Class<E> type) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of(field, field.substring(0, 1).toUpperCase(Locale.ROOT)
                    + field.substring(1) + " is one of " + List.of(type.getEnumConstants()) + "."));
        }
    }

    private static LocalDate day(String field, String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(given.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Map.of(field, "Write the day as 2026-04-01."));
        }
    }
}
