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
import uk.safeguardcases.application.health.HealthService;
import uk.safeguardcases.application.health.Readiness;

/**
 * Readiness for load balancers and the run command: 200 when the database and the engine are up and the node has
 * warmed up (when it is set to, {@link WarmUp}), else 503.
 */
@Path("/health")
public class HealthResource {

    @Inject
    private HealthService health;

    @Inject
    private WarmUp warmUp;

    @Context
    private HttpServletRequest request;

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
