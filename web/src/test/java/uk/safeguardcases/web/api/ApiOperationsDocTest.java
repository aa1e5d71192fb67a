package uk.safeguardcases.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/api.md}'s list of every operation is the generated description's ({@code web/target/openapi.json}),
 * word for word: grouped by tag, each operation's method, path, id, doors, summary and description. After a change
 * to the API, {@code -Dsafeguard.writeApiDocs=true} writes the list again; without it a list that differs fails.
 */
class ApiOperationsDocTest {

    static final String START = "<!-- Every operation, generated from the API's description by ApiOperationsDocTest."
            + " After a change to the API: mvn -pl web test -Dtest=ApiOperationsDocTest -Dsafeguard.writeApiDocs=true"
            + " -->";
    static final String END = "<!-- End of the generated operations. -->";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Map<String, String> DOORS = Map.of("apiKey", "API key or service account",
            "personalToken", "personal access token", "providerToken", "the board's provider's token",
            "basic", "HTTP Basic", "session", "browser session");

    @Test
    void theDocumentsListOfOperationsIsTheGeneratedDescriptions() throws IOException {
        JsonObject description;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(Path.of("target", "openapi.json")))) {
            description = reader.readObject();
        }
        String list = list(description);
        Path doc = Path.of("..", "docs", "api.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("docs/api.md has the generated list's start marker").isNotNegative();
        assertThat(end).as("… and its end marker").isGreaterThan(start);
        String now = text.substring(start + START.length(), end);
        if (Boolean.getBoolean("safeguard.writeApiDocs")) {
            Files.writeString(doc, text.substring(0, start + START.length()) + list + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(now).as("docs/api.md's operations against the description (write them again with"
                + " -Dsafeguard.writeApiDocs=true)").isEqualTo(list);
        assertThat(list).contains("`GET /api/stuck-work`").contains("`POST /api/intake/concerns`");
    }

    /** The operations, by tag in the description's order, as Markdown. */
    static String list(JsonObject description) {
        Map<String, List<String>> byTag = new LinkedHashMap<>();
        Map<String, String> tagWords = new LinkedHashMap<>();
        for (JsonObject tag : description.getJsonArray("tags").getValuesAs(JsonObject.class)) {
            byTag.put(tag.getString("name"), new ArrayList<>());
            tagWords.put(tag.getString("name"), tag.getString("description", ""));
        }
        for (Map.Entry<String, JsonValue> path : description.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> method : path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                JsonObject operation = method.getValue().asJsonObject();
                String tag = operation.getJsonArray("tags").getString(0);
                byTag.get(tag).add("- `" + method.getKey().toUpperCase() + " /api" + path.getKey() + "` ("
                        + operation.getString("operationId") + "; " + doors(operation) + "): "
                        + operation.getString("summary") + "\n  " + operation.getString("description") + "\n");
            }
        }
        StringBuilder out = new StringBuilder("\n");
        for (Map.Entry<String, List<String>> tag : byTag.entrySet()) {
            if (tag.getValue().isEmpty()) {
                continue;
            }
            out.append("\n#### ").append(tag.getKey()).append("\n\n").append(tagWords.get(tag.getKey()))
                    .append("\n\n");
            tag.getValue().forEach(out::append);
        }
        return out.append("\n").toString();
    }

    private static String doors(JsonObject operation) {
        List<String> doors = new ArrayList<>();
        for (JsonObject requirement : operation.getJsonArray("security").getValuesAs(JsonObject.class)) {
            requirement.keySet().forEach(scheme -> doors.add(DOORS.getOrDefault(scheme, scheme)));
        }
        return doors.isEmpty() ? "open to anyone" : String.join(", ", doors);
    }
}
