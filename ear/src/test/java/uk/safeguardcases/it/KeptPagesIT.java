package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
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

/**
 * How many open pages a signed-in person keeps (web.xml, issue 43): a form in any of the six pages last opened is
 * taken; one in a page older than that answers "This page has expired", and nothing of it is done.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeptPagesIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final Pattern OPTION = Pattern.compile("<option value=\"(\\d+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWith();
    }

    @ArquillianResource
    private URL baseUrl;

    @Test
    void aFormInOneOfTheSixPagesLastOpenedIsTakenAndOneInAnOlderPageExpiresDoingNothing() {
        Browser officer = new Browser(URI.create(baseUrl.toString()));
        officer.signIn("chscb.officer", PASSWORD);

        Browser.Page sixth = officer.open("officer/raise.xhtml");
        openOthers(officer, 5);
        String kept = "Tudalen “chweched” – Ŵyn " + System.nanoTime();
        Browser.Page raised = raise(officer, sixth, kept);
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(raised.body()).contains("<h1>Case CHSCB-");

        Browser.Page seventh = officer.open("officer/raise.xhtml");
        openOthers(officer, 6);
        String expired = "Tudalen “seithfed” – Ŷr " + System.nanoTime();
        Browser.Page refused = raise(officer, seventh, expired);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("This page has expired");

        String cases = officer.api("api/cases?size=100").body();
        assertThat(cases).as("the form of the sixth page raised its case").contains(kept);
        assertThat(cases).as("the form of the seventh page raised nothing").doesNotContain(expired);
    }

    /** Other pages opened since, each with a form of its own (each kept as a page). */
    private static void openOthers(Browser officer, int pages) {
        for (int i = 0; i < pages; i++) {
            assertThat(officer.open(i % 2 == 0 ? "officer/cases.xhtml" : "officer/raise.xhtml").status()).isEqualTo(200);
        }
    }

    private static Browser.Page raise(Browser officer, Browser.Page form, String subject) {
        Matcher organisation = OPTION.matcher(form.body());
        assertThat(organisation.find()).as(form.body()).isTrue();
        return officer.submit(form, "concern", Map.of("subjectName", subject, "organisationId", organisation.group(1),
                "source", "PUBLIC_COMPLAINT", "summary", "A post – “" + subject + "” £5 🙂"), "raise");
    }
}
