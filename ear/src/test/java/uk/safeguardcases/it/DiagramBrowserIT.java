package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The process diagram on the case page, as the officer sees it: labels that read as text at the page's width,
 * the path the case took, where it is now, and where it ended once closed; zoom, the whole process, and the
 * path written out as a list. Another board gets neither the diagram nor the path.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiagramBrowserIT {

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
    void theDiagramReadsAtThePagesWidthAndShowsThePathTakenWhereTheCaseIsAndWhereItEnded() {
        String open = fixture("chscb", "AWAITING_COOPERATION", "Gwenllïan Ŵyn");
        String closed = fixture("cwmtaf", "CLOSED", "Dafydd Tŷ-Gwyn");
        browser.signIn("chscb.officer", PASSWORD);

        browser.open("officer/case.xhtml?ref=" + open);
        awaitDrawn();
        assertThat(count(".current-step")).as("the step the case waits in").isEqualTo(1L);
        assertThat(count(".step-taken")).as("the steps it went through").isGreaterThanOrEqualTo(6L);
        assertThat(count(".flow-taken")).as("the flows between them").isGreaterThanOrEqualTo(5L);
        assertThat(count(".step-ended")).as("not ended").isZero();
        double labelHeight = labelHeight();
        assertThat(labelHeight).as("the labels read as text, not 4 px specks").isGreaterThanOrEqualTo(11.0);
        List<String> path = pathList();
        assertThat(path).as("the path written out, in order, without the gateways")
                .containsSubsequence("Concern raised", "Triage the concern", "Authorise the investigation",
                        "Gather evidence", "Request removal of the content", "Await the member's response",
                        "Require co-operation", "Await statement or interview")
                .doesNotContain("Triage decision");
        assertThat(path.get(path.size() - 1)).isEqualTo("Await statement or interview");
        assertThat(browser.script("return document.querySelector('#diagram-path [aria-current=step]').textContent;"))
                .as("the step the case is at is marked").isEqualTo("Await statement or interview");
        browser.screenshot("officer-case-diagram");

        browser.click("diagram-whole");
        double whole = labelHeight();
        assertThat(whole).as("the whole process is smaller").isLessThan(labelHeight);
        browser.click("diagram-zoom-in");
        assertThat(labelHeight()).as("zoomed in again").isGreaterThan(whole);
        check("case diagram, open case");
        Map<String, Object> otherBoards = browser.fetch("officer/case-diagram?ref=" + closed + "&path");
        assertThat(otherBoards.get("status")).as("another board's case: no path").isEqualTo(404L);
        browser.signOut();

        // Cwm Taf's interface is bilingual: its officer sees the closed case in English, then in Welsh.
        browser.signIn("cwmtaf.officer", PASSWORD);
        browser.open("officer/case.xhtml?ref=" + closed);
        awaitDrawn();
        assertThat(count(".current-step")).as("nothing is waiting once closed").isZero();
        assertThat(count(".step-ended")).as("where it ended").isEqualTo(1L);
        assertThat(count(".step-taken")).isGreaterThanOrEqualTo(12L);
        List<String> closedPath = pathList();
        assertThat(closedPath).as("the whole way to the end").containsSubsequence("Concern raised",
                "Decide the outcome", "Approve the disciplinary referral", "Await HR acknowledgement");
        assertThat(closedPath.get(closedPath.size() - 1)).isEqualTo("Case closed");
        assertThat(browser.script("return document.querySelector('#diagram-path [aria-current=step]').textContent;"))
                .as("where it ended is marked").isEqualTo("Case closed");
        browser.screenshot("officer-case-diagram-closed");
        check("case diagram, closed case");

        browser.open("officer/case.xhtml?ref=" + closed + "&lang=cy");
        awaitDrawn();
        assertThat(browser.text()).contains("Y broses gyfan").contains("Chwyddo i mewn")
                .contains("Y camau y bu’r achos drwyddynt, mewn trefn");
        check("case diagram, Welsh");
        browser.signOut();

        browser.signIn("nscb.officer", PASSWORD);
        Map<String, Object> path1 = browser.fetch("officer/case-diagram?ref=" + closed + "&path");
        assertThat(path1.get("status")).as("another board gets no path").isEqualTo(404L);
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    @Test
    void theStepToDoComesFirstAndAFoldedSectionStaysFoldedForThatPersonOnly() {
        String triage = fixture("chscb", "AWAITING_TRIAGE", "Elin Ŵyn-Jones");
        String other = fixture("chscb", "GATHERING_EVIDENCE", "Siôn “Tŷ” Evans");
        browser.signIn("chscb.officer", PASSWORD);
        browser.open("officer/case.xhtml?ref=" + triage);
        assertThat(top("triage-heading")).as("the triage form before the concern and the rest")
                .isLessThan(top("concern-heading")).isLessThan(top("allegations-heading"));
        assertThat(top("triage-heading")).as("within the first screen").isLessThan(900.0);
        assertThat((Long) browser.script("return document.querySelectorAll('.case-contents a').length;"))
                .as("the page lists its sections").isGreaterThanOrEqualTo(7L);
        browser.screenshot("officer-case-triage-first");
        check("case page, triage first");

        assertThat(open("evidence")).isTrue();
        browser.script("document.querySelector('details[data-section=evidence] > summary').click();");
        assertThat(open("evidence")).as("folded").isFalse();
        browser.open("officer/case.xhtml?ref=" + other);
        assertThat(open("evidence")).as("still folded on the next case this person opens").isFalse();
        assertThat(open("timeline")).as("the others stay open").isTrue();
        browser.script("document.querySelector('a[href=\"#evidence-heading\"]').click();");
        assertThat(open("evidence")).as("the page's contents open a folded section").isTrue();
        browser.script("document.querySelector('details[data-section=evidence] > summary').click();");
        browser.signOut();

        browser.signIn("chscb.officer2", PASSWORD);
        browser.open("officer/case.xhtml?ref=" + other);
        assertThat(open("evidence")).as("another person's folds are their own").isTrue();
        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    private double top(String id) {
        return ((Number) browser.script("return document.getElementById(arguments[0]).getBoundingClientRect().top"
                + " + window.scrollY;", id)).doubleValue();
    }

    private boolean open(String section) {
        return (Boolean) browser.script("return document.querySelector('details[data-section=' + arguments[0] + ']').open;",
                section);
    }

    private void awaitDrawn() {
        browser.waitFor(() -> "true".equals(browser.script(
                "return document.getElementById('case-diagram').getAttribute('data-drawn');")), "the diagram");
    }

    private long count(String selector) {
        return (Long) browser.script("return document.querySelectorAll('#case-diagram " + selector + "').length;");
    }

    /** The rendered height, in CSS pixels, of the tallest label of the diagram as it is shown now. */
    private double labelHeight() {
        Object height = browser.script("var max = 0; document.querySelectorAll('#case-diagram .djs-visual text')"
                + ".forEach(function (t) { var r = t.getBoundingClientRect(); if (r.height > max) { max = r.height; } });"
                + " return max;");
        return ((Number) height).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> pathList() {
        return (List<String>) browser.script("return Array.prototype.map.call("
                + "document.querySelectorAll('#diagram-path li'), function (li) { return li.textContent; });");
    }

    private void check(String name) {
        browser.accessibilityProblems().forEach(p -> accessibility.add(name + ": " + p));
    }

    /** A case of {@code board} walked to {@code step} by the test deployment's fixture servlet; its reference. */
    private String fixture(String board, String step, String subject) {
        return CaseFixtureClient.ask(baseUrl, "board=" + board + "&step=" + step + "&subject="
                + java.net.URLEncoder.encode(subject, StandardCharsets.UTF_8))[0];
    }
}
