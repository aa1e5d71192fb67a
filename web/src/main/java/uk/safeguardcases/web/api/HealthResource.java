package uk.safeguardcases.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.safeguardcases.application.health.HealthService;
import uk.safeguardcases.application.health.Readiness;

/** Readiness for load balancers and the run command: 200 when the database and the engine are up, else 503. */
@Path("/health")
public class HealthResource {

    @Inject
    private HealthService health;

    @GET
    @Path("/ready")
    @Produces(MediaType.APPLICATION_JSON)
    public Response ready() {
        Readiness readiness = health.readiness();
        return Response.status(readiness.ready() ? 200 : 503).entity(readiness).build();
    }
}
