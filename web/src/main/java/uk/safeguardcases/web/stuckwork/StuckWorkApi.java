package uk.safeguardcases.web.stuckwork;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import uk.safeguardcases.application.stuckwork.StuckItem;
import uk.safeguardcases.application.stuckwork.StuckWork;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.web.api.AcceptLanguage;
import uk.safeguardcases.web.api.ApiWords;
import uk.safeguardcases.web.api.Problem;

/**
 * The board's stuck work through the API, for its senior managers and administrators (the service refuses anyone
 * else): the same list as the Stuck work page, steps, e-mails and the processes' own (webhook deliveries), each with
 * an id of its kind ({@code step:…}, {@code email:…}, {@code webhook:…}) to try it again or, but for a step, to mark it
 * dealt with another way. Words in Welsh or English as {@code Accept-Language} asks. Described by
 * {@link StuckWorkApiSchemas}.
 */
@Tag(name = "Stuck work",
        description = "Work that failed every try, for the board's senior managers and administrators.")
// Every operation of this class: the doors it takes and the problems it may answer.
@SecurityRequirement(name = "personalToken")
@SecurityRequirement(name = "providerToken")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", ref = "Problem401")
@APIResponse(responseCode = "403", ref = "Problem403")
@Path("/stuck-work")
// Problems too: a client that accepts only problem+json for an operation answering 204 (as generated clients ask).
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class StuckWorkApi {

    private static final String STEP = "step:";
    private static final String EMAIL = "email:";

    @Inject
    private StuckWork stuckWork;

    /** One line of the list. {@code since} is when it stopped, or, while it is being tried, its next try. */
    public record Line(String id, String kind, boolean stopped, String what, String detail, int attempts,
            String reference, String caseReference, String since, String cause, String error) {
    }

    public record Lines(List<Line> items) {
    }

    @Operation(operationId = "listStuckWork",
            summary = "The board's stuck work: steps stopped after every try, e-mails and webhook deliveries given "
            + "up, and those still being tried by themselves. Senior managers and board administrators only.",
            description = "The Stuck work page as data, for the board's senior managers and administrators, in "
                    + "Welsh or English as Accept-Language asks. Each item's id says its kind, for the two "
                    + "actions below.")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER,
            description = "'cy' for the words in Welsh, 'en' in English; otherwise the caller's own language.",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200",
            description = "What waits for a person first, oldest first; then what is still being tried, the next try "
            + "first.", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = StuckWorkApiSchemas.StuckWork.class),
            examples = @ExampleObject(name = "an e-mail being tried again", value = StuckWorkApiSchemas.STUCK_WORK_EXAMPLE)))
    @GET
    public Lines list(@Context HttpHeaders headers) {
        Locale language = AcceptLanguage.of(headers);
        return CallerContext.runAs(CallerContext.current().speaking(language),
                () -> new Lines(stuckWork.list().stream().map(item -> line(item, language)).toList()));
    }

    @Operation(operationId = "retryStuckWork",
            summary = "Try a stopped step, an e-mail or a delivery given up again, now; recorded on the board's "
            + "timeline.",
            description = "Tries a stopped step, an e-mail given up or a webhook delivery given up once more, "
                    + "now; recorded on the board's timeline with who asked. An id no longer stuck, or another "
                    + "board's, is 404.")
    @Parameter(name = "id", in = ParameterIn.PATH, required = true,
            description = "The item's id as the list gives it: step:…, email:… or a process's own (webhook:…).",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "204", description = "It is being tried again.")
    @APIResponse(responseCode = "404", ref = "Problem404")
    @POST
    @Path("/{id}/retry")
    public Response tryAgain(@PathParam("id") String id) {
        if (id.startsWith(STEP)) {
            stuckWork.tryStepAgain(id.substring(STEP.length()));
        } else if (id.startsWith(EMAIL)) {
            stuckWork.tryEmailAgain(number(id));
        } else {
            stuckWork.tryPartAgain(id);
        }
        return Response.noContent().build();
    }

    @Operation(operationId = "markStuckWorkDealtWith",
            summary = "Record that an e-mail or a delivery given up was dealt with another way: it leaves the list. "
            + "A step cannot be (400).",
            description = "Records that an e-mail or a webhook delivery given up was dealt with another way, and "
                    + "by whom; it leaves the list. A stopped step cannot be marked so (400): it must be tried "
                    + "again.")
    @Parameter(name = "id", in = ParameterIn.PATH, required = true,
            description = "The item's id as the list gives it: step:…, email:… or a process's own (webhook:…).",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "204", description = "Recorded.")
    @APIResponse(responseCode = "400", ref = "Problem400")
    @APIResponse(responseCode = "404", ref = "Problem404")
    @POST
    @Path("/{id}/dealt-with")
    public Response dealtWith(@PathParam("id") String id) {
        if (id.startsWith(STEP)) {
            throw new InvalidInputException(Map.of("id", "A stopped step cannot be marked dealt with another way:"
                    + " try it again."));
        } else if (id.startsWith(EMAIL)) {
            stuckWork.emailDealtWith(number(id));
        } else {
            stuckWork.partDealtWith(id);
        }
        return Response.noContent().build();
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id.substring(EMAIL.length()));
        } catch (NumberFormatException e) {
            throw new NotFoundException("No stuck work with id " + id);
        }
    }

    private static Line line(StuckItem item, Locale language) {
        String kind = item.isPart() ? item.id().substring(0, Math.max(0, item.id().indexOf(':')))
                : item.isStep() ? "step" : "email";
        String id = item.isPart() ? item.id() : (item.isStep() ? STEP : EMAIL) + item.id();
        String detail = item.isPart() || item.isStep() ? item.processName()
                : words(language, "stuck.audience." + item.audience());
        String cause = item.isPart() ? item.cause() : words(language, "stuck.cause." + item.cause());
        return new Line(id, kind, item.isStopped(), item.name(), detail, item.attempts(), item.reference(),
                item.caseReference(), item.since() == null ? null : item.since().toString(), cause, item.error());
    }

    private static String words(Locale language, String key) {
        return ApiWords.text("officer", language, key);
    }
}
