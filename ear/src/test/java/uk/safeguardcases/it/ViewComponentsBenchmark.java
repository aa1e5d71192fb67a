package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.official.BusinessCases;
import uk.safeguardcases.application.official.OfficialAccountRequestDetails;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.evidence.Platform;

/**
 * Issue 61, "Build only what the person sees": how many components each page's view holds (every component made,
 * restored and walked in each phase, shown or not), for the case page at several steps as the officer and the senior
 * see it, the dashboard, the case list and the senior's pages (their work, their stuck work, the official accounts and a
 * request for one, each as the officer and the senior see it where both may open it), with the server's time for each
 * (the median of 20 GETs after 20 to warm up). Needs the server started with the opt-in count
 * ({@code -Dit.jvm.extra=-Dsafeguard.faces.countComponents=true}, see {@code shell.ComponentCount}); a measurement,
 * not a test: it fails only when the count is missing. Written to {@code target/view-components.txt}.
 * See benchmarks/rounds/case-page-build.md.
 */
@ExtendWith(ArquillianExtension.class)
class ViewComponentsBenchmark {

    private static final Logger LOG = Logger.getLogger(ViewComponentsBenchmark.class.getName());

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(ViewComponentsBenchmark.class);
    }

    @Test
    void countsEachPagesComponents() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("awaiting triage", CaseFixtures.raise(board.id(), "Morgan Evans", "A post naming a pupil."));
        for (CaseStatus step : List.of(CaseStatus.AWAITING_AUTHORISATION, CaseStatus.GATHERING_EVIDENCE,
                CaseStatus.AWAITING_COOPERATION, CaseStatus.DECIDING_OUTCOME, CaseStatus.AWAITING_REFERRAL_APPROVAL,
                CaseStatus.CLOSED)) {
            cases.put(step.name().toLowerCase().replace('_', ' '), CaseFixtures.a(board.id()).about("Morgan Evans")
                    .alleging("A photograph of a child at a school gate.")
                    .withEvidence(CaseFixtures.textPost("A public post with a child's photograph."))
                    .at(step).reference());
        }
        String officialAccountRequest = CaseFixtures.as(board.person("member"), () -> CaseFixtures.bean(
                BusinessCases.class).request(new OfficialAccountRequestDetails(Platform.X_TWITTER, "lscb_ywenllian",
                "Gwenllïan Ŵyn", "Safeguarding Lead – Schools", null,
                "Tweets about the board’s “Online Safety Week” in Ystradgynlais.")));
        List<String> lines = new ArrayList<>();
        for (String role : List.of("officer", "senior")) {
            Browser browser = CaseFixtures.signedIn(board.person(role));
            for (Map.Entry<String, String> c : cases.entrySet()) {
                String path = "officer/case.xhtml?ref=" + c.getValue();
                lines.add(String.format("case page, %-28s as %-7s: %s, %6.2f ms (median of 20)",
                        c.getKey(), role, components(browser, path), medianMillis(browser, path)));
            }
            List<String> pages = new ArrayList<>(List.of("officer/dashboard.xhtml", "officer/cases.xhtml",
                    "senior/work.xhtml", "senior/official-accounts.xhtml",
                    "senior/official-account.xhtml?ref=" + officialAccountRequest));
            if (role.equals("senior")) {
                pages.add("senior/stuck-work.xhtml");
            }
            for (String page : pages) {
                lines.add(String.format("%-56s as %-7s: %s, %6.2f ms (median of 20)", page, role,
                        components(browser, page), medianMillis(browser, page)));
            }
        }
        String report = String.join("\n", lines);
        LOG.info(() -> "Components per page:\n" + report);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "view-components.txt"), report + "\n");
    }

    private static String components(Browser browser, String path) {
        HttpResponse<String> page = browser.request("GET", path, Map.of(), null);
        assertEquals(200, page.statusCode(), path);
        String count = page.headers().firstValue("X-Safeguard-Components").orElse(null);
        assertNotNull(count, "No component count: start the server with -Dsafeguard.faces.countComponents=true");
        return String.format("%5d components (%4s not rendered)", Integer.parseInt(count),
                page.headers().firstValue("X-Safeguard-Components-Hidden").orElse("?"));
    }

    private static double medianMillis(Browser browser, String path) {
        for (int i = 0; i < 20; i++) {
            browser.open(path);
        }
        long[] took = new long[20];
        for (int i = 0; i < took.length; i++) {
            long start = System.nanoTime();
            assertEquals(200, browser.open(path).status(), path);
            took[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(took);
        return (took[9] + took[10]) / 2e6;
    }
}
