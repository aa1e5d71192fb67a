package uk.safeguardcases.web.api;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.safeguardcases.application.outcomes.KnownTriageOutcomes;
import uk.safeguardcases.domain.cases.TriageDecision;

/**
 * The API's description (OpenAPI 3.1), written by hand next to the resources and checked by ApiIT, with each
 * plug-in's part for the resources it brings ({@link ApiDescriptionPart}). The triage decisions it lists are the
 * ones this deployment knows: the core's and every process's ({@code TriageOutcomes}).
 */
@Path("/openapi.json")
public class OpenApiResource {

    private static final String DECISIONS = "/components/schemas/Triage/properties/decision/enum";

    @Inject
    private KnownTriageOutcomes outcomes;

    @Inject
    private Instance<ApiDescriptionPart> parts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject document() {
        JsonObject written;
        try (JsonReader reader = Json.createReader(OpenApiResource.class.getResourceAsStream("openapi.json"))) {
            written = reader.readObject();
        }
        JsonArrayBuilder decisions = Json.createArrayBuilder();
        outcomes.decisions().stream().map(TriageDecision::name).forEach(decisions::add);
        JsonObject withParts = withParts(written, parts.stream().map(ApiDescriptionPart::fragment).toList());
        return Json.createPatchBuilder().replace(DECISIONS, decisions.build()).build().apply(withParts);
    }

    /**
     * {@code written} with each part's paths, schemas and tags added; a path or schema the document has already is
     * refused, a tag it has already is kept once (two parts may file their endpoints under one).
     */
    static JsonObject withParts(JsonObject written, List<JsonObject> fragments) {
        JsonObjectBuilder paths = Json.createObjectBuilder(written.getJsonObject("paths"));
        JsonObjectBuilder schemas = Json.createObjectBuilder(written.getJsonObject("components")
                .getJsonObject("schemas"));
        Set<String> pathNames = new HashSet<>(written.getJsonObject("paths").keySet());
        Set<String> schemaNames = new HashSet<>(written.getJsonObject("components")
                .getJsonObject("schemas").keySet());
        JsonArrayBuilder tags = Json.createArrayBuilder();
        Set<String> tagNames = new HashSet<>();
        for (JsonObject fragment : java.util.stream.Stream.concat(java.util.stream.Stream.of(written),
                fragments.stream()).toList()) {
            for (JsonObject tag : fragment.containsKey("tags") ? fragment.getJsonArray("tags")
                    .getValuesAs(JsonObject.class) : List.<JsonObject>of()) {
                if (tagNames.add(tag.getString("name"))) {
                    tags.add(tag);
                }
            }
        }
        for (JsonObject fragment : fragments) {
            for (Map.Entry<String, JsonValue> path : fragment.getJsonObject("paths").entrySet()) {
                if (!pathNames.add(path.getKey())) {
                    throw new IllegalStateException("The API's description has the path " + path.getKey() + " twice");
                }
                paths.add(path.getKey(), path.getValue());
            }
            JsonObject components = fragment.getJsonObject("components");
            JsonObject theirs = components == null ? null : components.getJsonObject("schemas");
            for (Map.Entry<String, JsonValue> schema : theirs == null ? Set.<Map.Entry<String, JsonValue>>of()
                    : theirs.entrySet()) {
                if (!schemaNames.add(schema.getKey())) {
                    throw new IllegalStateException("The API's description has the schema " + schema.getKey() + " twice");
                }
                schemas.add(schema.getKey(), schema.getValue());
            }
        }
        JsonObject components = Json.createObjectBuilder(written.getJsonObject("components")).add("schemas", schemas)
                .build();
        JsonObjectBuilder document = Json.createObjectBuilder(written).add("paths", paths).add("components", components);
        return (tagNames.isEmpty() ? document : document.add("tags", tags)).build();
    }
}
