package uk.safeguardcases.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The API's description as the server serves it (the product's own and every plug-in's part, found among the web
 * module's classes as the server finds their beans), checked for what a client generator and a reader need, and
 * written to {@code web/target/openapi.json} again ({@link ApiDescriptionFile}).
 */
class ApiDescriptionFileTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void everyOperationHasAnIdOfItsOwnATagTheDescriptionDefinesAndWordsAndItIsWrittenForTheLinter() throws Exception {
        assertThat(ApiDescriptionFile.parts()).as("the plug-ins' parts").hasSizeGreaterThanOrEqualTo(2);
        JsonObject document = ApiDescriptionFile.served();

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
            }
        }
        assertThat(operations).as("the product's and the plug-ins' operations").isGreaterThanOrEqualTo(22);
        assertThat(document.getJsonObject("paths").keySet()).contains("/cases", "/annual-report", "/stuck-work");

        Path file = Path.of("target", "openapi.json");
        ApiDescriptionFile.write(document, file);
        assertThat(Files.readString(file)).contains("\"operationId\": \"listStuckWork\"");
    }

}
