package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguardcases.it.CaseFixtures.PASSWORD;
import static uk.safeguardcases.it.CaseFixtures.base;
import static uk.safeguardcases.it.CaseFixtures.caller;
import static uk.safeguardcases.it.CaseFixtures.signedIn;

import jakarta.faces.FactoryFinder;
import jakarta.faces.application.ApplicationFactory;
import jakarta.faces.application.ProjectStage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TrueTypeFont;
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
import uk.safeguardcases.application.administration.PeopleAdministration;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.people.Role;

/**
 * Issue 69: the OWASP ASVS controls that were in place but shown by no test, each asserted here so that taking the
 * control away fails a test: typed format strings shown as typed, encoded-looking text, quotes and backslashes through
 * the API as typed, the charset of every textual answer, changing one's own password (the current one required, 64
 * characters and more allowed), masked password fields, the session id's length and randomness, no sign-in but by the
 * sign-in, the Faces stage, no folder listings, fields the API does not take, and repeated parameters.
 */
@ExtendWith(ArquillianExtension.class)
class AsvsControlsIT {

    private static final Pattern OPTION = Pattern.compile("<option value=\"(\\d+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("csp\\.init\\('([^']*)'\\)");
    /** A line of a Java stack trace, or its cause. */
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s*at [\\w.$]+\\(|\\.java:\\d+\\)|Caused by:|\\w+Exception: ");

