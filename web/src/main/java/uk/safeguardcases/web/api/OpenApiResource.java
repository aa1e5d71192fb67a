package uk.safeguardcases.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguardcases.application.outcomes.KnownTriageOutcomes;
import uk.safeguardcases.domain.cases.TriageDecision;

/**
 * The API's description (OpenAPI 3.1), generated from the code when the web module is built ({@link ApiApplication}
 * says how), as this deployment has it: the triage decisions it lists are the ones the deployment knows, the core's
 * and every process's ({@code TriageOutcomes}).
 */
@Tag(name = "Service")
@Path("/openapi.json")
public class OpenApiResource {

    private static final String DECISIONS = "/components/schemas/Triage/properties/decision/enum";

    @Inject
    private KnownTriageOutcomes outcomes;

    @Operation(operationId = "getApiDescription", summary = "This document.",
            description = "This description, with the triage decisions the deployment knows and every installed "
                    + "process's endpoints.")
    @SecurityRequirementsSet()
    @APIResponse(responseCode = "200", description = "The OpenAPI document.",
            content = @Content(mediaType = "application/json"))
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject document() {
        JsonObject generated;
        try (JsonReader reader = Json.createReader(OpenApiResource.class.getResourceAsStream("openapi.json"))) {
            generated = reader.readObject();
        }
        JsonArrayBuilder decisions = Json.createArrayBuilder();
        outcomes.decisions().stream().map(TriageDecision::name).forEach(decisions::add);
        return Json.createPatchBuilder().replace(DECISIONS, decisions.build()).build().apply(generated);
    }
}
