package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.api.ApiKeyService;
import uk.safeguardcases.application.api.IntakeTurns;
import uk.safeguardcases.application.api.NewApiKey;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.administration.BoardSettings;
import uk.safeguardcases.application.administration.AuditLine;
import uk.safeguardcases.application.cases.CaseFile;
import uk.safeguardcases.application.cases.CaseFileService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.investigation.AllegationService;
import uk.safeguardcases.application.investigation.AuthorisationService;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.reports.ReferralPackPdf;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Evidence;
import uk.safeguardcases.domain.evidence.Platform;

/**
 * The REST API against the real server: API keys made and rotated by the board administrator, intake of
 * concerns by monitoring tools (idempotent, field-by-field problems, nothing half-made), HR systems' referrals,
 * and the OpenAPI document checked against the endpoints. One board's key never reaches another board's data.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Pattern REFERENCE = Pattern.compile("CHSCB-\\d{4}-\\d{4}");
    private static final Pattern MADE_KEY = Pattern.compile("id=\"madeKey\"[^>]*value=\"([A-Za-z0-9_-]{43})\"");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(ApiIT.class, ApiIT.Answer.class);
    }

    @Inject
    private ApiKeyService apiKeys;

    @Inject
    private IntakeTurns turns;

    @Inject
    private PeopleDirectory people;

    @Inject
    private CaseService cases;

    @Inject
    private BoardService boards;

    @Inject
    private BoardSettings settings;

    @Inject
    private TriageService triage;

    @Inject
    private AuthorisationService authorisation;

    @Inject
    private AllegationService allegations;

    @Inject
    private EvidenceService evidence;

    @Inject
    private CaseFileService caseFiles;

    @Inject
    private ServletContext servletContext;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** An HTTP answer. */
    record Answer(int status, String body, String contentType, Map<String, List<String>> headers) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        JsonArray array() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }

    @Test
    void aBoardAdministratorMakesAKeyOnThePageSeesItOnceAndTheBoardsTimelineRecordsItWithoutTheKey() {
        Browser admin = browser();
        admin.signIn("chscb.admin", PASSWORD);
        Browser.Page page = admin.open("admin/api-keys.xhtml");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("API keys for monitoring tools"), page.body());

        Browser.Page refused = admin.submit(page, "newKey", Map.of("name", "  "), "create");
        assertTrue(refused.body().contains("Give the key a name, such as the monitoring tool that will use it."),
                refused.body());

        String name = "Page tool " + UUID.randomUUID().toString().substring(0, 8);
        Browser.Page made = admin.submit(page, "newKey", Map.of("name", name), "create");
        String key = madeKey(made);
        assertTrue(made.body().contains("This is the only time the whole key is shown"), made.body());
        assertTrue(made.body().contains(key.substring(0, 8) + "…"), "the list shows the key's first characters");

        Browser.Page again = admin.open("admin/api-keys.xhtml");
        assertTrue(again.body().contains(name));
        assertFalse(again.body().contains(key), "the whole key is never shown again");

        List<AuditLine> audit = CallerContext.runAs(as("chscb.admin"), () -> settings.recentChanges(50));
        assertTrue(audit.stream().anyMatch(l -> l.action().equals("API key created") && l.detail().contains(name)
                && l.actor().equals("chscb.admin")), audit.toString());
        assertTrue(audit.stream().noneMatch(l -> l.detail().contains(key)), "the key is never in the timeline");

        assertEquals(201, intake(key, null, concern("chscb.member", "Page-made key")).status());

        Browser officer = browser();
        officer.signIn("chscb.officer", PASSWORD);
        assertEquals(403, officer.open("admin/api-keys.xhtml").status(), "only the board administrator");
    }

    @Test
    void aMonitoringToolReportsAConcernAndGetsTheCaseReferenceWithTheContentAsEvidence() {
        NewApiKey key = key("chscb", "Intake tool");
        Instant detected = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Answer created = intake(key.key(), null, Json.createObjectBuilder()
                .add("memberIdentifier", "chscb.member")
                .add("platform", "facebook")
                .add("url", "https://www.facebook.com/posts/9001")
                .add("capturedText", "Photo of a child from the school trip, names tagged")
                .add("detectedAt", detected.toString())
                .add("suggestedClause", "3.5(d)").build().toString());
        assertEquals(201, created.status(), created.body());
        String ref = created.json().getString("reference");
        assertTrue(REFERENCE.matcher(ref).matches(), ref);
        assertTrue(created.header("Location").endsWith("/api/cases/" + ref), created.header("Location"));

        Caller officer = as("chscb.officer");
        CaseSummary summary = CallerContext.runAs(officer, () -> cases.findByReference(ref));
        assertEquals(CaseSource.MONITORING.label(), summary.source());
        assertEquals("api:" + key.view().name(), summary.raisedBy());
        assertEquals(people.callerFor("chscb.member").orElseThrow().displayName(), summary.subjectName(),
                "the member's account was recognised by user name");
        List<EvidenceView> items = CallerContext.runAs(officer, () -> evidence.evidenceOf(ref));
        assertEquals(1, items.size());
        assertEquals(CaptureMethod.MONITORING_TOOL.label(), items.get(0).captureMethod());
        assertEquals("Photo of a child from the school trip, names tagged", items.get(0).capturedText());
        assertEquals(detected, items.get(0).capturedAt());
        assertEquals(Platform.FACEBOOK.label(), items.get(0).platform());
        List<TimelineLine> timeline = CallerContext.runAs(officer, () -> cases.timelineOf(ref));
        assertTrue(timeline.stream().anyMatch(l -> l.action().equals("Clause suggested by monitoring tool")
                && l.detail().contains("3.5(d)")), timeline.toString());
        assertTrue(timeline.stream().allMatch(l -> l.actor().equals("api:" + key.view().name())));

        Answer byName = intake(key.key(), null, Json.createObjectBuilder()
                .add("memberIdentifier", "Jo Outside").add("organisation", organisationName("chscb").toUpperCase())
                .add("platform", "X_TWITTER").add("url", "https://x.com/jo/status/1")
                .add("detectedAt", detected.toString()).build().toString());
        assertEquals(201, byName.status(), byName.body());
        assertEquals("Jo Outside", CallerContext.runAs(officer,
                () -> cases.findByReference(byName.json().getString("reference"))).subjectName());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameCaseAndADifferentConcernWithItIs422() {
        NewApiKey key = key("chscb", "Retrying tool");
        String idempotencyKey = UUID.randomUUID().toString();
        String body = concern("chscb.member", "Posted twice?");
        Answer first = intake(key.key(), idempotencyKey, body);
        Answer retry = intake(key.key(), idempotencyKey, body);
        assertEquals(201, first.status(), first.body());
        assertEquals(201, retry.status(), retry.body());
        assertEquals(first.json().getString("reference"), retry.json().getString("reference"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(1, casesRaisedBy("chscb", key), "one case only");

        Answer different = intake(key.key(), idempotencyKey, concern("chscb.member", "Another post entirely"));
        assertEquals(422, different.status(), different.body());
        assertTrue(different.isProblem());
        assertTrue(different.json().getString("detail").contains("different concern"), different.body());
        assertEquals(1, casesRaisedBy("chscb", key), "nothing created");

        NewApiKey north = key("nscb", "Northern tool");
        Answer otherBoard = intake(north.key(), idempotencyKey, concern("nscb.member", "Posted twice?"));
        assertEquals(201, otherBoard.status(), "another board's key with the same Idempotency-Key is its own request");
        assertTrue(otherBoard.json().getString("reference").startsWith("NSCB-"), otherBoard.body());
        assertFalse(otherBoard.header("Idempotent-Replayed") != null);
    }

    @Test
    void retriesSentAtTheSameTimeMakeOneCase() throws Exception {
        NewApiKey key = key("chscb", "Impatient tool");
        String idempotencyKey = UUID.randomUUID().toString();
        String body = concern("chscb.member", "Sent five times at once");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            List<java.util.concurrent.Future<Answer>> sent = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                sent.add(pool.submit(() -> intake(key.key(), idempotencyKey, body)));
            }
            Set<String> references = new TreeSet<>();
            for (java.util.concurrent.Future<Answer> answer : sent) {
                Answer a = answer.get();
                assertEquals(201, a.status(), a.body());
                references.add(a.json().getString("reference"));
            }
            assertEquals(1, references.size(), references.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, casesRaisedBy("chscb", key));
    }

    /**
     * Reports are raised in turns (IntakeTurns): one that waits gets its case as soon as a turn is free; one that finds
     * none within its wait is told busy, in the caller's language, with Retry-After and nothing saved.
     */
    @Test
    void aReportWaitsForItsTurnAndOneThatFindsNoneIsToldBusyWithNothingSaved() throws Exception {
        NewApiKey key = key("chscb", "Tool sending twenty at once");
        String body = concern("chscb.member", "Sent in a burst – “twenty at once”, £5 🙂 ŵ ŷ \u200F");
        List<IntakeTurns.Turn> held = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        System.setProperty("safeguard.intake.waitSeconds", "1");
        try {
            for (int i = 0; i < turns.atOnce(); i++) {
                held.add(turns.take().orElseThrow());
            }
            Answer busy = intake(key.key(), null, body);
            assertEquals(503, busy.status(), busy.body());
            assertTrue(busy.isProblem(), busy.contentType());
            assertEquals("10", busy.header("Retry-After"));
            String detail = busy.json().getString("detail");
            assertTrue(detail.startsWith("Nothing was saved") && detail.contains("10 seconds"), detail);
            Answer welsh = send("POST", "api/intake/concerns", Map.of("Authorization", "Bearer " + key.key(),
                    "Content-Type", "application/json", "Accept-Language", "cy"), body);
            assertEquals(503, welsh.status(), welsh.body());
            assertTrue(welsh.json().getString("detail").startsWith("Ni chadwyd dim"), welsh.body());
            assertEquals(0, casesRaisedBy("chscb", key), "nothing saved while busy");

            System.setProperty("safeguard.intake.waitSeconds", "30");
            java.util.concurrent.Future<Answer> waiting = pool.submit(() -> intake(key.key(), null, body));
            Thread.sleep(1500);
            assertFalse(waiting.isDone(), "the report waits for its turn");
            held.forEach(IntakeTurns.Turn::close);
            held.clear();
            Answer raised = waiting.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(201, raised.status(), raised.body());
            assertTrue(REFERENCE.matcher(raised.json().getString("reference")).matches());
        } finally {
            held.forEach(IntakeTurns.Turn::close);
            System.clearProperty("safeguard.intake.waitSeconds");
            pool.shutdownNow();
        }
        assertEquals(1, casesRaisedBy("chscb", key));
        assertEquals(201, intake(key.key(), null, concern("chscb.member", "After the burst")).status());
    }

    @Test
    void noKeyAWrongKeyOrARevokedKeyIs401AndCreatesNothing() {
        NewApiKey key = key("chscb", "Soon revoked");
        String body = concern("chscb.member", "Refused");
        for (Answer refused : List.of(
                send("POST", "api/intake/concerns", Map.of("Content-Type", "application/json"), body),
                intake("not-a-key", null, body),
                send("POST", "api/intake/concerns", Map.of("Content-Type", "application/json", "X-Api-Key",
                        key.key() + "x"), body),
                send("POST", "api/intake/concerns", Map.of("Content-Type", "application/json",
                        "Authorization", basic("chscb.officer", "wrong")), body))) {
            assertEquals(401, refused.status(), refused.body());
            assertTrue(refused.isProblem(), refused.contentType());
            assertTrue(refused.header("WWW-Authenticate").contains("Bearer"));
        }
        assertEquals(201, send("POST", "api/intake/concerns", Map.of("Content-Type", "application/json",
                "X-Api-Key", key.key()), body).status(), "X-Api-Key works as well as Bearer");

        CallerContext.runAs(as("chscb.admin"), () -> apiKeys.revoke(key.view().id()));
        Answer revoked = intake(key.key(), null, body);
        assertEquals(401, revoked.status(), revoked.body());
        assertEquals(1, casesRaisedBy("chscb", key));
        assertEquals(401, send("GET", "api/cases", Map.of(), null).status(), "no credentials, no cases");
    }

    @Test
    void missingOrWrongFieldsAre400WithAMessagePerFieldAndNothingIsCreated() {
        NewApiKey key = key("chscb", "Careless tool");
        Answer empty = intake(key.key(), null, "{}");
        assertEquals(400, empty.status(), empty.body());
        assertTrue(empty.isProblem());
        JsonObject errors = empty.json().getJsonObject("errors");
        assertEquals("Give the member's user name on the board, or their name.", errors.getString("memberIdentifier"));
        assertTrue(errors.getString("platform").startsWith("Give the platform the content was on: one of FACEBOOK"));
        assertTrue(errors.containsKey("detectedAt"));
        assertEquals("Give the captured text, the web address (url), or both.", errors.getString("capturedText"));

        Answer wrong = intake(key.key(), null, Json.createObjectBuilder()
                .add("memberIdentifier", "Jo Wrong").add("organisationId", "twelve").add("platform", "MYSPACE")
                .add("url", "ftp://example.org/x").add("detectedAt", "yesterday")
                .add("suggestedClause", "99.99").build().toString());
        assertEquals(400, wrong.status(), wrong.body());
        JsonObject wrongErrors = wrong.json().getJsonObject("errors");
        assertEquals("The organisation id must be a whole number.", wrongErrors.getString("organisationId"));
        assertTrue(wrongErrors.getString("platform").startsWith("The platform must be one of "));
        assertTrue(wrongErrors.containsKey("url"), wrong.body());
        assertEquals("Give the date and time with its offset, like 2026-03-01T10:15:00Z.",
                wrongErrors.getString("detectedAt"));
        assertEquals("There is no current clause 99.99 in your board's policy.",
                wrongErrors.getString("suggestedClause"));

        Answer future = intake(key.key(), null, Json.createObjectBuilder().add("memberIdentifier", "chscb.member")
                .add("platform", "OTHER").add("capturedText", "x")
                .add("detectedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()).build().toString());
        assertEquals("The detection time cannot be in the future.",
                future.json().getJsonObject("errors").getString("detectedAt"));

        Answer typed = intake(key.key(), null, "{\"memberIdentifier\":{\"name\":\"x\"},\"platform\":[1]}");
        assertEquals(400, typed.status(), typed.body());
        assertEquals("This must be text (a JSON string).",
                typed.json().getJsonObject("errors").getString("memberIdentifier"));
        assertEquals(0, casesRaisedBy("chscb", key));
    }

    @Test
    void malformedOversizedOrNonJsonBodiesGet4xxProblemsNever5xx() {
        NewApiKey key = key("chscb", "Broken tool");
        for (String malformed : List.of("{not json", "[1, 2]", "\"text\"", "{\"memberIdentifier\": \"a\",}", "")) {
            Answer answer = intake(key.key(), null, malformed);
            assertEquals(400, answer.status(), malformed + " -> " + answer.body());
            assertTrue(answer.isProblem());
        }
        String big = concern("chscb.member", "x".repeat(70 * 1024));
        Answer oversized = intake(key.key(), null, big);
        assertEquals(413, oversized.status(), oversized.body());
        assertTrue(oversized.isProblem());
        Answer text = send("POST", "api/intake/concerns", Map.of("Authorization", "Bearer " + key.key(),
                "Content-Type", "text/plain"), concern("chscb.member", "Plain"));
        assertEquals(415, text.status(), text.body());
        assertTrue(text.isProblem(), text.contentType());
        Answer wrongMethod = send("GET", "api/intake/concerns", Map.of("Authorization", "Bearer " + key.key()), null);
        assertEquals(405, wrongMethod.status());
        assertTrue(wrongMethod.isProblem());
        assertEquals(0, casesRaisedBy("chscb", key), "nothing half-created");
    }

    /** A documented path with its case's reference, and any other parameter given one that names nothing. */
    private static String filled(String path, String reference) {
        return path.replace("{reference}", reference).replaceAll("\\{[A-Za-z]+\\}", "webhook:0");
    }

    @Test
    void oneBoardsKeyNeverReachesAnotherBoardsDataOnAnyEndpoint() {
        NewApiKey chscb = key("chscb", "City tool");
        Caller northOfficer = as("nscb.officer");
        CaseSummary north = CallerContext.runAs(northOfficer, () -> cases.raiseConcern(new NewConcern(
                "Norah Northern", northOfficer.organisationId() == null ? organisationId("nscb")
                        : northOfficer.organisationId(), CaseSource.MANUAL, "A northern case.")));

        String bearer = "Bearer " + chscb.key();
        for (String[] endpoint : documentedOperations()) {
            String path = "api" + filled(endpoint[1], north.reference());
            if (path.equals("api/intake/concerns") || path.equals("api/openapi.json")
                    || path.equals("api/health/ready")) {
                continue;
            }
            Answer answer = send(endpoint[0], path, Map.of("Authorization", bearer, "Content-Type",
                    "application/json"), endpoint[0].equals("POST") ? "{\"outcome\":\"NO_ACTION\"}" : null);
            assertEquals(403, answer.status(), endpoint[0] + " " + path + " -> " + answer.body());
            assertFalse(answer.body().contains("Norah") || answer.body().contains(north.reference()), answer.body());
        }
        Answer otherOrganisation = intake(chscb.key(), null, Json.createObjectBuilder()
                .add("memberIdentifier", "Someone").add("organisationId", organisationId("nscb"))
                .add("platform", "OTHER").add("capturedText", "x")
                .add("detectedAt", Instant.now().toString()).build().toString());
        assertEquals(400, otherOrganisation.status());
        assertTrue(otherOrganisation.json().getJsonObject("errors").getString("organisationId")
                .startsWith("There is no parent organisation"), otherOrganisation.body());
        Answer otherMember = intake(chscb.key(), null, Json.createObjectBuilder()
                .add("memberIdentifier", "nscb.member").add("platform", "OTHER").add("capturedText", "x")
                .add("detectedAt", Instant.now().toString()).build().toString());
        assertEquals(400, otherMember.status(), "another board's member is not found, so no organisation is known");
        Answer otherClause = intake(chscb.key(), null, Json.createObjectBuilder()
                .add("memberIdentifier", "chscb.member").add("platform", "OTHER").add("capturedText", "x")
                .add("suggestedClause", "8.1").add("detectedAt", Instant.now().toString()).build().toString());
        assertEquals(400, otherClause.status(), "NSCB's clause 8.1 is not CHSCB's: " + otherClause.body());

        String ours = intake(chscb.key(), null, concern("chscb.member", "City only")).json().getString("reference");
        assertTrue(ours.startsWith("CHSCB-"));
        Answer fromNorth = send("GET", "api/cases/" + ours, Map.of("Authorization", basic("nscb.officer", PASSWORD)),
                null);
        assertEquals(404, fromNorth.status(), "another board's officer does not see the case");
        assertFalse(fromNorth.body().contains("City only"));
        assertTrue(send("GET", "api/cases", Map.of("Authorization", basic("nscb.officer", PASSWORD)), null).body()
                .contains(north.reference()));
        assertFalse(send("GET", "api/cases", Map.of("Authorization", basic("nscb.officer", PASSWORD)), null).body()
                .contains(ours));
        Answer one = send("GET", "api/cases/" + ours, Map.of("Authorization", basic("chscb.officer", PASSWORD)), null);
        assertEquals(200, one.status());
        // What docs/api.md says getCase gives: the case as the list has it, not its allegations, evidence or timeline.
        assertEquals(java.util.Set.of("id", "reference", "subjectName", "organisationName", "source", "status",
                "raisedAt", "raisedBy"), one.json().keySet(), one.body());
        assertEquals(ours, one.json().getString("reference"));
    }

    @Test
    void anHrSystemReadsAndActsOnItsOwnOrganisationsReferralsOnly() {
        Caller hr = as("chscb.hr");
        Long otherOrganisation = CallerContext.runAs(as("chscb.officer"), () -> boards.organisations()).stream()
                .filter(o -> !o.id().equals(hr.organisationId())).findFirst().orElseThrow().id();
        String mine = referredCase("chscb", hr.organisationId(), "Mia Mine");
        String theirs = referredCase("chscb", otherOrganisation, "Theo Theirs");
        String hrAuth = basic("chscb.hr", PASSWORD);

        Answer list = send("GET", "api/referrals", Map.of("Authorization", hrAuth), null);
        assertEquals(200, list.status(), list.body());
        List<String> listed = list.array().stream().map(v -> v.asJsonObject().getString("reference")).toList();
        assertTrue(listed.contains(mine), list.body());
        assertFalse(listed.contains(theirs), "another organisation's referral is not listed");
        assertFalse(list.body().contains("Theo Theirs"));

        assertEquals(404, send("POST", "api/referrals/" + theirs + "/acknowledgement", Map.of("Authorization", hrAuth),
                null).status());
        assertEquals(404, send("POST", "api/referrals/" + theirs + "/outcome", Map.of("Authorization", hrAuth,
                "Content-Type", "application/json"), outcome()).status());
        assertEquals(404, send("POST", "api/referrals/" + mine + "/acknowledgement",
                Map.of("Authorization", basic("nscb.hr", PASSWORD)), null).status(), "another board's HR");
        assertFalse(send("GET", "api/referrals", Map.of("Authorization", basic("nscb.hr", PASSWORD)), null).body()
                .contains(mine));

        Answer acknowledged = send("POST", "api/referrals/" + mine + "/acknowledgement",
                Map.of("Authorization", hrAuth), null);
        assertEquals(204, acknowledged.status(), acknowledged.body());
        Answer twice = send("POST", "api/referrals/" + mine + "/acknowledgement", Map.of("Authorization", hrAuth),
                null);
        assertEquals(409, twice.status(), twice.body());
        assertTrue(twice.isProblem());

        Answer incomplete = send("POST", "api/referrals/" + mine + "/outcome", Map.of("Authorization", hrAuth,
                "Content-Type", "application/json"), "{\"outcome\":\"SACKED\",\"decidedOn\":\"last week\"}");
        assertEquals(400, incomplete.status(), incomplete.body());
        JsonObject errors = incomplete.json().getJsonObject("errors");
        assertTrue(errors.getString("outcome").startsWith("The outcome must be one of NO_ACTION"));
        assertEquals("Give the date as year-month-day, like 2026-03-01.", errors.getString("decidedOn"));

        Answer recorded = send("POST", "api/referrals/" + mine + "/outcome", Map.of("Authorization", hrAuth,
                "Content-Type", "application/json"), outcome());
        assertEquals(204, recorded.status(), recorded.body());
        assertTrue(CallerContext.runAs(as("chscb.officer"), () -> cases.timelineOf(mine)).stream()
                .anyMatch(l -> l.action().equals("Disciplinary outcome recorded") && l.actor().equals("chscb.hr")));
        assertEquals(CaseStatus.REFERRED_TO_HR.label(), CallerContext.runAs(as("chscb.officer"),
                () -> cases.findByReference(theirs)).status(), "the other organisation's referral was not touched");

        Browser session = browser();
        session.signIn("chscb.hr", PASSWORD);
        Browser.Page viaSession = session.api("api/referrals");
        assertEquals(200, viaSession.status());
        assertTrue(viaSession.body().contains(mine), "the browser session works too");
        assertEquals(403, session.api("api/cases").status(), "an HR partner does not read the board's cases");
    }

    @Test
    void rotatingAKeyOnThePageStopsTheOldKeyAndTheNewOneWorks() {
        Browser admin = browser();
        admin.signIn("lscb.admin", PASSWORD);
        String name = "Rotated tool " + UUID.randomUUID().toString().substring(0, 8);
        Browser.Page made = admin.submit(admin.open("admin/api-keys.xhtml"), "newKey", Map.of("name", name), "create");
        String oldKey = madeKey(made);
        assertEquals(201, intake(oldKey, null, concern("lscb.member", "Before rotation")).status());

        Browser.Page rotated = admin.submit(admin.open("admin/api-keys.xhtml"), "keys", Map.of(), "list:0:rotate");
        String newKey = madeKey(rotated);
        assertNotEquals(oldKey, newKey);
        assertTrue(rotated.body().contains("replaced: the old key no longer works"), rotated.body());

        assertEquals(401, intake(oldKey, null, concern("lscb.member", "Old key")).status());
        Answer withNew = intake(newKey, null, concern("lscb.member", "New key"));
        assertEquals(201, withNew.status(), withNew.body());
        assertTrue(withNew.json().getString("reference").startsWith("LSCB"), withNew.body());
        List<AuditLine> audit = CallerContext.runAs(as("lscb.admin"), () -> settings.recentChanges(50));
        assertTrue(audit.stream().anyMatch(l -> l.action().equals("API key rotated") && l.detail().contains(name)));
        assertTrue(audit.stream().noneMatch(l -> l.detail().contains(oldKey) || l.detail().contains(newKey)));

        Browser.Page revoked = admin.submit(admin.open("admin/api-keys.xhtml"), "keys", Map.of(), "list:0:revoke");
        assertTrue(revoked.body().contains("revoked: it no longer works"), revoked.body());
        assertEquals(401, intake(newKey, null, concern("lscb.member", "Revoked")).status());
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheRealEndpointsAndEachAnswers() throws Exception {
        Answer document = send("GET", "api/openapi.json", Map.of(), null);
        assertEquals(200, document.status());
        assertTrue(document.json().getString("openapi").startsWith("3."));
        assertEquals(List.of("NO_FURTHER_ACTION", "ADVICE_ONLY", "INVESTIGATE", "LOW_LEVEL_CONCERN"), document.json()
                .getValue("/components/schemas/Triage/properties/decision/enum").asJsonArray()
                .getValuesAs(jakarta.json.JsonString::getString), "the triage decisions this deployment knows");

        Set<String> documented = new TreeSet<>();
        for (String[] operation : documentedOperations()) {
            documented.add(operation[0] + " " + operation[1]);
        }
        Set<String> real = realOperations();
        assertEquals(real, documented, "every real endpoint is documented, and nothing else");

        Caller officer = as("chscb.officer");
        String ref = CallerContext.runAs(officer, () -> cases.raiseConcern(new NewConcern("Olive Openapi",
                organisationId("chscb"), CaseSource.MANUAL, "For the document check."))).reference();
        for (String[] operation : documentedOperations()) {
            String path = "api" + filled(operation[1], ref);
            Answer answer = send(operation[0], path, Map.of("Authorization", basic("chscb.officer", PASSWORD),
                    "Content-Type", "application/json"), operation[0].equals("POST") ? "{}" : null);
            // The address is one the server has: a 404 is only ever "no such record" (a request's reference that
            // names none), never "nothing at this address".
            assertFalse(answer.status() == 404 && answer.body().contains("nothing at this address"),
                    operation[0] + " " + path + " " + answer.body());
            if (filled(operation[1], ref).equals(operation[1].replace("{reference}", ref))) {
                assertNotEquals(404, answer.status(), operation[0] + " " + path + " " + answer.body());
            }
            assertNotEquals(405, answer.status(), operation[0] + " " + path);
            assertTrue(answer.status() < 500, operation[0] + " " + path + " " + answer.body());
        }
    }

    @Test
    void anotherBoardsPeopleGetNotFoundFromEveryEndpointWhileTheirOwnRecordsAreThere() {
        Caller cityHr = as("chscb.hr");
        Caller northHr = as("nscb.hr");
        String city = referredCase("chscb", cityHr.organisationId(), "Cerys Crossboard");
        String north = referredCase("nscb", northHr.organisationId(), "Nye Northern");
        int cityTimeline = CallerContext.runAs(as("chscb.officer"), () -> cases.timelineOf(city)).size();
        String northOfficer = basic("nscb.officer", PASSWORD);
        String northHrAuth = basic("nscb.hr", PASSWORD);

        // Every endpoint about one case, with a body it would accept, as the other board's person of the right role.
        for (String[] operation : documentedOperations()) {
            if (!operation[1].contains("{reference}")) {
                continue;
            }
            String auth = operation[1].startsWith("/referrals") ? northHrAuth : northOfficer;
            String body = validBodies().get(operation[0] + " " + operation[1]);
            assertTrue(operation[0].equals("GET") || body != null || operation[1].endsWith("/acknowledgement"),
                    "a valid body for " + operation[0] + " " + operation[1] + " in validBodies()");
            Answer theirs = send(operation[0], "api" + operation[1].replace("{reference}", city),
                    Map.of("Authorization", auth, "Content-Type", "application/json", "Accept", "*/*"), body);
            assertEquals(404, theirs.status(), operation[0] + " " + operation[1] + " -> " + theirs.body());
            assertTrue(theirs.isProblem(), theirs.contentType());
            assertFalse(theirs.body().contains("Cerys"), theirs.body());
        }
        // Reading their own works with the same credentials.
        assertEquals(200, send("GET", "api/cases/" + north, Map.of("Authorization", northOfficer), null).status());
        Answer ownReferral = send("GET", "api/referrals/" + north, Map.of("Authorization", northHrAuth), null);
        assertEquals(200, ownReferral.status(), ownReferral.body());
        assertEquals("Nye Northern", ownReferral.json().getJsonObject("pack").getJsonObject("referral")
                .getString("subjectName"));
        assertEquals(200, send("GET", "api/referrals/" + north + "/pack", Map.of("Authorization", northHrAuth,
                "Accept", "application/pdf"), null).status());

        // Lists: their own is there, the other board's is not.
        JsonObject page = send("GET", "api/cases?size=100&reference=" + north, Map.of("Authorization",
                northOfficer), null).json();
        assertEquals(1, page.getInt("total"), page.toString());
        assertEquals(0, send("GET", "api/cases?reference=" + city, Map.of("Authorization", northOfficer), null)
                .json().getInt("total"), "another board's case is not found by the search");
        List<String> northReferrals = send("GET", "api/referrals", Map.of("Authorization", northHrAuth), null).array()
                .stream().map(v -> v.asJsonObject().getString("reference")).toList();
        assertTrue(northReferrals.contains(north), northReferrals.toString());
        assertFalse(northReferrals.contains(city), northReferrals.toString());

        // Raising a concern at another board's organisation is refused; nothing is made.
        Answer raised = send("POST", "api/cases", Map.of("Authorization", northOfficer, "Content-Type",
                "application/json"), Json.createObjectBuilder().add("subjectName", "Cerys Crossboard")
                .add("organisationId", cityHr.organisationId()).add("source", "MANUAL").add("summary", "x").build()
                .toString());
        assertEquals(400, raised.status(), raised.body());
        assertEquals("Choose the member's parent organisation.", raised.json().getJsonObject("errors")
                .getString("organisationId"));

        // The same through the browser session of each.
        Browser northHrSession = browser();
        northHrSession.signIn("nscb.hr", PASSWORD);
        Browser.Page sessionList = northHrSession.api("api/referrals");
        assertEquals(200, sessionList.status());
        assertTrue(sessionList.body().contains(north) && !sessionList.body().contains(city), sessionList.body());
        assertEquals(404, northHrSession.api("api/referrals/" + city).status());
        assertEquals(404, northHrSession.api("api/referrals/" + city + "/pack").status());
        assertEquals(404, northHrSession.apiPost("api/referrals/" + city + "/outcome", outcome()).status());
        assertEquals(404, northHrSession.apiPost("api/referrals/" + city + "/acknowledgement", null).status());
        assertEquals(404, northHrSession.apiPost("api/referrals/" + city + "/appeal",
                validBodies().get("POST /referrals/{reference}/appeal")).status());
        Browser northOfficerSession = browser();
        northOfficerSession.signIn("nscb.officer", PASSWORD);
        assertEquals(404, northOfficerSession.api("api/cases/" + city).status());
        assertEquals(404, northOfficerSession.apiPost("api/cases/" + city + "/evidence",
                validBodies().get("POST /cases/{reference}/evidence")).status());
        assertTrue(northOfficerSession.api("api/cases?reference=" + north).body().contains(north));

        // Nothing happened to the other board's case.
        assertEquals(cityTimeline, CallerContext.runAs(as("chscb.officer"), () -> cases.timelineOf(city)).size());
        assertEquals(CaseStatus.REFERRED_TO_HR.label(), statusOf("chscb", city));
    }

    /** A body each endpoint about a case accepts (so a 404 is about the case, not the body). */
    private static Map<String, String> validBodies() {
        String now = Instant.now().minus(1, ChronoUnit.HOURS).toString();
        String today = LocalDate.now(UK).toString();
        return Map.of(
                "POST /cases/{reference}/triage", "{\"decision\":\"INVESTIGATE\",\"note\":\"Screened.\"}",
                "POST /cases/{reference}/allegations", "{\"clause\":\"8.1\",\"category\":\"OTHER\",\"severity\":\"LOW\","
                        + "\"particulars\":\"A post.\"}",
                "POST /cases/{reference}/evidence", "{\"url\":\"https://social.example.org/p/1\",\"platform\":\"OTHER\","
                        + "\"capturedAt\":\"" + now + "\",\"captureMethod\":\"PUBLIC_PAGE_VIEWED\","
                        + "\"captureForm\":\"ADDRESS_ONLY\",\"openMethodDeclared\":true}",
                "POST /referrals/{reference}/outcome", outcome(),
                "POST /referrals/{reference}/appeal", "{\"lodgedOn\":\"" + today + "\",\"grounds\":\"Too harsh.\"}",
                "POST /referrals/{reference}/appeal-result", "{\"result\":\"DISMISSED\",\"decidedOn\":\"" + today
                        + "\",\"note\":\"Upheld the warning.\"}");
    }

    @Test
    void boardUsersPageSortAndFilterTheBoardsCasesInTheDatabase() {
        Caller officer = as("chscb.officer");
        String prefix = "Pagewise " + UUID.randomUUID().toString().substring(0, 6);
        for (String[] made : List.of(new String[] {"Cai", "MANUAL"}, new String[] {"Alys", "PRESS_ENQUIRY"},
                new String[] {"Bryn", "MANUAL"})) {
            CallerContext.runAs(officer, () -> cases.raiseConcern(new NewConcern(prefix + " " + made[0],
                    organisationId("chscb"), CaseSource.valueOf(made[1]), "For paging.")));
        }
        String auth = basic("chscb.senior", PASSWORD);
        String filter = "api/cases?member=" + prefix.replace(" ", "%20");
        JsonObject first = send("GET", filter + "&size=2&sort=MEMBER&order=asc", Map.of("Authorization", auth), null)
                .json();
        assertEquals(3, first.getInt("total"));
        assertEquals(0, first.getInt("first"));
        assertEquals(2, first.getInt("pageSize"));
        assertEquals(List.of(prefix + " Alys", prefix + " Bryn"), first.getJsonArray("rows").stream()
                .map(v -> v.asJsonObject().getString("subjectName")).toList());
        JsonObject second = send("GET", filter + "&size=2&first=2&sort=MEMBER&order=asc", Map.of("Authorization",
                auth), null).json();
        assertEquals(List.of(prefix + " Cai"), second.getJsonArray("rows").stream()
                .map(v -> v.asJsonObject().getString("subjectName")).toList());
        JsonObject press = send("GET", filter + "&source=press_enquiry&step=AWAITING_TRIAGE&raisedFrom="
                + LocalDate.now(UK) + "&raisedTo=" + LocalDate.now(UK), Map.of("Authorization", auth), null).json();
        assertEquals(1, press.getInt("total"), press.toString());
        assertEquals(prefix + " Alys", press.getJsonArray("rows").getJsonObject(0).getString("subjectName"));
        assertEquals(0, send("GET", filter + "&raisedTo=" + LocalDate.now(UK).minusDays(1), Map.of("Authorization",
                auth), null).json().getInt("total"));

        Answer wrong = send("GET", "api/cases?size=500&first=-1&sort=COLOUR&order=up&step=NOPE&raisedFrom=yesterday"
                + "&organisationId=x", Map.of("Authorization", auth), null);
        assertEquals(400, wrong.status(), wrong.body());
        JsonObject errors = wrong.json().getJsonObject("errors");
        assertEquals("This must be from 1 to 100.", errors.getString("size"));
        assertTrue(errors.getString("first").startsWith("This must be from 0 to "), errors.toString());
        assertTrue(errors.getString("sort").startsWith("This must be one of REFERENCE, MEMBER"), errors.toString());
        assertEquals("This must be asc or desc.", errors.getString("order"));
        assertTrue(errors.getString("step").startsWith("This must be one of AWAITING_TRIAGE"), errors.toString());
        assertEquals("Give the date as year-month-day, like 2026-03-01.", errors.getString("raisedFrom"));
        assertEquals("This must be a whole number.", errors.getString("organisationId"));

        assertEquals(0, send("GET", filter, Map.of("Authorization", basic("nscb.officer", PASSWORD)), null).json()
                .getInt("total"), "another board's officer finds none of them");
        assertEquals(403, send("GET", filter, Map.of("Authorization", basic("chscb.hr", PASSWORD)), null).status());
        assertEquals(403, send("GET", filter, Map.of("Authorization", basic("chscb.member", PASSWORD)), null)
                .status());
    }

    @Test
    void anOfficerRaisesTriagesAllegesAndCapturesEvidenceThroughTheSameServicesAsThePages() {
        String officer = basic("chscb.officer", PASSWORD);
        String senior = basic("chscb.senior", PASSWORD);
        Map<String, String> asOfficer = Map.of("Authorization", officer, "Content-Type", "application/json");
        Answer raised = send("POST", "api/cases", asOfficer, Json.createObjectBuilder()
                .add("subjectName", "Ifan Integration").add("organisationId", organisationId("chscb"))
                .add("source", "colleague_report").add("summary", "Reported by a colleague through the HR system.")
                .add("subjectUsername", "chscb.member").build().toString());
        assertEquals(201, raised.status(), raised.body());
        String ref = raised.json().getString("reference");
        assertTrue(raised.header("Location").endsWith("/api/cases/" + ref), raised.header("Location"));
        assertEquals(CaseSource.COLLEAGUE_REPORT.label(), raised.json().getString("source"));
        assertEquals("chscb.officer", raised.json().getString("raisedBy"));

        Answer bySenior = send("POST", "api/cases/" + ref + "/triage", Map.of("Authorization", senior,
                "Content-Type", "application/json"), validBodies().get("POST /cases/{reference}/triage"));
        assertEquals(403, bySenior.status(), "triage is the officer's: " + bySenior.body());
        Answer typed = send("POST", "api/cases/" + ref + "/triage", asOfficer,
                "{\"decision\":\"MAYBE\",\"childAtImmediateRisk\":\"yes\",\"note\":\"x\"}");
        assertEquals(400, typed.status(), typed.body());
        assertEquals("This must be one of NO_FURTHER_ACTION, ADVICE_ONLY, INVESTIGATE, LOW_LEVEL_CONCERN.",
                typed.json().getJsonObject("errors").getString("decision"));
        assertEquals("This must be true or false.", typed.json().getJsonObject("errors")
                .getString("childAtImmediateRisk"));
        Answer unscreened = send("POST", "api/cases/" + ref + "/triage", asOfficer,
                "{\"childAtImmediateRisk\":true,\"decision\":\"INVESTIGATE\",\"note\":\"x\"}");
        assertEquals(400, unscreened.status());
        assertEquals("A child is at immediate risk: call 999 now and record the police reference.",
                unscreened.json().getJsonObject("errors").getString("policeReference"), "the service's own message");
        assertEquals(CaseStatus.AWAITING_TRIAGE.label(), statusOf("chscb", ref), "nothing recorded yet");

        assertEquals(204, send("POST", "api/cases/" + ref + "/triage", asOfficer,
                validBodies().get("POST /cases/{reference}/triage")).status());
        assertEquals(CaseStatus.AWAITING_AUTHORISATION.label(), statusOf("chscb", ref));
        Answer again = send("POST", "api/cases/" + ref + "/triage", asOfficer,
                validBodies().get("POST /cases/{reference}/triage"));
        assertEquals(409, again.status(), again.body());
        assertTrue(again.json().getString("detail").contains("by Olivia Okafor (Compliance officer) on"), again.body());

        Answer alleged = send("POST", "api/cases/" + ref + "/allegations", asOfficer, "{\"clause\":\"3.5(d)\","
                + "\"category\":\"IMAGES_WITHOUT_CONSENT\",\"severity\":\"high\",\"possibleOffence\":\"HARASSMENT\","
                + "\"particulars\":\"Photographs of a family posted without consent.\"}");
        assertEquals(201, alleged.status(), alleged.body());
        assertEquals("3.5(d)", alleged.json().getString("clauseReference"));
        assertTrue(alleged.json().getString("clauseText").startsWith("Posting comments or photographs"));
        Answer otherBoardsClause = send("POST", "api/cases/" + ref + "/allegations", asOfficer,
                validBodies().get("POST /cases/{reference}/allegations"));
        assertEquals(400, otherBoardsClause.status());
        assertEquals("There is no current clause 8.1 in your board's policy.",
                otherBoardsClause.json().getJsonObject("errors").getString("clause"));
        assertEquals(1, CallerContext.runAs(as("chscb.officer"), () -> allegations.allegationsOf(ref)).size());

        String text = "Look who I met at work today";
        Instant capturedAt = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Answer captured = send("POST", "api/cases/" + ref + "/evidence", asOfficer, Json.createObjectBuilder()
                .add("url", "https://www.facebook.com/posts/7001").add("platform", "FACEBOOK")
                .add("capturedText", text).add("capturedAt", capturedAt.toString())
                .add("captureMethod", "PUBLIC_PAGE_VIEWED").add("captureForm", "TEXT_COPIED")
                .add("openMethodDeclared", true).build().toString());
        assertEquals(201, captured.status(), captured.body());
        assertEquals(sha256(text.getBytes(StandardCharsets.UTF_8)), captured.json().getString("sha256"));
        assertEquals("TEXT_COPIED", captured.json().getString("captureFormValue"));
        assertEquals("Text copied from the page", captured.json().getString("captureForm"));
        // Issue 66: the API asks how it was captured as the officer's page does; a caller without it is told at the field.
        Answer formless = send("POST", "api/cases/" + ref + "/evidence", asOfficer, Json.createObjectBuilder()
                .add("url", "https://www.facebook.com/posts/7002").add("platform", "FACEBOOK")
                .add("capturedText", "“Ail bost” – £5 o’r ŵyl 🙂").add("capturedAt", capturedAt.toString())
                .add("captureMethod", "PUBLIC_PAGE_VIEWED").add("openMethodDeclared", true).build().toString());
        assertEquals(400, formless.status(), formless.body());
        assertEquals("Choose how it was captured: a screenshot, a screen recording, a saved copy of the page, an"
                + " export from the platform, text copied from the page, a file as it was sent, or the address only.",
                formless.json().getJsonObject("errors").getString("captureForm"));
        assertEquals(1, formless.json().getJsonObject("errors").size(), formless.body());
        assertEquals(capturedAt.toString(), Instant.parse(captured.json().getString("capturedAt")).toString());
        Answer undeclared = send("POST", "api/cases/" + ref + "/evidence", asOfficer, "{\"platform\":\"FACEBOOK\","
                + "\"capturedText\":\"x\",\"capturedAt\":\"tomorrow\",\"captureMethod\":\"PUBLIC_PAGE_VIEWED\","
                + "\"captureForm\":\"TEXT_COPIED\"}");
        assertEquals(400, undeclared.status());
        assertEquals("Give the date and time with its offset, like 2026-03-01T10:15:00Z.",
                undeclared.json().getJsonObject("errors").getString("capturedAt"));
        Answer notOpen = send("POST", "api/cases/" + ref + "/evidence", asOfficer, "{\"platform\":\"FACEBOOK\","
                + "\"capturedText\":\"x\",\"capturedAt\":\"" + capturedAt + "\",\"captureMethod\":\"PUBLIC_PAGE_VIEWED\","
                + "\"captureForm\":\"TEXT_COPIED\"}");
        assertEquals(Evidence.OPEN_METHODS_ONLY, notOpen.json().getJsonObject("errors").getString("openMethodDeclared"));
        assertEquals(403, send("POST", "api/cases/" + ref + "/evidence", Map.of("Authorization", senior,
                "Content-Type", "application/json"), validBodies().get("POST /cases/{reference}/evidence")).status());
        assertEquals(1, CallerContext.runAs(as("chscb.officer"), () -> evidence.evidenceOf(ref)).size());

        Browser session = browser();
        session.signIn("chscb.officer", PASSWORD);
        Browser.Page viaSession = session.apiPost("api/cases/" + ref + "/allegations", "{\"clause\":\"3.5(d)\","
                + "\"category\":\"OTHER\",\"severity\":\"LOW\",\"particulars\":\"Through the browser session.\"}");
        assertEquals(201, viaSession.status(), viaSession.body());
        List<TimelineLine> timeline = CallerContext.runAs(as("chscb.officer"), () -> cases.timelineOf(ref));
        assertEquals(List.of("Concern raised", "Triage recorded", "Allegation recorded", "Evidence captured",
                "Allegation recorded"), timeline.stream().map(TimelineLine::action).toList());
        assertTrue(timeline.stream().allMatch(l -> l.actor().equals("chscb.officer")));
    }

    @Test
    void aConcernWhoseEvidenceIsRefusedIsNotRaisedEitherAndNothingRemains() {
        String subject = "Hafwen Halfmade " + UUID.randomUUID().toString().substring(0, 6);
        Answer refused = send("POST", "api/cases", Map.of("Authorization", basic("chscb.officer", PASSWORD),
                "Content-Type", "application/json"), Json.createObjectBuilder().add("subjectName", subject)
                .add("organisationId", organisationId("chscb")).add("source", "MANUAL").add("summary", "Half made?")
                .add("evidence", Json.createObjectBuilder().add("platform", "OTHER").add("capturedText", "x")
                        .add("capturedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())
                        .add("captureMethod", "PUBLIC_PAGE_VIEWED").add("captureForm", "TEXT_COPIED")
                        .add("openMethodDeclared", true))
                .build().toString());
        assertEquals(400, refused.status(), refused.body());
        assertEquals("The capture time cannot be in the future.",
                refused.json().getJsonObject("errors").getString("evidence.capturedAt"));
        // The case row, its process and its first timeline entry were written before the evidence failed.
        assertEquals(0, CallerContext.runAs(as("chscb.officer"), () -> cases.boardCases()).stream()
                .filter(c -> c.subjectName().equals(subject)).count(), "no case is left");
        assertEquals(0, send("GET", "api/cases?member=" + subject.replace(" ", "%20"), Map.of("Authorization",
                basic("chscb.officer", PASSWORD)), null).json().getInt("total"));

        // Intake: the case and its process are written, then the text cannot be stored as evidence.
        NewApiKey key = key("chscb", "Surrogate tool");
        Answer unstorable = intake(key.key(), null, "{\"memberIdentifier\":\"chscb.member\",\"platform\":\"OTHER\","
                + "\"capturedText\":\"half \\ud800 made\",\"detectedAt\":\"" + Instant.now().minus(1, ChronoUnit.HOURS)
                + "\"}");
        assertEquals(400, unstorable.status(), unstorable.body());
        assertTrue(unstorable.json().getJsonObject("errors").containsKey("capturedText"), unstorable.body());
        assertEquals(0, casesRaisedBy("chscb", key), "nothing half-created");

        Answer wrongTypes = send("POST", "api/cases", Map.of("Authorization", basic("chscb.officer", PASSWORD),
                "Content-Type", "application/json"), "{\"subjectName\":[\"x\"],\"organisationId\":\"ten\","
                + "\"source\":\"GOSSIP\",\"evidence\":\"a photo\"}");
        assertEquals(400, wrongTypes.status(), wrongTypes.body());
        JsonObject errors = wrongTypes.json().getJsonObject("errors");
        assertEquals("This must be text (a JSON string).", errors.getString("subjectName"));
        assertEquals("This must be a whole number.", errors.getString("organisationId"));
        assertTrue(errors.getString("source").startsWith("This must be one of MONITORING"), errors.toString());
        assertEquals("This must be a JSON object.", errors.getString("evidence"));
    }

    @Test
    void anHrSystemReadsTheReferralAndDownloadsThePackExactlyAsSentWithItsTimelineHash() {
        Caller hr = as("chscb.hr");
        String ref = referredCase("chscb", hr.organisationId(), "Ffion Fetch");
        String hrAuth = basic("chscb.hr", PASSWORD);
        String sentHash = CallerContext.runAs(as("chscb.officer"), () -> cases.timelineOf(ref)).stream()
                .filter(l -> l.action().equals(ReferralPackPdf.SENT)).findFirst().orElseThrow().detail()
                .replaceAll(".*SHA-256 ", "");

        Answer read = send("GET", "api/referrals/" + ref, Map.of("Authorization", hrAuth), null);
        assertEquals(200, read.status(), read.body());
        JsonObject pack = read.json().getJsonObject("pack");
        assertEquals(ref, pack.getJsonObject("referral").getString("reference"));
        assertEquals("Breach of 3.5(d) confirmed: photographs posted without consent.",
                pack.getJsonObject("decision").getString("reasons"));
        List<String> actions = pack.getJsonArray("timeline").stream()
                .map(v -> v.asJsonObject().getString("action")).toList();
        assertTrue(actions.contains("Referred to the parent organisation") && actions.contains(ReferralPackPdf.SENT),
                actions.toString());
        assertFalse(actions.contains("Triage recorded") || actions.contains("Investigation authorised"),
                "the triage and the senior's authorisation stay with the board: " + actions);
        assertFalse(read.body().contains("Consent not given.") || read.body().contains("open methods only"),
                read.body());
        JsonObject sentPack = read.json().getJsonObject("sentPack");
        assertEquals(sentHash, sentPack.getString("sha256"));
        assertEquals("/api/referrals/" + ref + "/pack", sentPack.getString("href"));

        HttpResponse<byte[]> pdf = download("api/referrals/" + ref + "/pack", hrAuth);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals(sentHash, sha256(pdf.body()), "the downloaded bytes are the pack whose SHA-256 is in the timeline");
        assertEquals(sentPack.getInt("sizeBytes"), pdf.body().length);
        assertEquals("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sentHash)) + ":",
                pdf.headers().firstValue("Repr-Digest").orElse(""));
        assertEquals(sentHash, sha256(download("api/referrals/" + ref + "/pack", hrAuth).body()), "the same each time");

        assertEquals(403, send("GET", "api/referrals/" + ref, Map.of("Authorization", basic("chscb.officer",
                PASSWORD)), null).status(), "the HR endpoints are HR's");
        assertEquals(404, send("GET", "api/referrals/CHSCB-1999-9999", Map.of("Authorization", hrAuth), null)
                .status());
    }

    @Test
    void anHrSystemLodgesAndDecidesAnAppealAndBadBodiesChangeNothing() {
        Caller hr = as("chscb.hr");
        String ref = referredCase("chscb", hr.organisationId(), "Aled Appeal");
        Map<String, String> asHr = Map.of("Authorization", basic("chscb.hr", PASSWORD), "Content-Type",
                "application/json");
        String today = LocalDate.now(UK).toString();

        Answer tooEarly = send("POST", "api/referrals/" + ref + "/appeal", asHr,
                validBodies().get("POST /referrals/{reference}/appeal"));
        assertEquals(409, tooEarly.status(), tooEarly.body());
        assertEquals(204, send("POST", "api/referrals/" + ref + "/acknowledgement", asHr, null).status());

        // The outcome endpoint: too big, not JSON, wrong types, wrong media type: 4xx problems, nothing recorded.
        Answer tooBig = send("POST", "api/referrals/" + ref + "/outcome", asHr, Json.createObjectBuilder()
                .add("outcome", "WRITTEN_WARNING").add("decidedOn", today).add("note", "x".repeat(70 * 1024)).build()
                .toString());
        assertEquals(413, tooBig.status(), tooBig.body());
        assertTrue(tooBig.isProblem());
        for (String malformed : List.of("{\"outcome\":", "[\"WRITTEN_WARNING\"]", "")) {
            Answer answer = send("POST", "api/referrals/" + ref + "/outcome", asHr, malformed);
            assertEquals(400, answer.status(), malformed + " -> " + answer.body());
            assertTrue(answer.isProblem());
        }
        Answer typed = send("POST", "api/referrals/" + ref + "/outcome", asHr,
                "{\"outcome\":{\"name\":\"WRITTEN_WARNING\"},\"decidedOn\":20260301,\"note\":\"x\"}");
        assertEquals(400, typed.status(), typed.body());
        assertEquals("This must be text (a JSON string).", typed.json().getJsonObject("errors").getString("outcome"));
        Answer early = send("POST", "api/referrals/" + ref + "/outcome", asHr, "{\"outcome\":\"WRITTEN_WARNING\","
                + "\"decidedOn\":\"2001-01-01\",\"note\":\"x\"}");
        assertEquals(400, early.status());
        assertTrue(early.json().getJsonObject("errors").getString("decidedOn")
                .startsWith("The outcome cannot be decided before the referral was sent on "), early.body());
        assertEquals(415, send("POST", "api/referrals/" + ref + "/outcome", Map.of("Authorization",
                basic("chscb.hr", PASSWORD), "Content-Type", "text/plain"), outcome()).status());
        JsonObject before = hrSide(ref);
        assertTrue(!before.containsKey("outcome") || before.isNull("outcome"), "no outcome recorded: " + before);

        assertEquals(204, send("POST", "api/referrals/" + ref + "/outcome", asHr, outcome()).status());
        Answer badAppeal = send("POST", "api/referrals/" + ref + "/appeal", asHr, "{\"lodgedOn\":\"soon\"}");
        assertEquals(400, badAppeal.status());
        assertEquals("Give the date as year-month-day, like 2026-03-01.",
                badAppeal.json().getJsonObject("errors").getString("lodgedOn"));
        Answer future = send("POST", "api/referrals/" + ref + "/appeal", asHr, "{\"lodgedOn\":\""
                + LocalDate.now(UK).plusDays(2) + "\",\"grounds\":\"x\"}");
        assertEquals("The date cannot be in the future.", future.json().getJsonObject("errors").getString("lodgedOn"));
        assertEquals(204, send("POST", "api/referrals/" + ref + "/appeal", asHr,
                validBodies().get("POST /referrals/{reference}/appeal")).status());
        assertEquals(409, send("POST", "api/referrals/" + ref + "/appeal", asHr,
                validBodies().get("POST /referrals/{reference}/appeal")).status(), "lodged once");
        assertEquals("UNDER_APPEAL", hrSide(ref).getString("status"));

        Answer badResult = send("POST", "api/referrals/" + ref + "/appeal-result", asHr,
                "{\"result\":\"OVERTURNED\",\"decidedOn\":\"" + today + "\",\"note\":\"x\"}");
        assertEquals(400, badResult.status());
        assertEquals("This must be one of DISMISSED, VARIED, UPHELD.",
                badResult.json().getJsonObject("errors").getString("result"));
        assertEquals(204, send("POST", "api/referrals/" + ref + "/appeal-result", asHr,
                validBodies().get("POST /referrals/{reference}/appeal-result")).status());
        JsonObject decided = hrSide(ref);
        assertEquals("DISMISSED", decided.getString("appealOutcome"));
        assertEquals("Too harsh.", decided.getString("appealGrounds"));
        assertTrue(CallerContext.runAs(as("chscb.officer"), () -> cases.timelineOf(ref)).stream()
                .anyMatch(l -> l.action().equals("Appeal result recorded") && l.actor().equals("chscb.hr")));
    }

    private JsonObject hrSide(String ref) {
        return send("GET", "api/referrals/" + ref, Map.of("Authorization", basic("chscb.hr", PASSWORD)), null).json()
                .getJsonObject("pack").getJsonObject("hr");
    }

    @Test
    void anotherBoardsAdministratorCannotListRotateOrRevokeAKey() {
        NewApiKey city = key("chscb", "City-only tool");
        long id = city.view().id();
        Caller northAdmin = as("nscb.admin");
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(northAdmin, () -> apiKeys.rotate(id)));
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(northAdmin, () -> apiKeys.revoke(id)));
        assertTrue(CallerContext.runAs(northAdmin, () -> apiKeys.keys()).stream()
                .noneMatch(k -> k.id() == id || k.name().equals(city.view().name())), "not listed");

        Browser admin = browser();
        admin.signIn("nscb.admin", PASSWORD);
        Browser.Page page = admin.open("admin/api-keys.xhtml");
        assertEquals(200, page.status());
        assertFalse(page.body().contains(city.view().name()) || page.body().contains(city.view().keyPrefix()),
                "another board's key is not on the page");
        String own = "Northern page tool " + UUID.randomUUID().toString().substring(0, 6);
        admin.submit(page, "newKey", Map.of("name", own), "create");
        Browser.Page rotated = admin.submit(admin.open("admin/api-keys.xhtml"), "keys", Map.of(), "list:0:rotate");
        assertTrue(rotated.body().contains("replaced: the old key no longer works"), rotated.body());
        Browser.Page revoked = admin.submit(admin.open("admin/api-keys.xhtml"), "keys", Map.of(), "list:0:revoke");
        assertTrue(revoked.body().contains("revoked: it no longer works"), revoked.body());
        assertTrue(CallerContext.runAs(northAdmin, () -> apiKeys.keys()).stream()
                .filter(k -> k.name().equals(own)).allMatch(k -> k.revokedAt() != null), "the page acted on its own");

        assertNull(CallerContext.runAs(as("chscb.admin"), () -> apiKeys.keys()).stream()
                .filter(k -> k.id() == id).findFirst().orElseThrow().revokedAt(), "the city key is untouched");
        assertEquals(201, intake(city.key(), null, concern("chscb.member", "Still works")).status());
    }

    @Test
    void intakeSaysWhenTheMemberIsNotMatchedRefusesAnotherOrganisationAndTheSuggestedClauseReachesTriage() {
        NewApiKey key = key("chscb", "Matching tool");
        Caller officer = as("chscb.officer");
        Answer matched = intake(key.key(), null, Json.createObjectBuilder().add("memberIdentifier", "chscb.member")
                .add("platform", "FACEBOOK").add("capturedText", "A photo of a family")
                .add("detectedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString())
                .add("suggestedClause", "3.5(d)").build().toString());
        assertEquals(201, matched.status(), matched.body());
        assertTrue(matched.json().getBoolean("memberMatched"));
        String matchedRef = matched.json().getString("reference");
        CaseFile file = CallerContext.runAs(officer, () -> caseFiles.fileOf(matchedRef));
        assertEquals("3.5(d)", file.suggestedClause().reference());
        assertTrue(file.suggestedClause().text().startsWith("Posting comments or photographs"));
        Browser browser = browser();
        browser.signIn("chscb.officer", PASSWORD);
        String casePage = browser.open("officer/case.xhtml?ref=" + matchedRef).body();
        assertTrue(casePage.contains("id=\"suggested-clause\"") && casePage.contains("The monitoring tool suggests"
                + " clause 3.5(d)"), "shown at triage");
        List<TimelineLine> matchedLines = CallerContext.runAs(officer, () -> cases.timelineOf(matchedRef));
        assertTrue(matchedLines.stream().noneMatch(l -> l.action().equals("Member not matched")));
        assertTrue(matchedLines.stream().filter(l -> l.action().equals("Clause suggested by monitoring tool"))
                .noneMatch(TimelineLine::sharedWithHr), "a machine's suggestion is the board's only");

        String idempotencyKey = UUID.randomUUID().toString();
        String unknown = Json.createObjectBuilder().add("memberIdentifier", "Jo Nobody")
                .add("organisation", organisationName("chscb")).add("platform", "OTHER").add("capturedText", "x")
                .add("detectedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString()).build().toString();
        Answer unmatched = intake(key.key(), idempotencyKey, unknown);
        assertEquals(201, unmatched.status(), unmatched.body());
        assertFalse(unmatched.json().getBoolean("memberMatched"));
        String unmatchedRef = unmatched.json().getString("reference");
        assertEquals("Jo Nobody", CallerContext.runAs(officer, () -> cases.findByReference(unmatchedRef)).subjectName());
        TimelineLine said = CallerContext.runAs(officer, () -> cases.timelineOf(unmatchedRef)).stream()
                .filter(l -> l.action().equals("Member not matched")).findFirst().orElseThrow();
        assertTrue(said.detail().contains("matched no member account"), said.detail());
        assertFalse(said.sharedWithHr());
        Answer replay = intake(key.key(), idempotencyKey, unknown);
        assertEquals(unmatchedRef, replay.json().getString("reference"));
        assertFalse(replay.json().getBoolean("memberMatched"), "a replay says the same");

        Long other = CallerContext.runAs(officer, () -> boards.organisations()).stream()
                .filter(o -> !o.id().equals(as("chscb.member").organisationId())).findFirst().orElseThrow().id();
        Answer contradicted = intake(key.key(), null, Json.createObjectBuilder().add("memberIdentifier", "chscb.member")
                .add("organisationId", other).add("platform", "OTHER").add("capturedText", "x")
                .add("detectedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString()).build().toString());
        assertEquals(400, contradicted.status(), contradicted.body());
        assertTrue(contradicted.json().getJsonObject("errors").getString("organisationId")
                .startsWith("Member chscb.member belongs to "), contradicted.body());
        assertEquals(2, casesRaisedBy("chscb", key), "the refused concern made no case");
    }

    private HttpResponse<byte[]> download(String path, String authorization) {
        try {
            return http.send(HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization).header("Accept", "application/pdf").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String[]> documentedOperations() {
        JsonObject paths = send("GET", "api/openapi.json", Map.of(), null).json().getJsonObject("paths");
        List<String[]> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().forEach(method ->
                operations.add(new String[] {method.toUpperCase(), path})));
        return operations;
    }

    /** Every resource method of the API, from the classes deployed in the WAR (the core's and each plug-in's). */
    private Set<String> realOperations() throws ClassNotFoundException {
        Set<String> operations = new TreeSet<>();
        for (String file : classesUnder("/WEB-INF/classes/uk/safeguardcases/web/")) {
            String className = file.substring("/WEB-INF/classes/".length(), file.length() - ".class".length())
                    .replace('/', '.');
            Class<?> type = Class.forName(className, false, getClass().getClassLoader());
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = (root.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("//+", "/");
                        operations.add(http.value() + " " + (path.endsWith("/") ? path.substring(0, path.length() - 1)
                                : path));
                    }
                }
            }
        }
        return operations;
    }

    /** The class files under {@code folder} of the WAR, in every folder below it. */
    private List<String> classesUnder(String folder) {
        List<String> classes = new ArrayList<>();
        Set<String> paths = servletContext.getResourcePaths(folder);
        for (String path : paths == null ? Set.<String>of() : paths) {
            if (path.endsWith("/")) {
                classes.addAll(classesUnder(path));
            } else if (path.endsWith(".class")) {
                classes.add(path);
            }
        }
        return classes;
    }

    private Answer intake(String key, String idempotencyKey, String body) {
        Map<String, String> headers = idempotencyKey == null
                ? Map.of("Authorization", "Bearer " + key, "Content-Type", "application/json")
                : Map.of("Authorization", "Bearer " + key, "Content-Type", "application/json",
                        "Idempotency-Key", idempotencyKey);
        return send("POST", "api/intake/concerns", headers, body);
    }

    private Answer send(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        request.setHeader("Accept", "application/json, application/problem+json");
        headers.forEach(request::setHeader);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String concern(String member, String text) {
        return Json.createObjectBuilder().add("memberIdentifier", member).add("platform", "INSTAGRAM")
                .add("url", "https://www.instagram.com/p/abc").add("capturedText", text)
                .add("detectedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString()).build().toString();
    }

    private static String outcome() {
        return Json.createObjectBuilder().add("outcome", "WRITTEN_WARNING")
                .add("decidedOn", LocalDate.now(UK).toString()).add("note", "Warning given after a hearing.")
                .build().toString();
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String madeKey(Browser.Page page) {
        Matcher key = MADE_KEY.matcher(page.body());
        assertTrue(key.find(), page.body());
        return key.group(1);
    }

    private NewApiKey key(String board, String name) {
        return CallerContext.runAs(as(board + ".admin"),
                () -> apiKeys.create(name + " " + UUID.randomUUID().toString().substring(0, 8)));
    }

    private long casesRaisedBy(String board, NewApiKey key) {
        return CallerContext.runAs(as(board + ".officer"), () -> cases.boardCases()).stream()
                .filter(c -> c.raisedBy().equals("api:" + key.view().name())).count();
    }

    private Long organisationId(String board) {
        return CallerContext.runAs(as(board + ".officer"), () -> boards.organisations()).get(0).id();
    }

    private String organisationName(String board) {
        return CallerContext.runAs(as(board + ".officer"), () -> boards.organisations()).get(0).name();
    }

    private Caller as(String username) {
        return people.callerFor(username).orElseThrow();
    }

    private URI base() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return URI.create("http://localhost:" + (8080 + offset) + "/");
    }

    private Browser browser() {
        return new Browser(base());
    }

    /** A new case of {@code board} about a member of {@code organisationId}, walked to its referral to HR. */
    private String referredCase(String board, Long organisationId, String subject) {
        return CaseFixtures.photographsPosted(board, organisationId, subject).at(CaseStatus.REFERRED_TO_HR).reference();
    }

    private String statusOf(String board, String ref) {
        return CallerContext.runAs(as(board + ".officer"), () -> cases.findByReference(ref)).status();
    }

    /**
     * Issue 65: a monitoring tool may name the category it suggests, the KCSIE 2025 and 2026 online content risks among
     * them; it is on the case's timeline, an unknown one is refused with the ones taken, and another board's officer
     * finds none of the case.
     */
    @Test
    void aMonitoringToolMayNameTheKcsieCategoriesAndAnUnknownOneIsRefused() {
        NewApiKey key = key("chscb", "Category tool");
        String detected = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        Caller officer = as("chscb.officer");
        for (String category : List.of("MISINFORMATION", "SELF_GENERATED_INTIMATE_IMAGES")) {
            Answer created = intake(key.key(), null, Json.createObjectBuilder()
                    .add("memberIdentifier", "chscb.member").add("platform", "TIKTOK")
                    .add("url", "https://www.tiktok.com/@someone/video/" + category.length())
                    .add("capturedText", "Shared a video – “the vaccine is a plot” 🙂 – with pupils")
                    .add("detectedAt", detected).add("category", category).build().toString());
            assertEquals(201, created.status(), created.body());
            String ref = created.json().getString("reference");
            List<TimelineLine> timeline = CallerContext.runAs(officer, () -> cases.timelineOf(ref));
            String label = uk.safeguardcases.domain.allegation.AllegationCategory.valueOf(category).label();
            assertTrue(timeline.stream().anyMatch(l -> l.action().equals("Category suggested by monitoring tool")
                    && l.detail().startsWith(label + ";")), timeline.toString());
            assertEquals(category, CallerContext.runAs(officer, () -> caseFiles.fileOf(ref)).suggestedCategory().name(),
                    "kept on the case as data");
            String page = CaseFixtures.signedIn("chscb.officer").open("officer/case.xhtml?ref=" + ref).body();
            assertTrue(page.contains("id=\"suggested-category\"") && page.contains(label), "shown at triage");
            assertThrows(NotFoundException.class, () -> CallerContext.runAs(as("lscb.officer"),
                    () -> cases.findByReference(ref)));
        }

        Answer unknown = intake(key.key(), null, Json.createObjectBuilder()
                .add("memberIdentifier", "chscb.member").add("platform", "TIKTOK")
                .add("url", "https://www.tiktok.com/@someone/video/1").add("detectedAt", detected)
                .add("category", "DEEPFAKES").build().toString());
        assertTrue(unknown.status() == 400 || unknown.status() == 422, unknown.body());
        String refusal = unknown.json().getJsonObject("errors").getString("category");
        assertTrue(refusal.startsWith("There is no category DEEPFAKES."), refusal);
        assertTrue(refusal.contains("MISINFORMATION") && refusal.contains("SELF_GENERATED_INTIMATE_IMAGES"), refusal);
    }
}
