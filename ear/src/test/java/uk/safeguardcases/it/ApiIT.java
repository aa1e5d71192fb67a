package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
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
import uk.safeguardcases.application.api.NewApiKey;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.administration.BoardSettings;
import uk.safeguardcases.application.administration.AuditLine;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.cases.TimelineLine;
import uk.safeguardcases.application.investigation.AllegationService;
import uk.safeguardcases.application.investigation.AuthorisationService;
import uk.safeguardcases.application.investigation.DecisionService;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.requests.MemberResponse;

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
        return Deployments.productWith(ApiIT.class, ApiIT.Answer.class, Browser.class, Browser.Page.class);
    }

    @Inject
    private ApiKeyService apiKeys;

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
    private RequestService requests;

    @Inject
    private DecisionService decisions;

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

    @Test
    void oneBoardsKeyNeverReachesAnotherBoardsDataOnAnyEndpoint() {
        NewApiKey chscb = key("chscb", "City tool");
        Caller northOfficer = as("nscb.officer");
        CaseSummary north = CallerContext.runAs(northOfficer, () -> cases.raiseConcern(new NewConcern(
                "Norah Northern", northOfficer.organisationId() == null ? organisationId("nscb")
                        : northOfficer.organisationId(), CaseSource.MANUAL, "A northern case.")));

        String bearer = "Bearer " + chscb.key();
        for (String[] endpoint : documentedOperations()) {
            String path = "api" + endpoint[1].replace("{reference}", north.reference());
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
        assertEquals(200, send("GET", "api/cases/" + ours, Map.of("Authorization", basic("chscb.officer", PASSWORD)),
                null).status());
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
            String path = "api" + operation[1].replace("{reference}", ref);
            Answer answer = send(operation[0], path, Map.of("Authorization", basic("chscb.officer", PASSWORD),
                    "Content-Type", "application/json"), operation[0].equals("POST") ? "{}" : null);
            assertNotEquals(404, answer.status(), operation[0] + " " + path + " " + answer.body());
            assertNotEquals(405, answer.status(), operation[0] + " " + path);
            assertTrue(answer.status() < 500, operation[0] + " " + path + " " + answer.body());
        }
    }

    private List<String[]> documentedOperations() {
        JsonObject paths = send("GET", "api/openapi.json", Map.of(), null).json().getJsonObject("paths");
        List<String[]> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().forEach(method ->
                operations.add(new String[] {method.toUpperCase(), path})));
        return operations;
    }

    /** Every resource method of the API, from the classes deployed in the WAR. */
    private Set<String> realOperations() throws ClassNotFoundException {
        Set<String> operations = new TreeSet<>();
        for (String file : servletContext.getResourcePaths("/WEB-INF/classes/uk/safeguardcases/web/api/")) {
            if (!file.endsWith(".class")) {
                continue;
            }
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
        request.header("Accept", "application/json, application/problem+json");
        headers.forEach(request::header);
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

    /** Walks a new case of {@code board} about a member of {@code organisationId} to its referral to HR. */
    private String referredCase(String board, Long organisationId, String subject) {
        Caller officer = as(board + ".officer");
        Caller senior = as(board + ".senior");
        Caller member = as(board + ".member");
        String ref = CallerContext.runAs(officer, () -> cases.raiseConcern(new NewConcern(subject, organisationId,
                CaseSource.PUBLIC_COMPLAINT, "Photographs of a service user's family posted without consent.",
                board + ".member"))).reference();
        CallerContext.runAs(officer, () -> triage.recordTriage(ref, new TriageInput(false, null, false, null, false,
                null, false, TriageDecision.INVESTIGATE, "Consent not given.")));
        Long clauseId = CallerContext.runAs(officer, () -> boards.clauses()).stream()
                .filter(c -> c.reference().equals("3.5(d)")).findFirst().orElseThrow().id();
        CallerContext.runAs(officer, () -> allegations.allege(ref, clauseId, AllegationCategory.IMAGES_WITHOUT_CONSENT,
                Severity.HIGH, null, "Three photographs of a family known through work."));
        CallerContext.runAs(senior, () -> authorisation.decide(ref, true, "Justifiable concern; open methods only."));
        CallerContext.runAs(officer, () -> evidence.capture(ref, EvidenceInput.text(
                "https://www.facebook.com/posts/4711", Platform.FACEBOOK, "Look who I met at work today",
                Instant.now().minus(1, ChronoUnit.HOURS), CaptureMethod.PUBLIC_PAGE_VIEWED, true)));
        CallerContext.runAs(officer, () -> evidence.finishGathering(ref, "One public post captured."));
        awaitStatus(board, ref, CaseStatus.AWAITING_REMOVAL);
        CallerContext.runAs(member, () -> requests.respondToRemoval(ref, MemberResponse.REMOVED, "Deleted it."));
        awaitStatus(board, ref, CaseStatus.AWAITING_COOPERATION);
        CallerContext.runAs(member, () -> requests.recordCooperation(ref, MemberResponse.STATEMENT,
                "I posted them; I have taken them down.", false));
        awaitStatus(board, ref, CaseStatus.VERIFYING_REMOVAL);
        CallerContext.runAs(officer, () -> decisions.verifyRemoval(ref, "The post is gone."));
        CallerContext.runAs(officer, () -> decisions.decideOutcome(ref, CaseOutcome.DISCIPLINARY_REFERRAL,
                "Breach of 3.5(d) confirmed: photographs posted without consent."));
        CallerContext.runAs(senior, () -> decisions.approveReferral(ref, true, "Referral approved."));
        awaitStatus(board, ref, CaseStatus.REFERRED_TO_HR);
        return ref;
    }

    /** Steps after an asynchronous service task happen on the job executor, a moment later. */
    private void awaitStatus(String board, String ref, CaseStatus expected) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!statusOf(board, ref).equals(expected.label()) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertEquals(expected.label(), statusOf(board, ref), "case " + ref + " reached its step in 30 s");
    }

    private String statusOf(String board, String ref) {
        return CallerContext.runAs(as(board + ".officer"), () -> cases.findByReference(ref)).status();
    }
}
