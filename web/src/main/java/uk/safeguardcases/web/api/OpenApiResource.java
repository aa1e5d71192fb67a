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
import uk.safeguardcases.application.outcomes.KnownTriageOutcomes;
import uk.safeguardcases.domain.cases.TriageDecision;

/**
 * The API's description (OpenAPI 3.1), written by hand next to the resources and checked by ApiIT. The triage
 * decisions it lists are the ones this deployment knows: the core's and every process's ({@code TriageOutcomes}).
 */
@Path("/openapi.json")
public class OpenApiResource {

    private static final String DECISIONS = "/components/schemas/Triage/properties/decision/enum";

    @Inject
    private KnownTriageOutcomes outcomes;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject document() {
        JsonObject written;
        try (JsonReader reader = Json.createReader(OpenApiResource.class.getResourceAsStream("openapi.json"))) {
            written = reader.readObject();
        }
        JsonArrayBuilder decisions = Json.createArrayBuilder();
        outcomes.decisions().stream().map(TriageDecision::name).forEach(decisions::add);
        return Json.createPatchBuilder().replace(DECISIONS, decisions.build()).build().apply(written);
    }
}
