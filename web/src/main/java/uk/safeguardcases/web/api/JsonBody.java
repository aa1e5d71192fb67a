package uk.safeguardcases.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;

/**
 * A JSON object sent to the API, read with a size limit: a body that is too big, not JSON, or not an object is
 * refused with a 4xx problem before anything is done. Fields are read as text, true/false or a nested object; a
 * field of the wrong JSON type, or a value that cannot be read (see {@link Fields}), is reported by name, and all
 * of them at once by {@link #check()}. A nested object's fields are named {@code outer.inner}.
 */
public final class JsonBody {

    /** The largest body accepted, in bytes. */
    static final int MAX_BYTES = 64 * 1024;

    /** The deepest nesting of objects and arrays accepted; the API's own bodies go two deep. */
    static final int MAX_DEPTH = 32;

    private final JsonObject object;
    private final String prefix;
    private final Map<String, String> problems;

    private JsonBody(JsonObject object) {
        this(object, "", new LinkedHashMap<>());
    }

    private JsonBody(JsonObject object, String prefix, Map<String, String> problems) {
        this.object = object;
        this.prefix = prefix;
        this.problems = problems;
    }

    public static JsonBody read(HttpHeaders headers, InputStream in) {
        String declared = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > MAX_BYTES) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw new ApiRefusal(400, "Malformed request", "The Content-Length header is not a number.");
            }
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw new ApiRefusal(400, "Malformed JSON", "The request has no body: send a JSON object.");
        }
        if (depth(bytes) > MAX_DEPTH) {
            // Refused before the parser sees it: a parser recursing 5,000 levels down runs out of stack.
            throw new ApiRefusal(400, "Malformed JSON",
                    "The body nests objects and arrays more than " + MAX_DEPTH + " deep; the API's bodies are flat.");
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ApiRefusal(400, "Malformed JSON", "The body must be a JSON object.");
            }
            return new JsonBody(value.asJsonObject());
        } catch (JsonException | IllegalStateException e) {
            // The parser's message may quote the body, so it is not passed on.
            throw new ApiRefusal(400, "Malformed JSON", "The body is not well-formed JSON.");
        }
    }

    /** The deepest nesting of {@code [} and {@code {} in a JSON text, outside strings (unclosed ones count too). */
    static int depth(byte[] json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return deepest;
    }

    /** The field as text: a string, or a number written as sent; null when absent or null. */
    public String text(String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        problems.put(prefix + field, "This must be text (a JSON string).");
        return null;
    }

    /** The field as true or false; false when absent or null. */
    boolean flag(String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL
                || value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        problems.put(prefix + field, "This must be true or false.");
        return false;
    }

    /** The field as a nested object sharing this body's problems, or null when absent or null. */
    JsonBody object(String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.put(prefix + field, "This must be a JSON object.");
            return null;
        }
        return new JsonBody(value.asJsonObject(), prefix + field + ".", problems);
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        return Fields.choice(problems, prefix + field, text(field), type);
    }

    /** A field the resource found wrong itself (a value no list of the product's knows, say). */
    void problem(String field, String message) {
        problems.put(prefix + field, message);
    }

    java.time.Instant dateTime(String field) {
        return Fields.dateTime(problems, prefix + field, text(field));
    }

    java.time.LocalDate date(String field) {
        return Fields.date(problems, prefix + field, text(field));
    }

    Long wholeNumber(String field) {
        return Fields.wholeNumber(problems, prefix + field, text(field));
    }

    /** Refuses the request, field by field, if a field had the wrong type or could not be read. */
    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Refuses the request, field by field, if a field had the wrong type. */
    void checkTypes() {
        check();
    }

    private static ApiRefusal tooLarge() {
        return new ApiRefusal(413, "Request too large", "The body must be " + MAX_BYTES / 1024 + " KB or smaller.");
    }
}
