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
import uk.safeguardcases.application.api.IntakeConcern;
import uk.safeguardcases.application.api.IntakeResult;
import uk.safeguardcases.application.api.IntakeService;

/** Monitoring tools report detected concerns with their board's API key (see openapi.json). */
@Path("/intake/concerns")
public class IntakeResource {

    @Inject
    private IntakeService intake;

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
        IntakeResult result;
        try {
            result = intake.report(idempotencyKey, concern);
        } catch (EJBException e) {
            if (idempotencyKey == null || idempotencyKey.isBlank()) {
                throw e;
            }
            // A retry that raced the first request with the same key lost; the first one's case is the answer.
            result = intake.report(idempotencyKey, concern);
        }
        Response.ResponseBuilder created = Response.created(
                        uri.getBaseUriBuilder().path("cases").path(result.reference()).build())
                .entity(result);
        if (result.replayed()) {
            created.header("Idempotent-Replayed", "true");
        }
        return created.build();
    }
}
