package uk.safeguardcases.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguardcases.application.health.HealthService;
import uk.safeguardcases.application.health.Readiness;

/**
 * Readiness for load balancers and the run command: 200 when the database and the engine are up and the node has
 * warmed up (when it is set to, {@link WarmUp}), else 503.
 */
@Tag(name = "Service")
@Path("/health")
public class HealthResource {

    @Inject
    private HealthService health;

    @Inject
    private WarmUp warmUp;

    @Context
    private HttpServletRequest request;

    @Operation(operationId = "getReadiness",
            summary = "Readiness for load balancers: 200 when the database and the engine are up, else 503.",
            description = "For load balancers: 200 while the node's database and process engine answer and it "
                    + "can keep its references, 503 otherwise. Anyone may ask; it names no board.")
    @SecurityRequirementsSet()
    @APIResponse(responseCode = "200", description = "Ready.", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.Readiness.class),
            examples = @ExampleObject(name = "a node ready", value = ApiSchemas.READINESS_EXAMPLE)))
    @APIResponse(responseCode = "503", description = "Not ready.", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.Readiness.class)))
    @GET
    @Path("/ready")
    @Produces(MediaType.APPLICATION_JSON)
    public Response ready() {
        Readiness readiness = health.readiness();
        // Warmed up only once the rest is ready: the warm-up asks this node for its pages, at the address this check
        // came in on (IPv6 in brackets).
        String address = request.getLocalAddr();
        boolean warm = readiness.ready() && warmUp.warm(URI.create(request.getScheme() + "://"
                + (address.contains(":") ? "[" + address + "]" : address) + ":" + request.getLocalPort() + "/"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ready", warm);
        answer.put("database", readiness.database());
        answer.put("engine", readiness.engine());
        answer.put("references", readiness.references());
        answer.put("mail", readiness.mail());
        answer.put("warmUp", warmUp.status());
        return Response.status(warm ? 200 : 503).entity(answer).build();
    }
}
