package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The operator's JSON log (the run command's {@code SAFEGUARD_LOG_FORMAT=json}: WildFly's json-formatter, chosen at
 * start by {@code safeguard.log.json.level} and {@code safeguard.log.plain.level}): each record of a request carries
 * its request id and the case it is about, and no one's name.
 */
class JsonLogIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    /** The demo member, about whom the demo board has a case (DemoCases). */
    private static final String MEMBER = "Morgan Evans";

    @Test
    void aRequestAboutACaseLogsItsIdAndReferenceButNotTheMembersName() throws Exception {
        TestDatabase database = TestDatabase.fresh("jsonlog");
        Map<String, String> properties = new LinkedHashMap<>(database.serverProperties());
        properties.put("safeguard.demo.cases", "true");
        properties.put("safeguard.log.json.level", "ALL");
        properties.put("safeguard.log.plain.level", "OFF");
        try (StandaloneServer server = new StandaloneServer("json-log", 470, properties)) {
            server.start();
            Browser officer = new Browser(server.uri());
            officer.signIn("chscb.officer", PASSWORD);
            Matcher references = Pattern.compile("(CHSCB-\\d{4}-\\d{4,})").matcher(
                    officer.open("officer/cases.xhtml").body());
            String ref = null;
            while (ref == null && references.find()) {
                String candidate = references.group(1);
                if (officer.open("officer/case.xhtml?ref=" + candidate).body().contains(MEMBER)) {
                    ref = candidate; // the page names the member: the request is about them
                }
            }
            assertTrue(ref != null, "the demo case about the member");

            HttpResponse<String> refused = officer.request("POST", "officer/case.xhtml?ref=" + ref,
                    Map.of("Content-Type", "application/x-www-form-urlencoded", "X-Request-Id", "lb-json-log-0001"),
                    "form=form&jakarta.faces.ViewState=stateless");
            assertEquals(400, refused.statusCode());

            Path log = server.log().resolveSibling("server.json.log");
            List<String> lines = Files.readAllLines(log);
            JsonObject record = lines.stream().filter(l -> l.contains("lb-json-log-0001") && l.contains("ExpiredPageFilter"))
                    .map(l -> Json.createReader(new StringReader(l)).readObject()).findFirst().orElseThrow();
            assertEquals("lb-json-log-0001", record.getJsonObject("mdc").getString("requestId"));
            assertEquals(ref, record.getJsonObject("mdc").getString("caseRef"));
            assertTrue(record.getString("message").contains("expired page"), record.toString());
            for (String line : lines) {
                Json.createReader(new StringReader(line)).readObject(); // every line is one JSON record
                assertFalse(line.contains(MEMBER) || line.contains("Morgan"), line);
            }
            assertFalse(Files.readString(server.log()).contains("lb-json-log-0001"), "the plain log is off");
        }
    }
}
