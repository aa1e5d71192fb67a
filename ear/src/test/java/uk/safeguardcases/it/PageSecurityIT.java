package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What people type is shown as text, never run, and a form cannot be posted from another site. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageSecurityIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final Pattern OPTION = Pattern.compile("<option value=\"(\\d+)\"");
    private static final Pattern NONCE = Pattern.compile("csp\\.init\\('([^']*)'\\)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWith();
    }

    @ArquillianResource
    private URL baseUrl;

    private Browser signedIn(String username) {
        Browser browser = new Browser(URI.create(baseUrl.toString()));
        browser.signIn(username, PASSWORD);
        return browser;
    }

    @Test
    void markupAndExpressionsTypedIntoAConcernAreShownAsTextOnEveryPage() {
        Browser officer = signedIn("chscb.officer");
        Browser.Page form = officer.open("officer/raise.xhtml");
        Matcher organisation = OPTION.matcher(form.body());
        assertTrue(organisation.find(), form.body());
        String hostileName = "<img src=x onerror=alert(1)> #{1+1} ${2+2}";
        Browser.Page raised = officer.submit(form, "concern", Map.of(
                "subjectName", hostileName,
                "organisationId", organisation.group(1),
                "source", "PUBLIC_COMPLAINT",
                "summary", "<script>alert('x')</script> #{facesContext.externalContext.sessionMap}"), "raise");
        assertEquals(200, raised.status(), raised.body());
        Matcher reference = Pattern.compile("<h1>Case (CHSCB-\\d{4}-\\d{4})</h1>").matcher(raised.body());
        assertTrue(reference.find(), raised.body());

        for (String page : new String[] {"officer/case.xhtml?ref=" + reference.group(1), "officer/cases.xhtml"}) {
            String body = officer.open(page).body();
            assertFalse(body.contains("<img src=x"), page + " must not contain the markup as markup");
            assertFalse(body.contains("<script>alert"), page);
            assertTrue(body.contains("&lt;img src=x onerror=alert(1)&gt; #{1+1} ${2+2}")
                    || body.contains("&lt;img src=x onerror=alert(1)&gt; #{1+1} ${2+2}".replace("'", "&#39;")),
                    page + " shows what was typed, as text, expressions unevaluated");
        }
        String casePage = officer.open("officer/case.xhtml?ref=" + reference.group(1)).body();
        assertTrue(casePage.contains("&lt;script&gt;alert"), "the concern is shown as text");
        assertFalse(casePage.contains("safeguard.caller"), "an expression typed in is never evaluated");
    }

    @Test
    void everyWorkspacesPagesComeWithAContentSecurityPolicyThatOnlyRunsTheirOwnScripts() {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put(null, List.of("login.xhtml"));
        pages.put("chscb.officer", List.of("officer/dashboard.xhtml", "officer/cases.xhtml", "officer/raise.xhtml",
                "senior/work.xhtml", "no-such-page.xhtml"));
        pages.put("chscb.hr", List.of("hr/referrals.xhtml", "officer/cases.xhtml"));
        pages.put("chscb.member", List.of("portal/requests.xhtml", "portal/history.xhtml", "portal/self-report.xhtml"));
        pages.put("chscb.admin", List.of("admin/board.xhtml", "admin/settings.xhtml", "admin/api-keys.xhtml",
                "admin/people.xhtml"));
        pages.forEach((username, paths) -> {
            Browser browser = username == null ? new Browser(URI.create(baseUrl.toString())) : signedIn(username);
            for (String path : paths) {
                HttpResponse<byte[]> page = browser.download(path);
                String body = new String(page.body(), StandardCharsets.UTF_8);
                // The product's own policy (frame-ancestors and more) and PrimeFaces' (scripts by nonce): both apply.
                String policy = String.join("; ", page.headers().allValues("Content-Security-Policy"));
                Matcher nonce = NONCE.matcher(body);
                assertTrue(nonce.find(), path + " initialises PrimeFaces' CSP with its nonce");
                assertTrue(policy.contains("script-src"), path + ": " + policy);
                assertTrue(policy.contains("base-uri 'none'"), path + " may not change its base address: " + policy);
                assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""),
                        path + " is kept by no browser");
                assertTrue(policy.contains("'nonce-" + nonce.group(1) + "'"), path + " allows its own nonce: " + policy);
                Matcher foreign = Pattern.compile("<script(?![^>]*\\bnonce=\"" + Pattern.quote(nonce.group(1))
                        + "\")[^>]*>").matcher(body);
                assertFalse(foreign.find(), path + ": a script without the page's nonce, which the browser would block");
                Matcher shared = Pattern.compile("href=\"[^\"]*?/(jakarta\\.faces\\.resource/[^\"]+)\"")
                        .matcher(body);
                assertTrue(shared.find(), path + " links a stylesheet");
                HttpResponse<byte[]> stylesheet = browser.download(shared.group(1).replace("&amp;", "&"));
                assertEquals(200, stylesheet.statusCode(), shared.group(1));
                assertFalse(stylesheet.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                        "the files every page shares may be kept: " + shared.group(1));
            }
        });
    }

    @Test
    void aFormPostedWithoutThePagesViewStateChangesNothing() {
        Browser officer = signedIn("chscb.officer");
        Browser.Page form = officer.open("officer/raise.xhtml");
        Matcher organisation = OPTION.matcher(form.body());
        assertTrue(organisation.find());
        String before = officer.api("api/cases").body();
        // A forged view state, as another site could post it: Faces finds no such view.
        Browser.Page forged = officer.submit(new Browser.Page(form.status(), form.uri(),
                        form.body().replaceAll("name=\"jakarta.faces.ViewState\"([^>]*)value=\"[^\"]*\"",
                                "name=\"jakarta.faces.ViewState\"$1value=\"-1234:5678\""), form.contentType()),
                "concern", Map.of("subjectName", "Forged Concern", "organisationId", organisation.group(1),
                        "source", "PUBLIC_COMPLAINT", "summary", "Posted from another site."), "raise");
        assertTrue(forged.body().contains("This page has expired"), forged.body());
        assertFalse(officer.api("api/cases").body().contains("Forged Concern"), "nothing was raised");
        assertEquals(before.contains("Forged Concern"), false);
    }
}
