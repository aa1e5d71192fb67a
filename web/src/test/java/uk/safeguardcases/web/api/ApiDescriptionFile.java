package uk.safeguardcases.web.api;

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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The API's description as the server serves it, without a server: the product's own and every plug-in's part
 * (each class of the web module that is an {@link ApiDescriptionPart}, as the server finds their beans). The web
 * module's build writes it to {@code web/target/openapi.json} (exec-maven-plugin, before its tests): Spectral lints it
 * ({@code ops/lint-api.sh}) and the integration tests' client is generated from it ({@code ear/pom.xml}).
 */
public final class ApiDescriptionFile {

    private ApiDescriptionFile() {
    }

    /** Writes the description to the file its one argument names. */
    public static void main(String[] args) throws Exception {
        write(served(), Path.of(args[0]));
    }

    static JsonObject served() throws IOException, URISyntaxException, ReflectiveOperationException {
        return OpenApiResource.withParts(written(), parts());
    }

    static void write(JsonObject document, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
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
    static List<JsonObject> parts() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path classes = Path.of(OpenApiResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<JsonObject> fragments = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ApiDescriptionFile.class.getClassLoader());
                if (ApiDescriptionPart.class.isAssignableFrom(type) && !type.isInterface()) {
                    fragments.add(((ApiDescriptionPart) type.getDeclaredConstructor().newInstance()).fragment());
                }
            }
        }
        return fragments;
    }
}
