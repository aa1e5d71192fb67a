package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
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

/**
 * Official accounts in Chromium, in English (City &amp; Hackney) and in Welsh (Cwm Taf): the member makes a business
 * case (sent empty first: the problems at the top), the senior finds it among their tasks and asks for further
 * consultation, the member answers, the senior approves it only with the profile picture checked, then records the
 * member's pass of the accreditation test and lists them on the new account in a designated role. Text as people
 * type it comes back exactly. Every page is checked with axe-core at desktop width and on a phone. Another board's
 * senior gets the 404 page. Screenshots go to {@code docs/screenshots/official-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficialAccountsBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWith(CaseFixtureServlet.class, CaseFixtures.class);
    }

    @ArquillianResource
    private URL baseUrl;

    private Chromium browser;
    private final List<String> accessibility = new ArrayList<>();

    @BeforeEach
    void start() {
        Chromium.assumeInstalled();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aMemberOfCityAndHackneyAsksAndTheSeniorDecidesAndAccreditsInEnglish() {
        walk("chscb", "CHSCB", false, "", "nscb");
    }

    @Test
    void aMemberOfCwmTafAsksAndTheSeniorDecidesAndAccreditsInWelsh() {
        walk("cwmtaf", "CTSB", true, "-cy", "lscb");
    }

    private void walk(String board, String prefix, boolean welsh, String shot, String otherBoard) {
        String handle = "@sw_" + Long.toString(System.nanoTime(), 36);
        String setUpName = Typed.text("Gwenllïan Ŵyn");
        String businessCase = Typed.text("Tweets for the board’s “Online Safety Week” – costs £0");
        String question = Typed.text("Who covers the account when you are on leave?");
        String answer = Typed.text("Dafydd ap Ŷr covers it");
        String role = Typed.text("Editor");

        // The member asks.
        as(board + ".member", welsh);
        browser.open("portal/official-accounts.xhtml");
        check(board, prefix, welsh, "official accounts, member");
        browser.click("request:send");
        browser.waitFor(() -> browser.has("error-summary"), "the error summary");
        check(board, prefix, welsh, "official accounts, member, problems");
        browser.chooseByValue("request:platform", "X_TWITTER");
        browser.type("request:handle", handle);
        browser.type("request:setUpName", setUpName);
        browser.type("request:jobTitle", "Safeguarding Lead – Schools");
        browser.type("request:businessCase", businessCase);
        browser.click("request:send");
        browser.waitFor(() -> browser.url().contains("portal/official-account.xhtml?ref="), "the request's page");
        Matcher found = Pattern.compile("ref=(" + prefix + "-OA-\\d{4}-\\d{4})").matcher(browser.url());
        assertThat(found.find()).isTrue();
        String ref = found.group(1);
        assertThat(htmlOf("official-business-case")).isEqualTo(businessCase);
        assertThat(htmlOf("official-name")).isEqualTo(setUpName);
        check(board, prefix, welsh, "official account request, member");
        browser.screenshot("official-request" + shot);

        // The senior finds it among their tasks and consults the requester.
        as(board + ".senior", welsh);
        browser.open("senior/work.xhtml");
        assertThat(browser.html()).contains("/senior/official-account.xhtml?ref=" + ref)
                .contains(welsh ? "Penderfynu ar y cyfrif swyddogol" : "Decide on the official account");
        browser.open("senior/official-account.xhtml?ref=" + ref);
        check(board, prefix, welsh, "official account request, senior");
        browser.type("consult:consultationQuestion", question);
        browser.click("consult:consult");
        browser.waitFor(() -> browser.text("official-status").contains(welsh ? "Ymgynghori" : "Further consultation"),
                "the consultation");

        // The member answers.
        as(board + ".member", welsh);
        browser.open("portal/official-accounts.xhtml");
        browser.clickLinkTo("official-account.xhtml?ref=" + ref);
        assertThat(htmlOf("consultation-question")).isEqualTo(question);
        assertThat(browser.text().split(welsh ? "Ymgynghoriad y bwrdd" : "The board’s consultation", -1))
                .as("the board's question is shown once").hasSize(2);
        check(board, prefix, welsh, "official account consultation, member");
        browser.type("consultation:consultationAnswer", answer);
        browser.click("consultation:send");
        browser.waitFor(() -> browser.has("official-answer"), "the answer");
        assertThat(htmlOf("official-answer")).isEqualTo(answer);

        // The senior approves: not without the picture checked.
        as(board + ".senior", welsh);
        browser.open("senior/official-account.xhtml?ref=" + ref);
        browser.click("approve:approve");
        browser.waitFor(() -> browser.has("error-summary"), "the picture problem");
        check(board, prefix, welsh, "official account request, senior, problems");
        browser.check("approve:pictureChecked");
        browser.click("approve:approve");
        browser.waitFor(() -> browser.text("official-status").contains(welsh ? "Wedi’i gymeradwyo" : "Approved"),
                "the approval");
        browser.screenshot("official-decided" + shot);

        // The register; the member accredited and listed on the account.
        browser.open("senior/official-accounts.xhtml");
        assertThat(browser.text()).contains(handle);
        String today = LocalDate.now(UK).toString();
        browser.chooseByValue("accreditation:username", board + ".member");
        browser.script("document.getElementById('accreditation:trainedOn').value = arguments[0];", today);
        browser.script("document.getElementById('accreditation:passedOn').value = arguments[0];", today);
        browser.click("accreditation:record");
        browser.waitFor(() -> browser.has("official-accreditations"), "the accreditation");
        browser.choose("listing:account", handle + (welsh ? " (X / Twitter)" : " (X / Twitter)"));
        browser.chooseByValue("listing:username", board + ".member");
        browser.type("listing:designatedRole", role);
        browser.click("listing:list");
        browser.waitFor(() -> browser.html().contains(role), "the listing");
        assertThat(browser.text()).contains(LocalDate.now(UK).plusYears(3).getYear() + "");
        check(board, prefix, welsh, "official accounts, senior");
        browser.screenshot("official-register" + shot);

        // An investigation about the account: the officer names it on the case, which shows it with its users.
        String caseRef = CaseFixtureClient.ask(baseUrl, "board=" + board + "&step=AWAITING_TRIAGE&subject="
                + java.net.URLEncoder.encode("Rhys ap Ŵyn", java.nio.charset.StandardCharsets.UTF_8))[0];
        as(board + ".officer", welsh);
        browser.open("officer/case.xhtml?ref=" + caseRef);
        assertThat(browser.has("case-official-none")).isTrue();
        browser.choose("officialAccount:account", handle + " (X / Twitter)");
        browser.click("officialAccount:save");
        browser.waitFor(() -> browser.has("case-official-account") && browser.text("case-official-account")
                .contains(handle), "the case's official account");
        assertThat(htmlOf("case-official-account")).contains(role);
        check(board, prefix, welsh, "case about an official account");
        browser.screenshot("official-case" + shot);

        // Another board's senior: not found.
        as(otherBoard + ".senior", false);
        browser.open("senior/official-account.xhtml?ref=" + ref);
        assertThat(browser.text()).doesNotContain(businessCase.substring(0, 20));
        browser.open("senior/official-accounts.xhtml");
        assertThat(browser.text()).doesNotContain(handle);

        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    /** A fresh browser signed in as {@code username}, in Welsh if asked. */
    private void as(String username, boolean welsh) {
        if (browser != null) {
            browser.close();
        }
        browser = new Chromium(URI.create(baseUrl.toString()));
        browser.signIn(username, PASSWORD);
        if (welsh) {
            browser.open("account.xhtml?lang=cy");
            assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("cy");
        }
    }

    private void check(String board, String prefix, boolean welsh, String page) {
        WalkPages.check(browser, board + ", " + page, welsh, prefix, true, accessibility);
    }

    private String htmlOf(String id) {
        return (String) browser.script("return document.getElementById(arguments[0]).innerHTML;", id);
    }
}
