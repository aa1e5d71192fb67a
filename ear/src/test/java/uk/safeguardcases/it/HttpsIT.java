package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The product as the run command serves it, on one server started as {@code SAFEGUARD_LOG_FORMAT=json ./run.sh} starts
 * it: HTTPS only ({@code safeguard.https.only}), the demo boards and their cases, and the operator's JSON log
 * (WildFly's json-formatter, chosen at start by {@code safeguard.log.json.level} and {@code safeguard.log.plain.level}).
 * HTTPS is on WildFly's own listener with a self-signed certificate, plain HTTP sent there before anything is done,
 * HSTS, and cookies that only travel over HTTPS; signing in works there from start to finish. Each record of a request
 * in the JSON log carries its request id and the case it is about, and no one's name. Both are settings of the
 * server's start, the same whatever the database; one server for both saves a start of the product (about 50 s).
 */
class HttpsIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    /** The demo member, about whom the demo board has a case (DemoCases). */
    private static final String MEMBER = "Morgan Evans";

    private static StandaloneServer server;

    @BeforeAll
    static void startAsTheRunCommandDoes() {
        TestDatabase database = TestDatabase.fresh("https");
        Map<String, String> properties = new LinkedHashMap<>(database.serverProperties());
        properties.put("safeguard.https.only", "true");
        properties.put("safeguard.demo.cases", "true");
        properties.put("safeguard.log.json.level", "ALL");
        properties.put("safeguard.log.plain.level", "OFF");
        server = new StandaloneServer("https", 450, properties);
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void plainHttpIsSentToHttpsWhereEveryCookieIsSecureAndTheBrowserIsToldToStay() throws Exception {
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        for (String method : List.of("GET", "POST")) {
            HttpResponse<String> answer = plain.send(HttpRequest.newBuilder(server.uri()
                    .resolve("officer/cases.xhtml?status=open&q=Gw%C5%B5n")).method(method,
                            HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(308, answer.statusCode(), method);
            assertEquals(server.httpsUri().resolve("officer/cases.xhtml?status=open&q=Gw%C5%B5n").toString(),
                    answer.headers().firstValue("Location").orElse(""), method);
            assertTrue(answer.headers().firstValue("Set-Cookie").isEmpty(), "no session over plain HTTP");
        }

        Browser browser = Browser.trustingAnyCertificate(server.httpsUri());
        HttpResponse<String> login = browser.request("GET", "login.xhtml", Map.of(), null);
        assertEquals(200, login.statusCode());
        assertEquals("max-age=31536000", login.headers().firstValue("Strict-Transport-Security").orElse(""));
        String cookie = login.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("JSESSIONID=") && cookie.toLowerCase(java.util.Locale.ROOT).contains("; secure")
                && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);

        Browser.Page in = browser.signIn("nscb.officer", PASSWORD);
        assertTrue(in.uri().equals(server.httpsUri().resolve("officer/dashboard.xhtml").toString()), in.uri());
        assertEquals(200, in.status());
        HttpResponse<String> api = browser.request("GET", "api/cases", Map.of("Accept", "application/json"), null);
        assertEquals(200, api.statusCode(), api.body());
        assertEquals("max-age=31536000", api.headers().firstValue("Strict-Transport-Security").orElse(""));
    }

    @Test
    void aRequestAboutACaseLogsItsIdAndReferenceButNotTheMembersName() throws Exception {
        Browser officer = Browser.trustingAnyCertificate(server.httpsUri());
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

    /**
     * A start as the run command makes it logs no ERROR, so an operator reading the log has nothing false to chase:
     * PDFBox's "Unmapping is not supported", with its stack trace, was one at every start until the EAR asked for the
     * module {@code jdk.unsupported}.
     */
    @Test
    void theStartLogsNoError() throws Exception {
        List<String> start = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(server.log().resolveSibling("server.json.log"))) {
            start.add(line);
            if (line.contains("WFLYSRV0025")) {
                break;
            }
        }
        assertTrue(start.get(start.size() - 1).contains("WFLYSRV0025"), "the start's last record is in the log");
        assertEquals(List.of(), start.stream().filter(l -> l.contains("\"level\":\"ERROR\"")).toList());
    }
}
