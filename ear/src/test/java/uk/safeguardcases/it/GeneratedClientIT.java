package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.client.ApiClient;
import uk.safeguardcases.client.ApiException;
import uk.safeguardcases.client.api.AnnualReportApi;
import uk.safeguardcases.client.api.CasesApi;
import uk.safeguardcases.client.api.ReferralsApi;
import uk.safeguardcases.client.api.ServiceApi;
import uk.safeguardcases.client.api.StuckWorkApi;
import uk.safeguardcases.client.model.AnnualReport;
import uk.safeguardcases.client.model.CasePage;
import uk.safeguardcases.client.model.CaseSummary;
import uk.safeguardcases.client.model.NewAllegation;
import uk.safeguardcases.client.model.Triage;

/**
 * The API through a client generated from its own description at build time (openapi-generator, from
 * {@code web/target/openapi.json}): each call below is the description's operation, with its parameters and answer
 * as the description says; a description that drifted from the API fails to compile here or to read an answer.
 * Outside the server, as another system would call it, with the demo's people (HTTP Basic).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GeneratedClientIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(CaseFixtureServlet.class);
    }

    @ArquillianResource
    private URL baseUrl;

    @Test
    void anOfficerReadsListsTriagesAndAllegesThroughTheGeneratedClientAndAnotherBoardFindsNothing() throws Exception {
        String subject = "Ŵyn “Client” O’Brien – £5 🙂";
        String ref = CaseFixtureClient.ask(baseUrl, "board=chscb&step=AWAITING_TRIAGE&subject="
                + URLEncoder.encode(subject, StandardCharsets.UTF_8))[0];

        CasesApi cases = new CasesApi(as("chscb.officer"));
        CaseSummary one = cases.getCase(ref);
        assertThat(one.getReference()).isEqualTo(ref);
        assertThat(one.getSubjectName()).isEqualTo(subject);
        CasePage page = cases.listCases(0, 10, null, null, ref, null, null, null, null, null, null, null);
        assertThat(page.getRows()).extracting(CaseSummary::getReference).containsExactly(ref);
        assertThat(page.getTotal()).isEqualTo(1);

        cases.triageCase(ref, new Triage().decision(Triage.DecisionEnum.INVESTIGATE)
                .note("Screened – “generated” ŵ").harmThresholdMet(false));
        cases.addAllegation(ref, new NewAllegation().clause("3.5(d)").category(NewAllegation.CategoryEnum.OTHER)
                .severity(NewAllegation.SeverityEnum.LOW).particulars("Posted a “joke” about a pupil – £ 🙂"));
        assertThat(cases.getCase(ref).getStatus()).isNotBlank();

        ApiException theirs = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> new CasesApi(as("nscb.officer")).getCase(ref));
        assertThat(theirs.getCode()).isEqualTo(404);
        assertThat(theirs.getResponseBody()).doesNotContain("Client");
    }

    @Test
    void eachRoleReachesItsOwnOperationsAndIsRefusedTheOthers() throws Exception {
        assertThat(new ServiceApi(as("chscb.officer")).getReadiness()).isNotNull();
        assertThat(new ReferralsApi(as("chscb.hr")).listReferrals(null)).isNotNull();
        assertThat(new StuckWorkApi(as("chscb.senior")).listStuckWork("cy").getItems()).isNotNull();
        AnnualReport report = new AnnualReportApi(as("chscb.senior")).getAnnualReport(null, "en");
        assertThat(report.getLanguage()).isEqualTo(AnnualReport.LanguageEnum.EN);
        assertThat(report.getSections()).isNotEmpty();

        assertThatThrownBy(() -> new StuckWorkApi(as("chscb.officer")).listStuckWork(null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        assertThatThrownBy(() -> new AnnualReportApi(as("chscb.hr")).getAnnualReport(null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        assertThatThrownBy(() -> new CasesApi(as("chscb.hr")).getCase("CHSCB-2026-0001"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isIn(403, 404));
    }

    /** A client of the API as {@code username}, by HTTP Basic (the demo's boards require no second factor). */
    private ApiClient as(String username) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl.toString().replaceAll("/$", "") + "/api");
        String basic = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        return client;
    }
}
