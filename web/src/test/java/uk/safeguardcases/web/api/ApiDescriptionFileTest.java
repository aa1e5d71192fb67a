package uk.safeguardcases.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API's description as the server serves it (the product's own and every plug-in's part, found among the web
 * module's classes as the server finds their beans), checked for what a client generator and a reader need, and
 * written to {@code web/target/openapi.json} for Spectral ({@code ops/lint-api.sh}, run by {@code .ci/run}).
 */
class ApiDescriptionFileTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void everyOperationHasAnIdOfItsOwnATagTheDescriptionDefinesAndWordsAndItIsWrittenForTheLinter() throws Exception {
        JsonObject document = OpenApiResource.withParts(written(), parts());

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
        Files.createDirectories(file.getParent());
        JsonWriterFactory pretty = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                JsonWriter writer = pretty.createWriter(out)) {
            writer.writeObject(document);
        }
    }

    private static JsonObject written() {
        try (JsonReader reader = Json.createReader(OpenApiResource.class.getResourceAsStream("openapi.json"))) {
            return reader.readObject();
        }
    }

    /** Every plug-in's part: each class of the web module that is an {@link ApiDescriptionPart}. */
    private static List<JsonObject> parts() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path classes = Path.of(OpenApiResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<JsonObject> fragments = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ApiDescriptionFileTest.class.getClassLoader());
                if (ApiDescriptionPart.class.isAssignableFrom(type) && !type.isInterface()) {
                    fragments.add(((ApiDescriptionPart) type.getDeclaredConstructor().newInstance()).fragment());
                }
            }
        }
        assertThat(fragments).as("the plug-ins' parts").hasSizeGreaterThanOrEqualTo(2);
        return fragments;
    }
}
