package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * The member's part of a whole investigation, walked in the browser from their own screen, in English (City &
 * Hackney) and in Welsh (Cwm Taf): the request to remove content and the evidence shown to them, a contest sent
 * empty (the problem at the top, linked to its field) and then with reasons, the board's decision on it and its
 * reason word for word, their confirmation that the content is gone, the request to co-operate and their
 * statement, the case's closure and how it ended, and a report of their own. Every field is typed with Welsh
 * letters, curly quotes, dashes, £, right-to-left marks and an emoji. The board's side of each step is done by its
 * people through the services (the test fixture). Every page is checked with axe-core at desktop width and on a
 * 375 × 812 phone, loads no missing resource, is in the walk's language, names no login and cites only its own
 * board's policy. Screenshots go to {@code docs/screenshots/portal-en-*.png} and {@code portal-cy-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalWalkBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";

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
        browser = new Chromium(URI.create(baseUrl.toString()));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCityAndHackneyMemberWalksTheirPartInEnglish() {
        walk(new Walk("chscb", "CHSCB", false, "Metropolitan Police Service"));
    }

    @Test
    void aCwmTafMemberWalksTheirPartInWelsh() {
        walk(new Walk("cwmtaf", "CTSB", true, "Heddlu De Cymru"));
    }

    /** One board's walk: which board, its reference prefix, whether in Welsh, the member's employer as shown. */
    private record Walk(String board, String prefix, boolean welsh, String employer) {
        String say(String english, String welsh) {
            return this.welsh ? welsh : english;
        }

        String shot(String step) {
            return "portal-" + (welsh ? "cy" : "en") + "-" + step;
        }
    }

    private void walk(Walk w) {
        String reasons = Typed.text("The photograph is of my own family at a birthday, not of anyone the board serves");
        String rejection = Typed.text("The children of a family who use the contact centre can be seen");
        String removedNote = Typed.text("Deleted the post and the copy in my stories");
        String statement = Typed.text("I posted it without thinking; I have read the policy again");
        String selfReport = Typed.text("A parent I work with sent me a friend request; I have not answered");

        String[] made = fixture("board=" + w.board + "&step=removal&subject=" + encode("Morgan Evans"));
        String ref = made[0];
        String removalId = made[1];

        // The request arrives: what is asked, by when, and the evidence the board shows.
        signIn(w);
        browser.open("portal/requests.xhtml");
        String removal = w.say("Request to remove content", "Cais i dynnu cynnwys i lawr");
        browser.reloadUntil(() -> !cardOf(ref, removal).isEmpty(), "the removal request in the list");
        check(w, "requests");
        browser.screenshot(w.shot("requests"));
        browser.open("portal/request.xhtml?id=" + removalId);
        assertThat(browser.text()).contains("Public post by Morgan Evans showing a family at a contact centre.");
        check(w, "removal request");
        browser.screenshot(w.shot("request"));

        // A contest sent without reasons comes back with the problem at the top, linked to the field.
        browser.click("contest:send");
        assertThat(browser.has("error-summary")).as("an error summary").isTrue();
        assertThat(browser.focused()).as("the summary takes the focus").isEqualTo("error-summary");
        assertThat((String) browser.script("return document.querySelector('#error-summary a').getAttribute('href');"))
                .isEqualTo("#contest:reasons");
        check(w, "contest refused");
        browser.type("contest:reasons", reasons);
        browser.click("contest:send");
        assertThat(browser.text()).contains(w.say("The board will look at your reasons",
                "Bydd y bwrdd yn ystyried eich rhesymau"));
        check(w, "contest sent");

        // The board rejects it: the member sees the decision and its reason, exactly as the officer wrote it.
        fixture("board=" + w.board + "&ref=" + ref + "&act=reject-contest&text=" + encode(rejection));
        browser.open("portal/request.xhtml?id=" + removalId);
        assertThat(htmlOf("board-decision")).as("the board's reason, word for word").contains(rejection);
        assertThat(browser.text("request-status")).isEqualTo(w.say("The board did not accept your reasons. Please"
                        + " remove the content by the deadline and tell us when you have.",
                "Ni dderbyniodd y bwrdd eich rhesymau. Tynnwch y cynnwys i lawr erbyn y dyddiad cau a rhowch wybod i"
                        + " ni pan fyddwch wedi gwneud hynny."));
        assertThat(browser.html()).as("their own reasons stay on the page").contains(reasons);
        check(w, "decision on the contest");
        browser.screenshot(w.shot("decision"));

        // They remove the content and say so.
        browser.type("removed:text", removedNote);
        browser.click("removed:send");
        assertThat(browser.text()).contains(w.say("The board has your confirmation that the content is removed",
                "Mae gan y bwrdd eich cadarnhad bod y cynnwys wedi'i dynnu i lawr"));
        browser.open("portal/request.xhtml?id=" + removalId);
        assertThat(browser.text("request-status")).isEqualTo(w.say("You told the board you removed the content."
                + " Thank you.", "Dywedoch wrth y bwrdd eich bod wedi tynnu’r cynnwys i lawr. Diolch."));
        assertThat(htmlOf("board-decision")).as("the decision stays on the record").contains(rejection);
        check(w, "removal confirmed");

        // The request to co-operate: a statement, and an interview accepted.
        browser.open("portal/requests.xhtml");
        String cooperation = w.say("Request to co-operate", "Cais i gydweithredu");
        browser.reloadUntil(() -> !cardOf(ref, cooperation).isEmpty(), "the request to co-operate");
        browser.open(linkIn(ref, cooperation));
        check(w, "co-operation request");
        browser.type("cooperation:statement", statement);
        browser.check("cooperation:interview");
        browser.click("cooperation:send");
        assertThat(browser.text()).contains(w.say("The board has your answer", "Mae gan y bwrdd eich ateb"));
        assertThat(browser.html()).as("the statement as typed").contains(statement);
        check(w, "co-operation sent");
        browser.screenshot(w.shot("cooperation"));

        // The board refers the case and the employer records its outcome: the member reads how it ended.
        fixture("board=" + w.board + "&ref=" + ref + "&act=refer");
        fixture("board=" + w.board + "&ref=" + ref + "&act=close");
        browser.open("portal/history.xhtml");
        String ended = cardOf(ref, removal);
        assertThat(ended).contains(w.say("The case is closed.", "Mae’r achos wedi’i gau."))
                .contains(w.say("The board referred the case to your employer, ",
                        "Atgyfeiriodd y bwrdd yr achos at eich cyflogwr, ") + w.employer)
                .contains(rejection).contains(removedNote);
        assertThat(cardOf(ref, cooperation)).contains(statement);
        check(w, "history, case closed");
        browser.screenshot(w.shot("closed"));

        // A report of their own, with the board's clause words in the page's language.
        browser.open("portal/self-report.xhtml");
        String firstClause = (String) browser.script(
                "return document.getElementById('selfReport:clauseId').options[1].text;");
        assertThat(firstClause).doesNotContain(w.welsh ? "Ensure that" : "Sicrhau");
        browser.chooseFirst("selfReport:clauseId");
        browser.click("selfReport:send");
        assertThat(browser.has("error-summary")).as("an account is needed").isTrue();
        check(w, "self-report refused");
        browser.type("selfReport:account", selfReport);
        browser.click("selfReport:send");
        Matcher reported = Pattern.compile(w.prefix + "-\\d{4}-\\d{4}").matcher(browser.text());
        assertThat(reported.find()).as("the report's reference is given").isTrue();
        check(w, "self-report recorded");
        browser.screenshot(w.shot("self-report"));
        browser.open("portal/history.xhtml");
        assertThat(browser.html()).contains(reported.group()).contains(selfReport);
        check(w, "history with the report");
        browser.signOut();

        // Nobody of another board sees any of it.
        browser.signIn("nscb.member", PASSWORD);
        browser.open("portal/request.xhtml?id=" + removalId);
        assertThat(browser.html()).doesNotContain(ref).doesNotContain(rejection);
        browser.open("portal/history.xhtml");
        assertThat(browser.html()).doesNotContain(ref).doesNotContain(selfReport);
        browser.signOut();

        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    private void signIn(Walk w) {
        browser.signIn(w.board + ".member", PASSWORD);
        browser.open("portal/requests.xhtml?lang=" + (w.welsh ? "cy" : "en"));
    }

    /** The markup of the list's card for the request of this kind ({@code heading}) about {@code ref}; empty for none. */
    private String cardOf(String ref, String heading) {
        Object card = browser.script(CARD + " return c ? c.innerHTML : '';", ref, heading);
        return card == null ? "" : (String) card;
    }

    /** The portal address the card for the request of this kind about {@code ref} links to. */
    private String linkIn(String ref, String heading) {
        return String.valueOf(browser.script(CARD + " return c.querySelector(\"a[href*='request.xhtml?id=']\")"
                + ".getAttribute('href').replace(/^.*?portal\\//, 'portal/');", ref, heading));
    }

    /** Finds, as {@code c}, the card about the case (argument 0) whose heading names the request's kind (argument 1). */
    private static final String CARD = "var ref = arguments[0], kind = arguments[1];"
            + " var c = Array.from(document.querySelectorAll('li.request-card')).find(function (x) {"
            + " var h = x.querySelector('h3'); return h && x.textContent.indexOf(ref) >= 0"
            + " && h.textContent.indexOf(kind) >= 0; });";

    private void check(Walk w, String page) {
        WalkPages.check(browser, w.board + ", " + page, w.welsh, w.prefix, true, accessibility);
    }

    /** The markup inside the element {@code id}: the text exactly as typed (marks that are not shown included). */
    private String htmlOf(String id) {
        Object html = browser.script("var e = document.getElementById(arguments[0]); return e ? e.innerHTML : '';", id);
        return html == null ? "" : (String) html;
    }

    /** Asks the test fixture for a case or a step of the board's side; answers its words. */
    private String[] fixture(String query) {
        return CaseFixtureClient.ask(baseUrl, query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
