package uk.safeguardcases.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;

/**
 * A plug-in's part of the API's description, for the resources it brings (its own {@code @Path} classes in its own
 * package): an OpenAPI fragment with its {@code paths} and the {@code components/schemas} they name, which
 * {@code OpenApiResource} adds to the product's own. A path or schema the description has already is refused (the
 * document then fails to build, and {@code ApiIT} with it). Registered as an {@code @ApplicationScoped} bean.
 */
public interface ApiDescriptionPart {

    /** The fragment: {@code {"paths": {...}, "components": {"schemas": {...}}}}. */
    JsonObject fragment();

    /** A fragment kept as a file beside {@code type}, in its package's resources. */
    static JsonObject read(Class<?> type, String file) {
        InputStream in = type.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("No API description " + file + " beside " + type.getName());
        }
        try (JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
