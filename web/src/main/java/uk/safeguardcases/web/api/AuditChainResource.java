package uk.safeguardcases.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguardcases.application.chaincheck.AuditChainChecks;
import uk.safeguardcases.application.audit.ChainCheckView;

/**
 * The board's audit chain, for its administrator: the last check (nightly or asked for) and what it found, and a
 * check run now. Always the caller's own board.
 */
@Tag(name = "Board")
// Every operation of this class: the doors it takes and the problems it may answer.
@SecurityRequirement(name = "personalToken")
@SecurityRequirement(name = "providerToken")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", ref = "Problem401")
@APIResponse(responseCode = "403", ref = "Problem403")
@Path("/board/audit-chain")
// Problems too: a client that accepts only problem+json for an operation answering 204 (as generated clients ask).
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class AuditChainResource {

    @Inject
    private AuditChainChecks checks;

    @Operation(operationId = "getAuditChainCheck",
            summary = "The last check of the board's audit chain (nightly, or asked for by an administrator) and "
            + "what it found. Board administrators only.",
            description = "The last check of the board's tamper-evident audit chain, nightly or asked for, and "
                    + "what it found: where a broken chain breaks, never the entries' words. Board "
                    + "administrators only.")
    @APIResponse(responseCode = "200", description = "The last check.",
            content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.ChainCheck.class),
            examples = @ExampleObject(name = "the latest check", value = ApiSchemas.CHAIN_CHECK_EXAMPLE)))
    @GET
    public ChainCheckView latest() {
        return checks.latest();
    }

    @Operation(operationId = "checkAuditChain",
            summary = "Checks the board's audit chain now and records the check; a newly broken chain is e-mailed to "
            + "the board's senior managers and administrators. Board administrators only.",
            description = "Walks the board's whole audit chain now, from its first entry (the nightly check "
                    + "goes on from its last checkpoint), and records the check; a newly broken chain is e-mailed "
                    + "to the board's senior managers and administrators. Board administrators only.")
    @APIResponse(responseCode = "200", description = "The check just made.",
            content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.ChainCheck.class),
            examples = @ExampleObject(name = "the latest check", value = ApiSchemas.CHAIN_CHECK_EXAMPLE)))
    @APIResponse(responseCode = "503", description = "Nothing checked or recorded: a node walks one whole chain at a "
            + "time, and this check found no turn within its wait (60 s) while others were walked. Ask again after "
            + "Retry-After (seconds).",
            headers = {@Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER))},
            content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ApiSchemas.Problem.class)))
    @POST
    public ChainCheckView checkNow() {
        return checks.checkNow();
    }
}
