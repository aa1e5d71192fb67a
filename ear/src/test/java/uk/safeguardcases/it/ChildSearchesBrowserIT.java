package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.domain.evidence.ContentHash;

/**
 * Searches about a child in Chromium, each role from their own screen, in English (a board like the LSCB) and in Welsh
 * (a board like Cwm Taf, whose administrator first sets the rule that prohibits searching, quoting PU(j), so the
 * officer may not ask; then allows it with authorisation): the officer asks (sent empty first: the problems), the
 * senior finds it among their tasks and authorises it for two of the three platforms asked, the officer logs a search
 * with the text captured and its SHA-256, finishes, and records the outcome; the register shows it. Text as people
 * type it comes back exactly. Another board's officer gets nothing. Screenshots: {@code docs/screenshots/search-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChildSearchesBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(AccountFixtureServlet.class, CaseFixtureServlet.class);
    }

    @ArquillianResource
    private URL baseUrl;

    private Chromium browser;
    private final List<String> accessibility = new ArrayList<>();

    @BeforeEach
    void start() {
        Chromium.assumeInstalled();
        browser = new Chromium(URI.create(baseUrl.toString()));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aBoardLikeTheLscbInEnglish() {
        walk("lscb", false, "");
    }

    @Test
    void aBoardLikeCwmTafInWelshThatFirstProhibitsSearching() {
        walk("cwmtaf", true, "-cy");
    }

    private void walk(String like, boolean welsh, String shot) {
        browser.open("test-fixtures/account/board?like=" + like);
        String board = browser.text().strip();
        browser.open("test-fixtures/account/board?like=lscb");
        String otherBoard = browser.text().strip();
        String concern = Typed.text(welsh ? "Negeseuon gan “Cerys” am gyfarfod â dyn hŷn" : "Posts by “Cerys” about meeting an older man");
        String lookedAt = Typed.text(welsh ? "Ei phroffil cyhoeddus" : "Her public profile and comments");
        String scope = Typed.text(welsh ? "Negeseuon cyhoeddus yn unig" : "Public posts only");
        String reason = Typed.text(welsh ? "Pryder y gellir ei gyfiawnhau" : "A justifiable concern of grooming");
        String captured = Typed.text(welsh ? "“Cwrdd â fi yn yr orsaf fysiau”" : "“Meet me at the bus station”");
        String summary = Typed.text(welsh ? "Atgyfeiriwyd i’r LADO" : "Referred to the LADO; the school’s DSL told");

        // The administrator's rule: shown; in Cwm Taf's board it is first set to prohibit searching, quoting PU(j).
        signIn(board + ".admin", welsh);
        browser.open("admin/search-rule.xhtml");
        check(welsh, "search rule, administrator");
        if (welsh) {
            browser.check("rule:rule:0");
            browser.type("rule:clauseReference", "PU(j)");
            browser.type("rule:clauseText", "");
            browser.click("rule:save");
            browser.waitFor(() -> browser.text("search-rule-clause").contains("Not to gather information about"
                    + " service users"), "the prohibition");
            assertThat(browser.text("search-rule")).contains("PU(j)").contains("wedi’u gwahardd");
            browser.screenshot("search-rule" + shot);

            signIn(board + ".officer", welsh);
            browser.open("officer/searches.xhtml");
            assertThat(browser.has("request:submit")).as("no request where searching is prohibited").isFalse();
            assertThat(browser.text("search-rule")).contains("PU(j)");
            check(welsh, "searches, prohibited");
            browser.screenshot("search-prohibited" + shot);

            signIn(board + ".admin", welsh);
            browser.open("admin/search-rule.xhtml");
            browser.check("rule:rule:1");
            browser.type("rule:clauseReference", "");
            browser.type("rule:clauseText", Typed.text("Caniateir gydag awdurdod uwch reolwr"));
            browser.click("rule:save");
            browser.waitFor(() -> browser.text("search-rule").contains("gydag awdurdod"), "the rule allowing it");
        } else {
            browser.screenshot("search-rule" + shot);
        }

        // The officer asks: empty first, then in full.
        signIn(board + ".officer", welsh);
        browser.open("officer/searches.xhtml");
        assertThat(browser.has("register-none")).isTrue();
        check(welsh, "searches, officer");
        browser.click("request:submit");
        browser.waitFor(() -> browser.has("error-summary"), "the problems");
        assertThat(browser.text()).contains(welsh ? "Datganwch y byddwch yn defnyddio dulliau agored yn unig"
                : "Declare that you will use only open methods");
        check(welsh, "searches, officer, problems");
        browser.type("request:childReference", "CHILD-0042");
        browser.type("request:agencyCaseNumber", "BHCC/2026/118");
        browser.type("request:childBirthYear", "2011");
        browser.type("request:concern", concern);
        browser.check("request:platforms:1");
        browser.check("request:platforms:2");
        browser.check("request:platforms:3");
        browser.type("request:lookedAt", lookedAt);
        browser.check("request:openMethodsDeclared");
        browser.click("request:submit");
        browser.waitFor(() -> browser.url().contains("officer/search.xhtml?ref="), "the search's page");
        Matcher found = Pattern.compile("ref=([A-Z0-9]+-CS-\\d{4}-\\d{4})").matcher(browser.url());
        assertThat(found.find()).isTrue();
        String ref = found.group(1);
        assertThat(htmlOf("search-concern")).isEqualTo(concern);
        assertThat(browser.has("authorise:submit")).as("the officer cannot authorise").isFalse();
        check(welsh, "search, requested, officer");
        browser.screenshot("search-request" + shot);

        // The senior finds it among their tasks and authorises two of the three platforms asked.
        signIn(board + ".senior", welsh);
        browser.open("senior/work.xhtml");
        assertThat(browser.html()).contains("/officer/search.xhtml?ref=" + ref)
                .contains(welsh ? "Awdurdodi neu wrthod chwiliad am blentyn" : "Authorise or refuse a search about a child");
        browser.open("officer/search.xhtml?ref=" + ref);
        check(welsh, "search, senior");
        browser.check("authorise:authorisedPlatforms:1");
        browser.check("authorise:authorisedPlatforms:2");
        browser.type("authorise:authorisedScope", scope);
        browser.type("authorise:days", "7");
        browser.type("authorise:decisionReason", reason);
        browser.click("authorise:submit");
        browser.waitFor(() -> browser.has("search-authorised-platforms"), "the authorisation");
        assertThat(browser.text("search-authorised-platforms")).isEqualTo("Instagram, TikTok");
        assertThat(htmlOf("search-reason")).isEqualTo(reason);
        assertThat(htmlOf("search-scope")).isEqualTo(scope);
        check(welsh, "search, authorised, senior");
        browser.screenshot("search-authorised" + shot);

        // The officer logs a search on an authorised platform, finishes, and records the outcome.
        signIn(board + ".officer", welsh);
        browser.open("officer/search.xhtml?ref=" + ref);
        assertThat(browser.html()).doesNotContain("type=\"password\"");
        browser.chooseByValue("log:platform", "INSTAGRAM");
        assertThat((Long) browser.script("return document.querySelectorAll('#log\\\\:platform option').length;"))
                .as("only the platforms authorised, and the choice prompt").isEqualTo(3L);
        browser.type("log:searchedFor", Typed.text("Public profile @cerys_2011"));
        browser.type("log:method", welsh ? "Chwilio wrth enw, heb fewngofnodi" : "Searched by name, signed out");
        browser.type("log:found", Typed.text(welsh ? "Neges yn trefnu cyfarfod" : "A post arranging a meeting"));
        browser.type("log:capturedText", captured);
        browser.click("log:submit");
        browser.waitFor(() -> browser.has("search-log"), "the log");
        assertThat(browser.text("search-log")).contains(ContentHash.sha256Hex(captured));
        check(welsh, "search, logged, officer");
        browser.click("finish:submit");
        browser.waitFor(() -> browser.has("outcome:submit"), "the outcome form");
        assertThat((String) browser.script("return document.querySelector('label[for=\"outcome:outcome\"]').textContent;"))
                .as("the outcome select is named by its label").isNotBlank();
        check(welsh, "search, outcome to record, officer");
        browser.chooseByValue("outcome:outcome", "LADO");
        browser.type("outcome:outcomeReference", "LADO-2026-0113");
        browser.type("outcome:outcomeSummary", summary);
        browser.click("outcome:submit");
        browser.waitFor(() -> browser.has("search-outcome"), "the outcome");
        assertThat(browser.text("search-outcome")).contains("LADO-2026-0113");
        assertThat(htmlOf("search-summary")).isEqualTo(summary);
        check(welsh, "search, closed, officer");
        browser.screenshot("search-log" + shot);

        // The register shows it with its authorisation and use.
        browser.open("officer/searches.xhtml");
        assertThat(browser.text("search-register")).contains(ref).contains("Instagram, TikTok");
        check(welsh, "searches, register");
        java.util.Map<String, Object> csv = browser.fetch("officer/searches.csv");
        assertThat(csv.get("status")).isEqualTo(200L);
        String lines = (String) csv.get("body");
        assertThat(lines).as("the register's CSV in the page's words").contains(ref)
                .contains(welsh ? "Gofynnwyd (amser y DU)" : "Requested (UK time)")
                .contains(welsh ? "Caewyd" : "Closed").contains(welsh ? "Atgyfeiriwyd i’r LADO" : "Referred to the LADO")
                .doesNotContain("CLOSED").doesNotContain("CHILDRENS_SOCIAL_CARE").doesNotContainPattern(",LADO,")
                .doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:").doesNotContainPattern("\\d{4}-\\d\\d-\\d\\d\\b")
                .containsPattern("\\d{1,2} [A-Z][a-z]{2,4} \\d{4}, \\d\\d:\\d\\d");
        browser.screenshot("search-register" + shot);

        // Another board's officer: nothing.
        signIn(otherBoard + ".officer", false);
        browser.open("officer/search.xhtml?ref=" + ref);
        assertThat(browser.text()).doesNotContain("CHILD-0042");
        browser.open("officer/searches.xhtml");
        assertThat(browser.text()).doesNotContain(ref);

        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    private void signIn(String username, boolean welsh) {
        browser.close();
        browser = new Chromium(URI.create(baseUrl.toString()));
        browser.signIn(username, PASSWORD);
        if (welsh) {
            browser.open("account.xhtml?lang=cy");
        }
    }

    /** Staff pages are for desktops. */
    private void check(boolean welsh, String page) {
        WalkPages.check(browser, page, welsh, null, false, accessibility);
    }

    private String htmlOf(String id) {
        return (String) browser.script("return document.getElementById(arguments[0]).innerHTML;", id);
    }
}
