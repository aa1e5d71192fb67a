package uk.safeguardcases.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The API's description as the build generated it from the code ({@code web/target/openapi.json}, MicroProfile
 * OpenAPI's annotations read by SmallRye's generator), checked for what a client generator and a reader need: every
 * JAX-RS resource of the web module is in it, the plug-ins' with the product's.
 */
class ApiDescriptionFileTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void everyOperationHasAnIdOfItsOwnATagTheDescriptionDefinesAndWordsAndItIsWrittenForTheLinter() throws Exception {
        JsonObject document;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(Path.of("target", "openapi.json")))) {
            document = reader.readObject();
        }
        assertThat(document.getString("openapi")).isEqualTo("3.1.0");

        Set<String> tags = new HashSet<>();
        document.getJsonArray("tags").getValuesAs(JsonObject.class).forEach(t -> tags.add(t.getString("name")));
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, jakarta.json.JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, jakarta.json.JsonValue> method : path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                JsonObject operation = method.getValue().asJsonObject();
                String where = method.getKey().toUpperCase() + " " + path.getKey();
                operations++;
                assertThat(ids.add(operation.getString("operationId", ""))).as(where + ": an operationId of its own")
                        .isTrue();
                assertThat(operation.getString("operationId")).as(where).matches("[a-z][A-Za-z]+");
                assertThat(operation.getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString))
                        .as(where).isNotEmpty().allSatisfy(tag -> assertThat(tags).contains(tag));
                assertThat(operation.getString("summary", "")).as(where).isNotBlank();
                assertThat(operation.getString("description", "")).as(where).isNotBlank();
                assertThat(operation.containsKey("security")).as(where + " names its doors").isTrue();
                // Each JSON body it takes or answers (with a shape) comes with an example, which Spectral checks
                // against that shape (ops/lint-api.sh).
                for (String body : jsonBodies(operation)) {
                    assertThat(body).as(where + ": an example of each JSON body").contains("\"examples\"");
                }
            }
        }
        assertThat(operations).as("the product's and the plug-ins' operations").isGreaterThanOrEqualTo(22);
        assertThat(document.getJsonObject("paths").keySet()).contains("/cases", "/annual-report", "/stuck-work");
        // Each shape a body refers to is one the description defines.
        String text = document.toString();
        java.util.regex.Matcher ref = java.util.regex.Pattern.compile("#/components/(schemas|responses)/(\\w+)")
                .matcher(text);
        while (ref.find()) {
            assertThat(document.getJsonObject("components").getJsonObject(ref.group(1)).keySet()).as(ref.group())
                    .contains(ref.group(2));
        }
    }

    /** The JSON content of the operation's request body and of its 2xx answers, where a shape is given. */
    private static java.util.List<String> jsonBodies(JsonObject operation) {
        java.util.List<JsonObject> contents = new java.util.ArrayList<>();
        if (operation.containsKey("requestBody")) {
            contents.add(operation.getJsonObject("requestBody").getJsonObject("content"));
        }
        for (Map.Entry<String, jakarta.json.JsonValue> answer : operation.getJsonObject("responses").entrySet()) {
            JsonObject response = answer.getValue().asJsonObject();
            if (answer.getKey().startsWith("2") && response.containsKey("content")) {
                contents.add(response.getJsonObject("content"));
            }
        }
        java.util.List<String> bodies = new java.util.ArrayList<>();
        for (JsonObject content : contents) {
            JsonObject json = content.getJsonObject("application/json");
            if (json != null && json.containsKey("schema")) {
                bodies.add(json.toString());
            }
        }
        return bodies;
    }
}