package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.awaitStep;
import static uk.safeguardcases.it.CaseFixtures.base;
import static uk.safeguardcases.it.CaseFixtures.bean;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.File;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.api.ApiKeyService;
import uk.safeguardcases.application.api.NewApiKey;
import uk.safeguardcases.application.investigation.AuthorisationService;
import uk.safeguardcases.application.investigation.DecisionService;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.requests.MemberResponse;

/**
 * Text as people type it (Welsh ŵ ŷ, curly quotes, dashes, £, right-to-left marks, emoji) goes into every JSON
 * endpoint that takes text and comes back exactly: in the answers, in what is read back, in the SHA-256 of captured
 * text (computed over exactly the UTF-8 typed), and in the case report PDF's text.
 */
@ExtendWith(ArquillianExtension.class)
class TextRoundTripIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String SUBJECT = "Siân Ŵyn “Sŵn” – £5 \u200Fעמית\u200F 🙂";
    private static final String SUMMARY = Typed.text("Raised through the API");
    private static final String FIRST_EVIDENCE = Typed.text("Captured with the concern");
    private static final String NOTE = Typed.text("Triage note");
    private static final String PARTICULARS = Typed.text("Particulars of the allegation");
    private static final String CAPTURED = Typed.text("Captured text");
    private static final String FINDINGS = Typed.text("The board's findings");
    private static final String HR_NOTE = Typed.text("Hearing note");
    private static final String GROUNDS = Typed.text("Grounds of appeal");
    private static final String APPEAL_NOTE = Typed.text("Appeal result");

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.inServerWith(TextRoundTripIT.class, Typed.class);
        ear.getAsType(WebArchive.class, "safeguard-web.war").addAsLibraries(jarOf(PDDocument.class),
                jarOf(RandomAccessRead.class), jarOf(org.apache.fontbox.ttf.TrueTypeFont.class));
        return ear;
    }

    @Test
    void everyEndpointThatTakesTextKeepsItExactlyToThePdf() throws Exception {
        String organisation = String.valueOf(CaseFixtures.caller("chscb.hr").organisationId());
        JsonObject raised = post("api/cases", "chscb.officer", "{\"subjectName\":" + quoted(SUBJECT)
                + ",\"organisationId\":" + organisation + ",\"source\":\"PUBLIC_COMPLAINT\",\"summary\":" + quoted(SUMMARY)
                + ",\"subjectUsername\":\"chscb.member\",\"evidence\":{\"platform\":\"FACEBOOK\",\"capturedText\":"
                + quoted(FIRST_EVIDENCE) + ",\"captureMethod\":\"PUBLIC_PAGE_VIEWED\",\"captureForm\":\"TEXT_COPIED\","
                + "\"openMethodDeclared\":true,"
                + "\"capturedAt\":\"2026-11-01T10:15:00Z\"}}", 201);
        String ref = raised.getString("reference");
        assertThat(raised.getString("subjectName")).isEqualTo(SUBJECT);
        assertThat(get("api/cases/" + ref, "chscb.officer").getString("subjectName")).isEqualTo(SUBJECT);

        post("api/cases/" + ref + "/triage", "chscb.officer", "{\"decision\":\"INVESTIGATE\",\"note\":" + quoted(NOTE) + "}", 204);
        JsonObject allegation = post("api/cases/" + ref + "/allegations", "chscb.officer", "{\"clause\":\"3.5(d)\","
                + "\"category\":\"IMAGES_WITHOUT_CONSENT\",\"severity\":\"HIGH\",\"particulars\":" + quoted(PARTICULARS) + "}", 201);
        assertThat(allegation.getString("particulars")).isEqualTo(PARTICULARS);
        as("chscb.senior", () -> bean(AuthorisationService.class).decide(ref, true, Typed.text("Authorised")));
        JsonObject evidence = post("api/cases/" + ref + "/evidence", "chscb.officer", "{\"platform\":\"INSTAGRAM\","
                + "\"capturedText\":" + quoted(CAPTURED) + ",\"captureMethod\":\"PUBLIC_PAGE_VIEWED\","
                + "\"captureForm\":\"TEXT_COPIED\",\"openMethodDeclared\":true,\"capturedAt\":\"2026-11-01T10:15:00Z\"}", 201);
        assertThat(evidence.getString("capturedText")).isEqualTo(CAPTURED);
        assertThat(evidence.getString("sha256")).as("hashed over exactly the text typed").isEqualTo(sha256(CAPTURED));

        as("chscb.officer", () -> bean(EvidenceService.class).finishGathering(ref, Typed.text("Gathered")));
        awaitStep("chscb", ref, CaseStatus.AWAITING_REMOVAL);
        as("chscb.member", () -> bean(RequestService.class).respondToRemoval(ref, MemberResponse.REMOVED,
                Typed.text("Removed")));
        awaitStep("chscb", ref, CaseStatus.AWAITING_COOPERATION);
        as("chscb.member", () -> bean(RequestService.class).respondToCooperation(ref, Typed.text("Statement"), false));
        awaitStep("chscb", ref, CaseStatus.VERIFYING_REMOVAL);
        as("chscb.officer", () -> bean(DecisionService.class).verifyRemoval(ref, Typed.text("Verified")));
        as("chscb.officer", () -> bean(DecisionService.class).decideOutcome(ref, CaseOutcome.DISCIPLINARY_REFERRAL, FINDINGS));
        as("chscb.senior", () -> bean(DecisionService.class).approveReferral(ref, true, Typed.text("Approved")));
        awaitStep("chscb", ref, CaseStatus.REFERRED_TO_HR);

        String today = LocalDate.now(UK).toString();
        post("api/referrals/" + ref + "/acknowledgement", "chscb.hr", "{}", 200, 204);
        post("api/referrals/" + ref + "/outcome", "chscb.hr", "{\"outcome\":\"WRITTEN_WARNING\",\"decidedOn\":\"" + today
                + "\",\"note\":" + quoted(HR_NOTE) + "}", 200, 204);
        post("api/referrals/" + ref + "/appeal", "chscb.hr", "{\"lodgedOn\":\"" + today + "\",\"grounds\":"
                + quoted(GROUNDS) + "}", 200, 204);
        post("api/referrals/" + ref + "/appeal-result", "chscb.hr", "{\"result\":\"DISMISSED\",\"decidedOn\":\"" + today
                + "\",\"note\":" + quoted(APPEAL_NOTE) + "}", 200, 204);
        String referral = send("GET", "api/referrals/" + ref, "chscb.hr", null).body();
        assertThat(json(referral).getJsonObject("pack").getJsonObject("referral").getString("subjectName")).isEqualTo(SUBJECT);
        assertThat(json(referral).getJsonObject("pack").getJsonObject("decision").getString("reasons")).isEqualTo(FINDINGS);
        assertThat(referral).contains(jsonText(HR_NOTE)).contains(jsonText(GROUNDS)).contains(jsonText(APPEAL_NOTE))
                .contains(jsonText(PARTICULARS)).contains(jsonText(CAPTURED));

        NewApiKey key = as("chscb.admin", () -> bean(ApiKeyService.class).create("Offeryn – “Tŷ” 🙂"));
        HttpResponse<String> reported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve(
                        "api/intake/concerns")).header("Authorization", "Bearer " + key.key())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"memberIdentifier\":" + quoted(SUBJECT) + ",\"organisation\":\"Metropolitan Police Service\","
                                + "\"platform\":\"facebook\",\"url\":\"https://www.facebook.com/posts/1\",\"detectedAt\":"
                                + "\"2026-11-01T10:15:00Z\",\"capturedText\":" + quoted(CAPTURED) + "}",
                        StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        String intakeRef = json(reported.body()).getString("reference");
        assertThat(get("api/cases/" + intakeRef, "chscb.officer").getString("subjectName")).isEqualTo(SUBJECT);
        assertThat(as("chscb.officer", () -> bean(EvidenceService.class).evidenceOf(intakeRef)).get(0).sha256())
                .isEqualTo(sha256(CAPTURED));

        String report = pdfText(CaseFixtures.signedIn("chscb.officer").download("officer/case-report?ref=" + ref).body());
        for (String typed : new String[] {SUBJECT, SUMMARY, FIRST_EVIDENCE, PARTICULARS, CAPTURED}) {
            int near = report.indexOf(typed.substring(0, 8));
            assertThat(report).as("the case report's text near " + typed + ": "
                    + (near < 0 ? "(not found)" : report.substring(near, Math.min(report.length(), near + 120))))
                    .contains(asPrinted(typed));
        }
        // The triage note and the findings are printed only in the timeline's narrow column, where a line may begin
        // with the Hebrew word: a reader sees it in order, but a text extractor reads such a line right to left.
        for (String typed : new String[] {NOTE, FINDINGS}) {
            assertThat(report).as("every word of " + typed).contains(asPrinted(typed).split(" "));
        }
    }

    /** What a page shows of typed text: every character but the marks that only steer right-to-left order. */
    private static String asPrinted(String typed) {
        return typed.replace("\u200F", "").replace("\u200E", "");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            // One text, as if on one long page: each page's margins (marking, reference, page number) and a table's
            // repeated header row taken out where a text runs over a page break.
            return stripper.getText(document).replaceAll("\\s+", " ")
                    .replaceAll("OFFICIAL-SENSITIVE OFFICIAL-SENSITIVE \\S+ \\S+ Page \\d+ of \\d+ (When Who What Detail )?", "");
        }
    }

    private static JsonObject post(String path, String username, String body, int... expected) throws Exception {
        HttpResponse<String> answer = send("POST", path, username, body);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isIn((Object[]) java.util.Arrays.stream(expected)
                .boxed().toArray(Integer[]::new));
        return answer.body().isBlank() ? Json.createObjectBuilder().build() : json(answer.body());
    }

    private static JsonObject get(String path, String username) throws Exception {
        HttpResponse<String> answer = send("GET", path, username, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer.body());
    }

    private static HttpResponse<String> send(String method, String path, String username, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + CaseFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        request = body == null ? request.GET() : request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String quoted(String text) {
        return Json.createValue(text).toString();
    }

    /** How a string appears inside a JSON document the product writes (non-ASCII as itself). */
    private static String jsonText(String text) {
        String quoted = quoted(text);
        return quoted.substring(1, quoted.length() - 1);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
