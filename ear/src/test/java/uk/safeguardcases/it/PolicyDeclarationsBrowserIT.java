package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Policy declarations in Chromium, each person on their own screen, in English (a board like City &amp; Hackney) and
 * in Welsh (a board like Cwm Taf): the administrator publishes a version (the empty form sent back with its
 * problems first) and watches completion; the member reads the policy and signs the Employee Declaration Form with
 * text as people type it, naming their manager; the manager countersigns; the CSV holds both; the officer's case
 * page says the member had declared. Another board's administrator sees none of it. Every page is checked with
 * axe-core at desktop width and on a phone. Screenshots go to {@code docs/screenshots/declaration-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PolicyDeclarationsBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final ZoneId UK = ZoneId.of("Europe/London");

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
    void aBoardLikeCityAndHackneyInEnglish() throws Exception {
        walk("chscb", false, "");
    }

    @Test
    void aBoardLikeCwmTafInWelsh() throws Exception {
        walk("cwmtaf", true, "-cy");
    }

    private void walk(String like, boolean welsh, String shot) throws Exception {
        browser.open("test-fixtures/account/board?like=" + like);
        String board = browser.text().strip();
        String title = Typed.text(welsh ? "Polisi’r Cyfryngau Cymdeithasol" : "Social Media Policy");
        String jobTitle = Typed.text(welsh ? "Gweithiwr cymdeithasol" : "Social worker");
        String department = Typed.text(welsh ? "Plant a Theuluoedd" : "Children and Families");

        // The administrator publishes version 1.
        signIn(board + ".admin", welsh);
        browser.open("admin/declarations.xhtml");
        assertThat(browser.has("no-versions")).isTrue();
        check(welsh, "declarations, none yet", false);
        browser.type("publish:title", "");
        browser.click("publish:publish-version");
        browser.waitFor(() -> browser.text().contains(welsh ? "Rhowch deitl" : "Give the policy version a title"),
                "the problems");
        assertThat(browser.text()).contains(welsh ? "Dewiswch ddeiliad y swydd" : "Choose the post holder");
        check(welsh, "declarations, problems", false);
        browser.type("publish:title", title);
        browser.script("document.getElementById('publish:effectiveFrom').value = arguments[0];",
                LocalDate.now(UK).minusDays(7).toString());
        browser.script("document.getElementById('publish:reviewDate').value = arguments[0];",
                LocalDate.now(UK).plusYears(1).toString());
        browser.choose("publish:owner", "Adam Ali");
        browser.click("publish:publish-version");
        browser.reloadUntil(() -> browser.has("completion")
                && !browser.text("versions").contains(welsh ? "wrthi’n gofyn" : "being asked"), "the members asked");
        assertThat(browser.text("versions")).contains(visible(title));
        assertThat(browser.text("completion-total")).startsWith(welsh ? "Mae 0 o 2 aelod" : "0 of 2 members");
        check(welsh, "declarations, published", false);
        browser.signOut();

        // The member reads the policy and signs, naming their manager.
        signIn(board + ".member", welsh);
        browser.open("portal/declaration.xhtml");
        assertThat(browser.text("policy-heading")).contains(visible(title));
        assertThat(browser.text("statement")).contains(welsh ? "Rwy’n cadarnhau fy mod wedi cael copi"
                : "I confirm that I have received a copy");
        // Issue 38: the disciplinary procedure is the organisation's, named as the board gave it in Welsh.
        assertThat(browser.text("statement-procedure")).contains(welsh ? "Gweithdrefn Ddisgyblu Heddlu De Cymru"
                : "Disciplinary Procedure").doesNotContain(welsh ? "South Wales Police" : "Saesneg");
        assertThat((String) browser.script("return document.getElementById('declaration:name').value;"))
                .isEqualTo("Morgan Evans");
        check(welsh, "declaration, to sign", true);
        browser.type("declaration:contactNumber", "ffôn");
        browser.click("declaration:sign");
        browser.waitFor(() -> browser.has("error-summary"), "the error summary");
        assertThat(browser.text("error-summary")).contains(welsh ? "Rhowch deitl eich swydd" : "Enter your job title")
                .contains("029 2018 3000");
        check(welsh, "declaration, problems", true);
        browser.type("declaration:jobTitle", jobTitle);
        browser.type("declaration:department", department);
        browser.type("declaration:contactNumber", "+44 29 2018 3000");
        browser.choose("declaration:manager", "Rhian Powell");
        browser.screenshot("declaration-form" + shot);
        browser.click("declaration:sign");
        browser.waitFor(() -> browser.has("declared"), "the declaration signed");
        assertThat(browser.text("declared")).contains(visible(title)).contains("Rhian Powell")
                .contains(welsh ? "yn aros am y rheolwr" : "waiting for the manager");
        check(welsh, "declaration, signed", true);
        browser.signOut();

        // The manager countersigns.
        signIn(board + ".manager", welsh);
        browser.open("portal/declaration.xhtml");
        assertThat(browser.text("to-countersign")).contains("Morgan Evans").contains(visible(jobTitle))
                .contains(visible(department));
        check(welsh, "declaration, to countersign", true);
        browser.screenshot("declaration-countersign" + shot);
        browser.script("document.querySelector('#to-countersign input[type=submit]').click();");
        browser.waitFor(() -> !browser.has("to-countersign"), "the countersignature");
        assertThat(browser.text()).contains(welsh ? "Rydych wedi gwrthlofnodi datganiad Morgan Evans"
                : "You have countersigned Morgan Evans’s declaration");
        browser.signOut();

        // The board: completion, and every member's line as CSV.
        signIn(board + ".admin", welsh);
        browser.open("admin/declarations.xhtml");
        assertThat(browser.text("completion-total")).isEqualTo(welsh
                ? "Mae 1 o 2 aelod wedi llofnodi (50%); wedi’u gwrthlofnodi gan eu rheolwr: 1."
                : "1 of 2 members have signed (50%); countersigned by their manager: 1.");
        assertThat(browser.text("by-manager")).contains("Rhian Powell");
        check(welsh, "declarations, completion", false);
        browser.screenshot("declaration-completion" + shot);
        Browser http = new Browser(URI.create(baseUrl.toString()));
        http.signIn(board + ".admin", PASSWORD);
        HttpResponse<byte[]> csv = http.download("admin/declarations.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        String lines = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(lines).contains(board + ".member").contains(board + ".manager").contains("Signed and countersigned");
        browser.signOut();

        // The officer's case about the member says they had declared.
        String ref = CaseFixtureClient.ask(baseUrl, "board=" + board + "&step=AWAITING_TRIAGE&subject="
                + URLEncoder.encode("Morgan Evans", StandardCharsets.UTF_8))[0];
        signIn(board + ".officer", welsh);
        browser.open("officer/case.xhtml?ref=" + ref);
        assertThat(browser.text("case-declaration")).contains(welsh ? "datganodd yr aelod fersiwn 1"
                : "the member declared version 1").contains(visible(title));
        browser.signOut();

        // Another board's administrator sees none of it.
        String stranger = welsh ? "lscb.admin" : "nscb.admin";
        Browser other = new Browser(URI.create(baseUrl.toString()));
        other.signIn(stranger, PASSWORD);
        assertThat(other.open("admin/declarations.xhtml").body()).doesNotContain("Dŵr, tŷ").doesNotContain(board);
        assertThat(new String(other.download("admin/declarations.csv").body(), StandardCharsets.UTF_8))
                .doesNotContain(board);

        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    /**
     * Issue 38: on a Welsh page a name the board gave only in English (here its organisations') is marked
     * {@code lang="en"} and followed by "Saesneg yn unig", on the HR partner's pages and the member's; the board's
     * Welsh name is shown in Welsh; an English page marks nothing, and a board that gave Welsh names has nothing
     * marked.
     */
    @Test
    void welshPagesMarkTheNamesABoardGaveOnlyInEnglish() throws Exception {
        browser.open("test-fixtures/account/board?like=cwmtaf&welshOrganisationNames=none");
        String board = browser.text().strip();
        String ref = CaseFixtureClient.ask(baseUrl, "board=" + board + "&step=REFERRED_TO_HR&subject="
                + URLEncoder.encode("Morgan Evans", StandardCharsets.UTF_8))[0];

        signIn(board + ".hr", true);
        browser.open("hr/referrals.xhtml");
        assertEnglishOnly("h1", "South Wales Police");
        check(true, "HR referrals, an organisation named in English only", true);
        browser.open("hr/referral.xhtml?ref=" + ref);
        assertEnglishOnly("#pack-organisation", "South Wales Police");
        assertThat(browser.text("pack-board")).contains("Byrddau Diogelu Cwm Taf").doesNotContain("Saesneg");
        check(true, "HR referral, an organisation named in English only", true);
        browser.screenshot("welsh-english-only-hr-referral");
        browser.signOut();

        signIn(board + ".member", true);
        browser.open("portal/requests.xhtml");
        assertEnglishOnly(".portal p strong", "South Wales Police");
        check(true, "portal, an organisation named in English only", true);
        browser.screenshot("welsh-english-only-portal");
        browser.open("portal/requests.xhtml?lang=en");
        assertThat(browser.html()).doesNotContain("Saesneg yn unig").doesNotContain("english-only-inline");
        browser.signOut();

        signIn("cwmtaf.hr", true);
        browser.open("hr/referrals.xhtml");
        assertThat(browser.text()).contains("Heddlu De Cymru").doesNotContain("Saesneg yn unig");
        browser.signOut();

        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    /** The element's name is in a {@code lang="en"} span, followed by "(Saesneg yn unig)". */
    private void assertEnglishOnly(String selector, String name) {
        assertThat((String) browser.script("var e = document.querySelector(arguments[0] + ' span[lang=\"en\"]');"
                + " return e ? e.textContent : null;", selector)).as(selector).isEqualTo(name);
        assertThat((String) browser.script("return document.querySelector(arguments[0]).textContent;", selector))
                .as(selector).contains(name + " (Saesneg yn unig)");
    }

    /** As the browser's text shows it: WebDriver leaves out the invisible right-to-left marks. */
    private static String visible(String typed) {
        return typed.replace("\u200F", "");
    }

    private void signIn(String username, boolean welsh) {
        browser.signIn(username, PASSWORD);
        if (welsh) {
            browser.open("account.xhtml?lang=cy");
        }
    }

    /** Staff pages are for desktops (as the staff walk checks them); the portal's must fit a phone too. */
    private void check(boolean welsh, String page, boolean fitsPhone) {
        WalkPages.check(browser, page, welsh, null, fitsPhone, accessibility);
    }
}
