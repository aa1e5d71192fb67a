package uk.safeguardcases.application.transfer;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import uk.safeguardcases.domain.transfer.LegalBasis;
import uk.safeguardcases.domain.transfer.ReceivedFile;
import uk.safeguardcases.domain.transfer.ReceivedItem;
import uk.safeguardcases.domain.transfer.TransferPackage;

/**
 * What goes between the boards' two processes, as JSON (UTF-8 bytes): the receiving process holds it only until its
 * first step keeps it as the receiving board's record. Written and read here only, so the two ends agree.
 */
final class TransferPackageJson {

    private TransferPackageJson() {
    }

    /** What names a package's JSON as one, and its version. */
    static final String FORMAT = "safeguard-cases/transfer-package/1";

    /**
     * What goes to a board on another deployment: what goes to one of this deployment, with what the other cannot look
     * up (the sending board's names) and the board it was made for, under the format's name.
     */
    static byte[] writeForAnotherDeployment(TransferPackage sent, String boardName, String boardNameCy,
            String toBoard, Instant madeAt) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("format", FORMAT).add("fromBoardName", boardName)
                .add("toBoard", toBoard).add("madeAt", madeAt.toString()).add("package", object(sent));
        put(json, "fromBoardNameCy", boardNameCy);
        return json.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A package from another deployment, as its JSON says; {@code IllegalArgumentException} when it is not one. */
    record FromAnotherDeployment(TransferPackage sent, String boardName, String boardNameCy, String toBoard,
            Instant madeAt) {
    }

    static FromAnotherDeployment readFromAnotherDeployment(byte[] bytes) {
        try {
            JsonObject json;
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
                json = reader.readObject();
            }
            if (!FORMAT.equals(text(json, "format"))) {
                throw new IllegalArgumentException("Not a transfer package of this format");
            }
            return new FromAnotherDeployment(read(json.getJsonObject("package")), json.getString("fromBoardName"),
                    text(json, "fromBoardNameCy"), json.getString("toBoard"), Instant.parse(json.getString("madeAt")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a transfer package: " + e.getClass().getSimpleName(), e);
        }
    }

    static byte[] write(TransferPackage sent) {
        return object(sent).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject object(TransferPackage sent) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (ReceivedItem item : sent.items()) {
            JsonObjectBuilder one = Json.createObjectBuilder().add("kind", item.kind().name());
            put(one, "title", item.title());
            put(one, "detail", item.detail());
            put(one, "url", item.url());
            put(one, "sha256", item.sha256());
            put(one, "capturedAt", item.capturedAt() == null ? null : item.capturedAt().toString());
            items.add(one);
        }
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (TransferPackage.File file : sent.files()) {
            files.add(Json.createObjectBuilder().add("kind", file.kind().name()).add("title", file.title())
                    .add("fileName", file.fileName()).add("contentType", file.contentType())
                    .add("sha256", file.sha256()).add("content", Base64.getEncoder().encodeToString(file.content())));
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("fromBoard", sent.fromBoard())
                .add("transferId", sent.transferId()).add("reference", sent.reference())
                .add("legalBasis", sent.legalBasis().name()).add("redactedPassages", sent.redactedPassages())
                .add("items", items).add("files", files);
        put(json, "reason", sent.reason());
        put(json, "subjectName", sent.subjectName());
        put(json, "organisationName", sent.organisationName());
        put(json, "summary", sent.summary());
        put(json, "outcome", sent.outcome());
        put(json, "findings", sent.findings());
        put(json, "finding", sent.finding());
        return json.build();
    }

    static TransferPackage read(byte[] bytes) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            return read(reader.readObject());
        }
    }

    private static TransferPackage read(JsonObject json) {
        List<ReceivedItem> items = new ArrayList<>();
        JsonArray array = json.getJsonArray("items");
        for (JsonValue value : array) {
            JsonObject one = value.asJsonObject();
            ReceivedItem.Kind kind = ReceivedItem.Kind.valueOf(one.getString("kind"));
            String capturedAt = text(one, "capturedAt");
            items.add(kind == ReceivedItem.Kind.ALLEGATION
                    ? ReceivedItem.allegation(text(one, "title"), text(one, "detail"))
                    : ReceivedItem.evidence(text(one, "title"), text(one, "detail"), text(one, "url"),
                            text(one, "sha256"), capturedAt == null ? null : Instant.parse(capturedAt)));
        }
        return new TransferPackage(json.getString("fromBoard"), json.getJsonNumber("transferId").longValueExact(),
                json.getString("reference"), LegalBasis.valueOf(json.getString("legalBasis")), text(json, "reason"),
                text(json, "subjectName"), text(json, "organisationName"), text(json, "summary"),
                text(json, "outcome"), text(json, "findings"), text(json, "finding"), json.getInt("redactedPassages"),
                items, files(json));
    }

    private static List<TransferPackage.File> files(JsonObject json) {
        List<TransferPackage.File> files = new ArrayList<>();
        if (!json.containsKey("files")) {
            return files;
        }
        for (JsonValue value : json.getJsonArray("files")) {
            JsonObject one = value.asJsonObject();
            files.add(new TransferPackage.File(ReceivedFile.Kind.valueOf(one.getString("kind")),
                    one.getString("title"), one.getString("fileName"), one.getString("contentType"),
                    one.getString("sha256"), Base64.getDecoder().decode(one.getString("content"))));
        }
        return files;
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static String text(JsonObject json, String name) {
        return json.containsKey(name) && !json.isNull(name) ? json.getString(name) : null;
    }
}
