package uk.safeguardcases.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The answer's JSON keeps every character typed, escaped as JSON requires; its ZIP holds the two files. */
class SubjectAccessExportTest {

    @Test
    void theJsonKeepsWhatWasTypedAndEscapesWhatItMust() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("format", "safeguard-cases/subject-access/1");
        tree.put("text", "Dŵr, tŷ – “dyfyniad” £5 \u200Fשלום\u200F 🙂 \"quoted\" back\\slash\nnew line\ttab \u0001");
        tree.put("notRecorded", null);
        tree.put("none", List.of());
        List<Object> items = new ArrayList<>();
        items.add(Map.of("a", "b"));
        tree.put("items", items);

        String json = new String(SubjectAccessExport.json(tree), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("""
                {
                  "format": "safeguard-cases/subject-access/1",
                  "text": "Dŵr, tŷ – “dyfyniad” £5 \u200Fשלום\u200F 🙂 \\"quoted\\" back\\\\slash\\nnew line\\ttab \\u0001",
                  "notRecorded": null,
                  "none": [],
                  "items": [
                    {
                      "a": "b"
                    }
                  ]
                }
                """);
    }

    @Test
    void theZipHoldsThePdfAndTheJsonByTheRequestsReference() throws IOException {
        byte[] zip = SubjectAccessExport.zip("CHSCB-SAR-2026-0001", "%PDF".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8), Instant.parse("2026-11-23T10:00:00Z"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(files.keySet()).containsExactly("CHSCB-SAR-2026-0001.pdf", "CHSCB-SAR-2026-0001.json");
        assertThat(Arrays.equals(files.get("CHSCB-SAR-2026-0001.json"), "{}".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(SubjectAccessExport.zip("CHSCB-SAR-2026-0001", "%PDF".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8), Instant.parse("2026-11-23T10:00:00Z")))
                .as("the same content makes the same bytes").isEqualTo(zip);
    }
}
