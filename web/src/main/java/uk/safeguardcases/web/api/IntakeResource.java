package uk.safeguardcases.web.api;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.api.IntakeConcern;
import uk.safeguardcases.application.api.IntakeResult;
import uk.safeguardcases.application.api.IntakeService;
import uk.safeguardcases.application.api.IntakeTurns;

/** Monitoring tools report detected concerns with their board's API key (see openapi.json). */
@Tag(name = "Intake")
// Every operation of this class: the doors it takes and the problems it may answer.
@SecurityRequirement(name = "apiKey")
@APIResponse(responseCode = "400", ref = "Problem400")
@APIResponse(responseCode = "401", ref = "Problem401")
@APIResponse(responseCode = "403", ref = "Problem403")
@APIResponse(responseCode = "413", ref = "Problem413")
@APIResponse(responseCode = "415", ref = "Problem415")
@Path("/intake/concerns")
public class IntakeResource {

    /** When a report found no turn: seconds to wait before sending it again. */
    static final int BUSY_RETRY_AFTER = 10;

    @Inject
    private IntakeService intake;

    @Inject
    private IntakeTurns turns;

    @Operation(operationId = "reportConcern",
            summary = "Report a detected concern: creates a case (source monitoring) with the captured content as "
            + "evidence.",
            description = "A board's monitoring tool reports what it detected, with the board's API key. The "
                    + "case is raised with the source \"monitoring\", the captured content kept as its first "
                    + "evidence, and the member matched by user name when one of the board's members has it. An "
                    + "Idempotency-Key header makes a retry answer the same case rather than raise a second.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER,
            description = "A retry with the same key (on the same board) and the same body gets the same case back "
            + "and creates nothing; the same key with a different body is refused with 422.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.Concern.class),
            examples = @ExampleObject(name = "a post a monitoring tool found", value = ApiSchemas.CONCERN_EXAMPLE)))
    @APIResponse(responseCode = "201",
            description = "The case was created (or, with Idempotent-Replayed: true, had been created by an earlier "
            + "request with the same key).", headers = {@Header(name = "Location",
            schema = @Schema(type = SchemaType.STRING)), @Header(name = "Idempotent-Replayed",
            schema = @Schema(type = SchemaType.STRING))}, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.IntakeResult.class),
            examples = @ExampleObject(name = "the case raised", value = ApiSchemas.INTAKE_RESULT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different concern.",
            content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ApiSchemas.Problem.class)))
    @APIResponse(responseCode = "503", description = "Nothing saved: the node cannot keep the new reference where a "
            + "restore cannot lose it, or it found no turn for the report within its wait (other reports were being "
            + "raised). Send it again after Retry-After (seconds).",
            headers = {@Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER))},
            content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ApiSchemas.Problem.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response report(@HeaderParam("Idempotency-Key") String idempotencyKey, @Context HttpHeaders headers,
            @Context UriInfo uri, InputStream in) {
        JsonBody body = JsonBody.read(headers, in);
        IntakeConcern concern = new IntakeConcern(body.text("memberIdentifier"), body.text("organisationId"),
                body.text("organisation"), body.text("platform"), body.text("url"), body.text("capturedText"),
                body.text("detectedAt"), body.text("suggestedClause"), body.text("category"));
        body.checkTypes();
        // Raised in turns (IntakeTurns), waiting outside any transaction: a burst holds no connection or lock.
        Optional<IntakeTurns.Turn> turn = turn();
        if (turn.isEmpty()) {
            Locale language = AcceptLanguage.of(headers);
            return Response.fromResponse(Problem.response(503, "Busy",
                            Texts.in(language, "intake.busy", BUSY_RETRY_AFTER), null))
                    .header("Retry-After", String.valueOf(BUSY_RETRY_AFTER)).build();
        }
        IntakeResult result;
        try (IntakeTurns.Turn held = turn.get()) {
            try {
                result = intake.report(idempotencyKey, concern);
            } catch (EJBException e) {
                if (idempotencyKey == null || idempotencyKey.isBlank()) {
                    throw e;
                }
                // A retry that raced the first request with the same key lost; the first one's case is the answer.
                result = intake.report(idempotencyKey, concern);
            }
        }
        Response.ResponseBuilder created = Response.created(
                        uri.getBaseUriBuilder().path("cases").path(result.reference()).build())
                .entity(result);
        if (result.replayed()) {
            created.header("Idempotent-Replayed", "true");
        }
        return created.build();
    }

    /** This report's turn, or none when the node found none within its wait (or the wait was interrupted). */
    private Optional<IntakeTurns.Turn> turn() {
        try {
            return turns.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