    /** The board's officer, signed in once for the tests that only read (each sign-in costs a password hash). */
    private static Browser officer;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.productWithFixtures(AsvsControlsIT.class);
        // PDFBox reads the case report inside the server, where the test runs.
        ear.getAsType(WebArchive.class, "safeguard-web.war").addAsLibraries(jarOf(PDDocument.class),
                jarOf(RandomAccessRead.class), jarOf(TrueTypeFont.class));
        return ear;
    }

    private static Browser officer() {
        if (officer == null) {
            officer = signedIn("chscb.officer");
        }
        return officer;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** V1.3.10: what a person types that looks like a format pattern is shown as typed, on the page and in the PDF. */
    @Test
    void formatPatternsTypedIntoAConcernAreShownAsTypedOnTheCasePageAndInItsPdf() {
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String subject = "Ŵyn {0} {1,number} %s " + mark;
        String summary = "Posted {0} and {1,number,#} then %s %n %1$s and '{' alone " + mark + ".";
        String ref = CaseFixtures.raise("chscb", subject, summary);
        Browser officer = officer();
        String page = officer.open("officer/case.xhtml?ref=" + ref).body();
        assertTrue(page.contains(subject), "the name as typed: " + page);
        assertTrue(page.contains(summary.replace("'", "&#39;")) || page.contains(summary), "the concern as typed");
        String pdf = pdfText(officer.download("officer/case-report?ref=" + ref).body());
        assertTrue(pdf.contains(subject), "the report names the subject as typed: " + pdf);
    }

    /**
     * V1.1.1, V1.2.3: text that looks already encoded ({@code %41}, {@code &amp;}, {@code \u0041}) or holds JSON's own
     * characters ({@code "} and {@code \}) goes through the API and comes back exactly as typed: decoded once, never
     * twice, and written into JSON with its escapes.
     */
    @Test
    void encodedLookingTextQuotesAndBackslashesComeBackThroughTheApiAsTyped() {
        String subject = "Siân \"Sioni\" Back\\slash %41 &amp; \\u0041 </script> " + UUID.randomUUID()
                .toString().substring(0, 6);
        Long organisation = caller("chscb.member").organisationId();
        String officerBasic = basic("chscb.officer", PASSWORD);
        HttpResponse<String> raised = new Browser(base()).request("POST", "api/cases", Map.of("Authorization",
                officerBasic, "Content-Type", "application/json"), Json.createObjectBuilder()
                .add("subjectName", subject).add("organisationId", organisation).add("source", "colleague_report")
                .add("summary", "Reported by a colleague.").build().toString());
        assertEquals(201, raised.statusCode(), raised.body());
        String ref = Json.createReader(new StringReader(raised.body())).readObject().getString("reference");
        HttpResponse<String> read = new Browser(base()).request("GET", "api/cases/" + ref, Map.of("Authorization",
                officerBasic), null);
        assertEquals(subject, Json.createReader(new StringReader(read.body())).readObject().getString("subjectName"),
                read.body());
        String page = officer().open("officer/case.xhtml?ref=" + ref).body();
        assertTrue(page.contains("%41 &amp;amp; \\u0041 &lt;/script&gt;"), "the page shows it as typed: " + page);
    }

    /** V4.1.1: pages, downloads and problem pages say their charset; the API's JSON is UTF-8. */
    @Test
    void everyTextualAnswerNamesItsTypeAndCharset() {
        String ref = CaseFixtures.raise("chscb", "Cerys Charset", "A concern for the charset test – £5 ☕.");
        Browser anyone = new Browser(base());
        Browser officer = officer();
        Map<String, HttpResponse<byte[]>> textual = new LinkedHashMap<>();
        textual.put("login.xhtml", anyone.download("login.xhtml"));
        textual.put("forgot-password.xhtml", anyone.download("forgot-password.xhtml"));
        textual.put("officer/case.xhtml", officer.download("officer/case.xhtml?ref=" + ref));
        textual.put("no-such-page.xhtml", officer.download("no-such-page.xhtml"));
        textual.put("admin/accounts.xhtml (403)", officer.download("admin/accounts.xhtml"));
        textual.put("officer/cases.csv", officer.download("officer/cases.csv"));
        textual.forEach((what, answer) -> {
            String type = answer.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.matches("(?i)text/(html|csv)\\s*;\\s*charset=\"?UTF-8\"?"), what + ": " + type);
        });
        Map<String, HttpResponse<String>> json = new LinkedHashMap<>();
        String officerBasic = basic("chscb.officer", PASSWORD);
        json.put("api/cases", anyone.request("GET", "api/cases", Map.of("Authorization", officerBasic), null));
        json.put("api/cases/" + ref, anyone.request("GET", "api/cases/" + ref, Map.of("Authorization", officerBasic),
                null));
        json.put("api/cases?size=lots", anyone.request("GET", "api/cases?size=lots",
                Map.of("Authorization", officerBasic), null));
        json.put("api/cases (401)", anyone.request("GET", "api/cases", Map.of(), null));
        json.forEach((what, answer) -> {
            String type = answer.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.matches("(?i)application/(problem\\+)?json(\\s*;\\s*charset=\"?UTF-8\"?)?"),
                    what + ": " + type);
        });
        assertTrue(json.get("api/cases/" + ref).body().contains("Cerys Charset"));
    }

    /**
     * V6.2.2, V6.2.3, V6.2.9: a person changes their own password on the account page; a wrong or missing current
     * password is refused with the field's message and changes nothing; a new password of 64 characters and more is
     * taken and signs them in, and the old one no longer does.
     */
    @Test
    void aPersonChangesTheirPasswordOnTheAccountPageOnlyWithTheCurrentOneAndMayChooseALongOne() {
        // A person of the test's own, so that no other test's sign-in meets the changed password.
        String officer = "chscb.asvs." + UUID.randomUUID().toString().substring(0, 8);
        CaseFixtures.as("chscb.admin", () -> CaseFixtures.bean(PeopleAdministration.class).add(officer,
                "Gwenllïan Ŵyn", officer + "@example.org", EnumSet.of(Role.OFFICER), null, PASSWORD.toCharArray()));
        String chosen = "Mae’r ŵyn yn pori ar lethrau’r mynydd uwchben y cwm – £5 am bob un ☕ "
                + UUID.randomUUID();
        assertTrue(chosen.length() >= 64, chosen.length() + " characters");
        Browser browser = signedIn(officer);

        for (String current : new String[] {"not the password at all", ""}) {
            Browser.Page refused = browser.submit(browser.open("account.xhtml"), "password",
                    Map.of("current", current, "chosen", chosen, "repeated", chosen), "change");
            assertEquals(200, refused.status());
            assertTrue(refused.body().contains("Your current password is not right."), refused.body());
            assertFalse(refused.body().contains("Your password is changed."));
        }
        assertTrue(new Browser(base()).signIn(officer, chosen).uri().contains("login.xhtml"),
                "the new password was not set");

        Browser.Page changed = browser.submit(browser.open("account.xhtml"), "password",
                Map.of("current", PASSWORD, "chosen", chosen, "repeated", chosen), "change");
        assertTrue(changed.body().contains("Your password is changed."), changed.body());
        Browser.Page in = new Browser(base()).signIn(officer, chosen);
        assertTrue(in.uri().endsWith("/officer/dashboard.xhtml"), "the long password signs in: " + in.uri());
        assertTrue(new Browser(base()).signIn(officer, PASSWORD).uri().contains("login.xhtml"),
                "the old password no longer does");
    }

    /** V6.2.6: every password field the pages render is type=password (masked), whoever sees the page. */
    @Test
    void everyPasswordFieldOnThePagesIsMasked() {
        Pattern field = Pattern.compile("<input[^>]*name=\"[^\"]*:(password|current|chosen|repeated|clientSecret)\"[^>]*>");
        Map<String, Integer> expected = new LinkedHashMap<>();
        Map<String, String> pages = new LinkedHashMap<>();
        Browser anyone = new Browser(base());
        pages.put("login.xhtml", anyone.open("login.xhtml").body());
        expected.put("login.xhtml", 1);
        pages.put("operator/sign-in.xhtml", anyone.open("operator/sign-in.xhtml").body());
        expected.put("operator/sign-in.xhtml", 1);
        pages.put("account.xhtml", officer().open("account.xhtml").body());
        expected.put("account.xhtml", 3);
        Browser admin = signedIn("chscb.admin");
        pages.put("admin/people.xhtml", admin.open("admin/people.xhtml").body());
        expected.put("admin/people.xhtml", 1);
        pages.put("admin/sign-in.xhtml", admin.open("admin/sign-in.xhtml").body());
        expected.put("admin/sign-in.xhtml", 1);
        pages.forEach((path, body) -> {
            Matcher found = field.matcher(body);
            int count = 0;
            while (found.find()) {
                count++;
                assertTrue(found.group().contains("type=\"password\""), path + ": " + found.group());
            }
            assertEquals(expected.get(path), count, path + " has its password fields: " + body);
        });
    }

    /**
     * V7.2.3: the session id is at least 128 bits of a URL-safe alphabet, new at every sign-in and for every browser,
     * with nothing of one in the next (no shared prefix as a counter or a clock would give).
     */
    @Test
    void sessionIdsAreLongRandomAndNewAtEverySignIn() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Browser browser = new Browser(base());
            browser.open("login.xhtml");
            ids.add(browser.cookie("JSESSIONID"));
        }
        Browser first = new Browser(base());
        first.open("login.xhtml");
        String before = first.cookie("JSESSIONID");
        first.signIn("chscb.officer", PASSWORD);
        assertNotEquals(before, first.cookie("JSESSIONID"), "a new id at sign-in");
        ids.add(before);
        ids.add(first.cookie("JSESSIONID"));
        ids.add(officer().cookie("JSESSIONID"));
        Set<String> distinct = new HashSet<>();
        for (String id : ids) {
            assertNotNull(id);
            String random = id.contains(".") ? id.substring(0, id.indexOf('.')) : id; // a node's route after the dot
            assertTrue(random.matches("[A-Za-z0-9_-]+"), id);
            assertTrue(random.length() * 6 >= 128, "at least 128 bits in 64 symbols: " + id);
            for (String other : distinct) {
                assertFalse(random.regionMatches(0, other, 0, 6), "no shared beginning: " + random + " " + other);
            }
            distinct.add(random);
        }
        assertEquals(ids.size(), distinct.size(), "every id differs: " + ids);
    }

    /**
     * V7.6.2: nothing signs a person in but the sign-in: a browser that visits the public pages, and comes back from a
     * provider with a code and a state it did not start, is signed in to nothing.
     */
    @Test
    void visitingPagesOrAnUnaskedProviderAnswerSignsNobodyIn() {
        Browser browser = new Browser(base());
        for (String path : new String[] {"login.xhtml", "forgot-password.xhtml", "concern/raise.xhtml",
                "operator/sign-in.xhtml"}) {
            assertTrue(browser.open(path).status() < 500, path);
        }
        Browser.Page answer = browser.openOnce("sign-in/returned?code=a-code&state=a-state");
        assertTrue(answer.uri().contains("login.xhtml?provider=refused"), answer.uri());
        assertTrue(browser.open("officer/dashboard.xhtml").uri().contains("login.xhtml"), "not signed in");
        assertTrue(browser.open("account.xhtml").uri().contains("login.xhtml"), "not signed in");
        assertEquals(401, browser.api("api/cases").status(), "the API sees no signed-in session");
    }

    /** V13.4.2: the product runs in Faces' Production stage, and a page that fails shows no stack trace. */
    @Test
    void theProductRunsInFacesProductionStageAndItsErrorPagesShowNoStackTrace() {
        ApplicationFactory applications = (ApplicationFactory) FactoryFinder.getFactory(
                FactoryFinder.APPLICATION_FACTORY);
        assertEquals(ProjectStage.Production, applications.getApplication().getProjectStage());
        Browser officer = officer();
        for (String path : new String[] {"officer/case.xhtml?ref=%C0%AF", "officer/case.xhtml?ref=NO-SUCH-CASE",
                "no-such-page.xhtml", "officer/case-report?ref=%C0%AF"}) {
            HttpResponse<byte[]> answer = officer.download(path);
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            assertFalse(STACK_TRACE.matcher(body).find(), path + " shows no stack trace: " + body);
        }
    }

    /** V13.4.3: no folder of the application is listed, public or not. */
    @Test
    void noFolderIsListed() {
        Browser anyone = new Browser(base());
        Browser officer = officer();
        Map<String, String> folders = new LinkedHashMap<>();
        folders.put("resources/", "css");
        folders.put("resources/css/", "safeguard.css");
        folders.put("resources/js/", ".js");
        folders.put("WEB-INF/", "web.xml");
        folders.put("META-INF/", "MANIFEST");
        folders.put("officer/", "case.xhtml");
        folders.put("error/", "404.xhtml");
        folders.forEach((folder, inside) -> {
            for (Browser browser : List.of(anyone, officer)) {
                HttpResponse<byte[]> answer = browser.download(folder);
                String body = new String(answer.body(), StandardCharsets.UTF_8);
                assertFalse(answer.statusCode() == 200 && body.contains(inside), folder + " is listed: " + body);
                assertFalse(body.contains("Directory Listing") || body.contains("Index of"), folder + ": " + body);
            }
        });
    }

    /**
     * V15.3.3: a case raised through the API takes only the fields raising takes: an id, reference, status, board,
     * raiser or time sent with it are ignored, and the case is the caller's board's, at its first step.
     */
    @Test
    void fieldsACallerMayNotSetAreIgnoredWhenACaseIsRaisedThroughTheApi() {
        String subject = "Mali Mass " + UUID.randomUUID().toString().substring(0, 6);
        Long organisation = caller("chscb.member").organisationId();
        String body = Json.createObjectBuilder().add("subjectName", subject).add("organisationId", organisation)
                .add("source", "colleague_report").add("summary", "Reported by a colleague.")
                .add("id", 1).add("reference", "NSCB-2026-0001").add("status", "Closed").add("statusValue", "CLOSED")
                .add("tenantId", "nscb").add("board", "nscb").add("raisedBy", "nscb.admin")
                .add("raisedAt", "2020-01-01T00:00:00Z").add("held", true).build().toString();
        HttpResponse<String> raised = new Browser(base()).request("POST", "api/cases", Map.of("Authorization",
                basic("chscb.officer", PASSWORD), "Content-Type", "application/json"), body);
        assertEquals(201, raised.statusCode(), raised.body());
        JsonObject answer = Json.createReader(new StringReader(raised.body())).readObject();
        String ref = answer.getString("reference");
        assertTrue(ref.startsWith("CHSCB-"), ref);
        assertNotEquals(1L, answer.getJsonNumber("id").longValue());
        assertEquals(CaseStatus.AWAITING_TRIAGE.label(), answer.getString("status"));
        assertEquals("chscb.officer", answer.getString("raisedBy"));
        assertTrue(Instant.parse(answer.getString("raisedAt")).isAfter(Instant.now().minus(Duration.ofHours(1))));
        assertEquals(404, new Browser(base()).request("GET", "api/cases/" + ref, Map.of("Authorization",
                basic("nscb.officer", PASSWORD)), null).statusCode(), "not another board's");
    }

    /**
     * V15.3.7: a parameter repeated, or given both in the address and in the form, reaches no other board's record and
     * gets no 5xx: the case page and its report, the API's list, and the raise form's organisation.
     */
    @Test
    void aRepeatedParameterReachesNoOtherBoardsRecord() {
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String own = CaseFixtures.raise("chscb", "Owain Own " + mark, "Our own concern.");
        String northern = "Nia Northern " + mark;
        String other = CaseFixtures.raise("nscb", northern, "Another board's concern.");
        Browser officer = officer();
        for (String query : new String[] {"ref=" + own + "&ref=" + other, "ref=" + other + "&ref=" + own}) {
            Browser.Page page = officer.open("officer/case.xhtml?" + query);
            assertTrue(page.status() < 500, query);
            assertFalse(page.body().contains(northern), query + ": " + page.body());
            HttpResponse<byte[]> report = officer.download("officer/case-report?" + query);
            assertTrue(report.statusCode() < 500, query);
            if (report.statusCode() == 200) {
                assertFalse(pdfText(report.body()).contains(northern), query);
            }
            HttpResponse<String> list = officer.request("GET", "api/cases?reference=" + other + "&reference=" + own
                    + "&size=5&size=100", Map.of("Accept", "application/json"), null);
            assertTrue(list.statusCode() < 500, list.body());
            assertFalse(list.body().contains(northern), list.body());
        }

        Long northernOrganisation = caller("nscb.member").organisationId();
        Browser.Page form = officer.open("officer/raise.xhtml");
        Matcher organisation = OPTION.matcher(form.body());
        assertTrue(organisation.find(), form.body());
        String ownOrganisation = organisation.group(1);
        String subject = "Pol Pollution " + mark;
        String[][] orders = {{northernOrganisation.toString(), ownOrganisation}, {ownOrganisation,
                northernOrganisation.toString()}};
        for (String[] organisations : orders) {
            form = officer.open("officer/raise.xhtml");
            HttpResponse<String> posted = officer.request("POST", form.uri(), Map.of("Content-Type",
                    "application/x-www-form-urlencoded"), formBody(form, "concern", List.of(
                    new String[] {"subjectName", subject}, new String[] {"organisationId", organisations[0]},
                    new String[] {"organisationId", organisations[1]}, new String[] {"source", "PUBLIC_COMPLAINT"},
                    new String[] {"summary", "Sent with the organisation twice."}), "raise"));
            assertTrue(posted.statusCode() < 500, posted.body());
        }
        form = officer.open("officer/raise.xhtml");
        HttpResponse<String> both = officer.request("POST", form.uri() + "?concern%3AorganisationId="
                + northernOrganisation, Map.of("Content-Type", "application/x-www-form-urlencoded"), formBody(form,
                "concern", List.of(new String[] {"subjectName", subject}, new String[] {"organisationId",
                        ownOrganisation}, new String[] {"source", "PUBLIC_COMPLAINT"},
                        new String[] {"summary", "Sent with the organisation in the address too."}), "raise"));
        assertTrue(both.statusCode() < 500, both.body());
        String northernCases = new Browser(base()).request("GET", "api/cases?size=100", Map.of("Authorization",
                basic("nscb.officer", PASSWORD)), null).body();
        assertFalse(northernCases.contains(subject), "nothing was raised at the other board: " + northernCases);
    }

    /** A Faces form's post, the fields in the order given (a name may repeat), with the page's view state and nonce. */
    private static String formBody(Browser.Page page, String formId, List<String[]> fields, String buttonId) {
        List<String> pairs = new ArrayList<>();
        pairs.add(enc(formId) + "=" + enc(formId));
        for (String[] field : fields) {
            pairs.add(enc(formId + ":" + field[0]) + "=" + enc(field[1]));
        }
        pairs.add(enc(formId + ":" + buttonId) + "=" + enc(buttonId));
        Matcher state = VIEW_STATE.matcher(page.body());
        assertTrue(state.find(), page.body());
        pairs.add(enc("jakarta.faces.ViewState") + "=" + enc(state.group(1)));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            pairs.add(enc("primefaces.nonce") + "=" + enc(nonce.group(1)));
        }
        return String.join("&", pairs);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A PDF's text as PDFBox reads it, runs of white space made single spaces. */
    private static String pdfText(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
