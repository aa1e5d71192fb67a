package uk.safeguardcases.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plug-in's part of the API's description joins the product's own, and never replaces any of it. */
class ApiDescriptionPartsTest {

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    private static final JsonObject WRITTEN = json("{'openapi': '3.1.0', 'paths': {'/cases': {'get': {}}},"
            + " 'components': {'securitySchemes': {'basic': {}}, 'schemas': {'Case': {'type': 'object'}}}}");

    @Test
    void aPartsPathsAndSchemasAreAddedBesideTheProductsOwn() {
        JsonObject document = OpenApiResource.withParts(WRITTEN, List.of(json("{'paths': {'/figures': {'get': {}}},"
                + " 'components': {'schemas': {'Figures': {'type': 'object'}}}}"), json("{'paths': {'/more': {}}}")));

        assertThat(document.getJsonObject("paths").keySet()).containsExactly("/cases", "/figures", "/more");
        assertThat(document.getJsonObject("components").getJsonObject("schemas").keySet())
                .containsExactly("Case", "Figures");
        assertThat(document.getJsonObject("components").getJsonObject("securitySchemes").keySet())
                .containsExactly("basic");
        assertThat(document.getString("openapi")).isEqualTo("3.1.0");
    }

    @Test
    void aPartsTagsJoinTheDocumentsOnceEach() {
        JsonObject written = json("{'openapi': '3.1.0', 'tags': [{'name': 'Cases'}], 'paths': {},"
                + " 'components': {'schemas': {}}}");
        JsonObject document = OpenApiResource.withParts(written, List.of(
                json("{'tags': [{'name': 'Stuck work', 'description': 'x'}], 'paths': {'/a': {}}}"),
                json("{'tags': [{'name': 'Stuck work'}, {'name': 'Cases'}], 'paths': {'/b': {}}}")));
        assertThat(document.getJsonArray("tags").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("name")).containsExactly("Cases", "Stuck work");
        assertThat(document.getJsonArray("tags").getJsonObject(1).getString("description")).isEqualTo("x");
    }

    @Test
    void aPathOrSchemaTheDescriptionHasAlreadyIsRefused() {
        assertThatThrownBy(() -> OpenApiResource.withParts(WRITTEN, List.of(json("{'paths': {'/cases': {}}}"))))
                .hasMessageContaining("the path /cases twice");
        assertThatThrownBy(() -> OpenApiResource.withParts(WRITTEN, List.of(json("{'paths': {},"
                + " 'components': {'schemas': {'Case': {}}}}")))).hasMessageContaining("the schema Case twice");
        assertThatThrownBy(() -> OpenApiResource.withParts(WRITTEN, List.of(json("{'paths': {'/x': {}}}"),
                json("{'paths': {'/x': {}}}")))).hasMessageContaining("the path /x twice");
    }
}
