package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * Issue 67 in Chromium, with the demo's own kind of people: an English board's senior manager sends a case to a Welsh
 * board (a wrong form said field by field, then the check step), the Welsh board's senior manager reads what came in
 * Welsh, redacted, and accepts it as a case of their own, which opens at triage with what came on its page; the
 * answer shows on the sending board's case. A second case is declined, after the check step, and what came is gone
 * from the Welsh board's pages. Every page is checked with axe-core. Screenshots go to
 * {@code docs/screenshots/transfer-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseTransfersBrowserIT {

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
    void anEnglishBoardSendsACaseAndAWelshBoardAcceptsOneAndDeclinesAnother() {
        browser.open("test-fixtures/account/board?like=chscb");
        String from = browser.text().strip();
        browser.open("test-fixtures/account/board?like=cwmtaf");
        String to = browser.text().strip();
        String ref = CaseFixtureClient.ask(baseUrl, "board=" + from + "&step=removal&subject="
                + URLEncoder.encode("Rhodri Llŷr", StandardCharsets.UTF_8))[0];
        String reason = Typed.text("Volunteers at a youth club in Aberdâr");

        signIn(from + ".senior", "en");
        browser.open("officer/case.xhtml?ref=" + ref);
        assertThat(browser.text("transfers-heading")).isEqualTo("Other boards");
        check("case, the sending form", false);
        browser.click("transferSend:continue");
        browser.waitFor(() -> browser.text().contains("Choose the board to send it to."), "the refusal");
        assertThat(browser.text()).contains("Choose the legal basis for sharing it.")
                .contains("Say why the other board needs it.");
        check("case, the sending form refused", false);
        send(to, reason, true);
        assertThat(browser.text("transferSend-consequence")).contains("goes to");
        check("case, sending: the check step", false);
        browser.screenshot("transfer-send-check-en");
        browser.click("transferSendCheck:confirm");
        browser.waitFor(() -> browser.text().contains("The case was sent."), "sent");
        assertThat(browser.has("case-transfers-sent")).isTrue();
        browser.signOut();

        signIn(to + ".senior", "cy");
        String received = openReceived(ref);
        assertThat(browser.text("received-subject")).isEqualTo("Rhodri Llŷr");
        assertThat(browser.text("received-reason")).isEqualTo(reason.replace("\u200F", ""));
        assertThat(browser.text("received-summary")).contains("Rhodri Llŷr");
        assertThat(browser.text("received-allegations")).contains("[redacted]").doesNotContain("family");
        assertThat(browser.text("received-evidence")).contains("[redacted]").doesNotContain("family");
        assertThat(browser.text("received-basis")).isEqualTo("Protocol trawsffiniol rhwng swyddogion dynodedig (LADO)");
        check("received transfer", true);
        browser.screenshot("transfer-received-cy");
        String organisation = (String) browser.script(
                "return document.getElementById('transferAccept:organisationId').options[1].value;");
        browser.chooseByValue("transferAccept:organisationId", organisation);
        browser.click("transferAccept:accept");
        browser.waitFor(() -> browser.text().contains("Derbyniwyd fel eich achos"), "accepted");
        assertThat(browser.text("transfer-came-heading")).isEqualTo("Wedi’i dderbyn gan fwrdd arall");
        assertThat(browser.text("received-subject")).isEqualTo("Rhodri Llŷr");
        String own = (String) browser.script("return new URLSearchParams(location.search).get('ref');");
        assertThat(own).isNotEqualTo(ref);
        assertThat(browser.text()).contains("Derbyniwyd yr achos a ddaeth gan fwrdd arall");
        check("the accepted case", true);
        browser.screenshot("transfer-accepted-cy");
        browser.signOut();

        signIn(from + ".senior", "en");
        browser.open("officer/case.xhtml?ref=" + ref);
        browser.waitFor(() -> {
            browser.open("officer/case.xhtml?ref=" + ref);
            return browser.text("case-transfers-sent").contains("Accepted as their case " + own);
        }, "the answer on the sending board's case");
        assertThat(browser.text()).contains("Case transfer accepted by the receiving board");

        String second = CaseFixtureClient.ask(baseUrl, "board=" + from + "&step=removal&subject="
                + URLEncoder.encode("Non Ŵyn", StandardCharsets.UTF_8))[0];
        browser.open("officer/case.xhtml?ref=" + second);
        send(to, "Moved to your area", false);
        browser.click("transferSendCheck:confirm");
        browser.waitFor(() -> browser.text().contains("The case was sent."), "sent");
        browser.signOut();

        signIn(to + ".senior", "cy");
        String declined = openReceived(second);
        browser.click("transferDecline:continue");
        browser.waitFor(() -> browser.text().contains("Dywedwch pam rydych yn ei wrthod"), "the refusal");
        String why = Typed.text("Nid yw’n byw nac yn gweithio yn ein hardal");
        browser.type("transferDecline:reason", why);
        browser.click("transferDecline:continue");
        browser.waitFor(() -> browser.has("transferDecline-consequence"), "the check step");
        check("declining: the check step", true);
        browser.click("transferDeclineCheck:confirm");
        browser.waitFor(() -> browser.text().contains("Gwrthodwyd. Dilëwyd yr hyn a ddaeth"), "declined");
        assertThat(browser.has("received-material")).as("nothing that came is left").isFalse();
        assertThat(browser.text()).doesNotContain("Non Ŵyn");
        assertThat(browser.text("received-decline-reason")).isEqualTo(why.replace("\u200F", ""));
        browser.open("transfer/transfers.xhtml");
        assertThat(browser.text("received-" + declined)).contains("Gwrthodwyd");
        assertThat(browser.text("received-" + received)).contains(own);
        check("transfers", true);
        browser.signOut();

        signIn(from + ".senior", "en");
        browser.waitFor(() -> {
            browser.open("officer/case.xhtml?ref=" + second);
            return browser.text("case-transfers-sent").contains("Declined");
        }, "the decline on the sending board's case");
        assertThat(browser.text("case-transfers-sent")).contains(why.replace("\u200F", ""));

        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    /**
     * What changes later follows the case: a closed case is sent (the member to be told, as the board's rule says),
     * accepted in Welsh, then the sending board's senior manager records a finding on its page; the Welsh board's
     * case shows the mark, and the sending board's timeline that the member and the other board were told.
     */
    @Test
    void aFindingRecordedAtTheSendingBoardIsMarkedOnTheWelshBoardsCopy() {
        browser.open("test-fixtures/account/board?like=chscb");
        String from = browser.text().strip();
        browser.open("test-fixtures/account/board?like=cwmtaf");
        String to = browser.text().strip();
        String ref = CaseFixtureClient.ask(baseUrl, "board=" + from + "&step=appeal&subject="
                + URLEncoder.encode("Gwyn Canfod", StandardCharsets.UTF_8))[0];

        signIn(from + ".senior", "en");
        browser.open("officer/case.xhtml?ref=" + ref);
        assertThat(browser.text("transfer-member-rule")).contains("the member is told by e-mail once it has gone");
        send(to, "Works at a school in your area – “Ysgol”", false);
        assertThat(browser.text("transferSend-check")).contains("Told by e-mail once it has gone.");
        browser.click("transferSendCheck:confirm");
        browser.waitFor(() -> browser.text().contains("The case was sent."), "sent");
        browser.signOut();

        signIn(to + ".senior", "cy");
        openReceived(ref);
        String organisation = (String) browser.script(
                "return document.getElementById('transferAccept:organisationId').options[1].value;");
        browser.chooseByValue("transferAccept:organisationId", organisation);
        browser.click("transferAccept:accept");
        browser.waitFor(() -> browser.text().contains("Derbyniwyd fel eich achos"), "accepted");
        String own = (String) browser.script("return new URLSearchParams(location.search).get('ref');");
        browser.signOut();

        signIn(from + ".senior", "en");
        browser.open("officer/case.xhtml?ref=" + ref);
        browser.chooseByValue("retentionFinding:finding", "UNSUBSTANTIATED");
        browser.type("retentionFinding:reason", Typed.text("Not enough to prove it either way"));
        browser.click("retentionFinding:recordFinding");
        browser.waitFor(() -> {
            browser.open("officer/case.xhtml?ref=" + ref);
            return browser.text().contains("Change told to the board the case was sent to");
        }, "the change told, on the sending board's timeline");
        assertThat(browser.text()).contains("Member told of the case sent to another board");
        browser.signOut();

        signIn(to + ".senior", "cy");
        browser.open("officer/case.xhtml?ref=" + own);
        assertThat(browser.text("received-changes")).contains("Newidiwyd yn y bwrdd a’i hanfonodd ers iddo ddod")
                .contains("canfu’r bwrdd a’i hanfonodd nad oedd yr honiad wedi’i brofi");
        check("the accepted case, marked with the change", true);
        browser.screenshot("transfer-changed-cy");
        browser.signOut();

        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    /**
     * Between deployments, each decision walked, on a Welsh board: a case sent to a board on another deployment as a
     * signed package
     * (its check step, its page with the package to hand over), the answer that board gave recorded in Welsh on its
     * check step; the board's administrator trusting another deployment's certificate, in Welsh; a file that is not a
     * package refused on import, nothing of it shown. Every page checked with axe-core.
     */
    @Test
    void aPackageForAnotherDeploymentIsHandedOverItsAnswerRecordedAndItsSenderTrusted() throws Exception {
        browser.open("test-fixtures/account/board?like=cwmtaf");
        String from = browser.text().strip();
        String ref = CaseFixtureClient.ask(baseUrl, "board=" + from + "&step=removal&subject="
                + URLEncoder.encode("Eluned Pecyn", StandardCharsets.UTF_8))[0];
        String elsewhere = "Gwent – Bwrdd “Diogelu” 🙂";

        signIn(from + ".senior", "en");
        browser.open("officer/case.xhtml?ref=" + ref);
        browser.chooseByValue("transferSend:toBoard", "another-deployment");
        browser.type("transferSend:toElsewhere", elsewhere);
        browser.chooseByValue("transferSend:legalBasis", "TRANSFERABLE_RISK_WALES");
        browser.type("transferSend:reason", Typed.text("Volunteers in Newport"));
        browser.click("transferSend:continue");
        browser.waitFor(() -> browser.has("transferSend-check"), "the check step");
        assertThat(browser.text("transferSend-check")).contains(elsewhere + ", on another deployment");
        check("case, sending a package: the check step", false);
        browser.screenshot("transfer-package-check-en");
        browser.click("transferSendCheck:confirm");
        browser.waitFor(() -> browser.text().contains("The case was sent."), "sent");
        String sent = (String) browser.script("return document.querySelector('#case-transfers-sent a')"
                + ".getAttribute('href').split('id=')[1];");
        browser.waitFor(() -> {
            browser.open("transfer/sent.xhtml?id=" + sent);
            return browser.has("package-download");
        }, "the package made");
        assertThat(browser.text("package-sha256")).hasSize(64);
        check("a package to hand over", false);
        browser.screenshot("transfer-package-sent-en");

        browser.open("account.xhtml?lang=cy");
        browser.open("transfer/sent.xhtml?id=" + sent);
        browser.click("packageAnswer:recordAnswer");
        browser.waitFor(() -> browser.text().contains("Dewiswch a wnaethant ei dderbyn neu ei wrthod."), "refused");
        browser.script("document.getElementById('packageAnswer:answer:1').click();");
        String why = Typed.text("Nid yw’n gweithio yng Ngwent mwyach");
        browser.type("packageAnswer:answerReason", why);
        browser.click("packageAnswer:recordAnswer");
        browser.waitFor(() -> browser.has("packageAnswer-check"), "the check step");
        assertThat(browser.text("packageAnswer-consequence")).contains(elsewhere);
        check("recording their answer: the check step", true);
        browser.click("packageAnswerCheck:confirm");
        browser.waitFor(() -> browser.text().contains("Mae eu hateb wedi’i gofnodi."), "recorded");
        browser.waitFor(() -> {
            browser.open("transfer/sent.xhtml?id=" + sent);
            return browser.text("sent-answer").contains(why.replace("\u200F", ""));
        }, "the answer on the transfer");
        assertThat(browser.has("packageAnswer")).as("answered once").isFalse();
        browser.signOut();

        signIn(from + ".admin", "cy");
        browser.open("admin/transfers.xhtml");
        assertThat(browser.text("trusted-none")).isNotBlank();
        assertThat(browser.text("own-certificate")).startsWith("-----BEGIN CERTIFICATE-----");
        browser.type("trustDeployment:deploymentName", "Gosodiad Gwent – “Casnewydd”");
        browser.type("trustDeployment:certificate", CaseTransfersIT.foreignCertificate());
        browser.click("trustDeployment:trust");
        browser.waitFor(() -> browser.text().contains("Gellir mewnforio pecynnau o Gosodiad Gwent"), "trusted");
        assertThat(browser.text("trusted-deployments")).contains("Gosodiad Gwent – “Casnewydd”");
        check("packages from other deployments, one trusted", true);
        browser.screenshot("transfer-trust-cy");
        browser.signOut();

        signIn(from + ".senior", "en");
        browser.open("transfer/transfers.xhtml");
        java.nio.file.Path notAPackage = java.nio.file.Files.createTempFile("transfer", ".zip");
        java.nio.file.Files.writeString(notAPackage, "Ŵ £5 🙂 – not a package");
        browser.attach("packageImport:file", notAPackage);
        browser.click("packageImport:importPackage");
        browser.waitFor(() -> browser.text().contains("This file is not a package of Safeguard Cases."), "refused");
        check("importing a package: refused", false);
        java.nio.file.Files.delete(notAPackage);

        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    /** Fills the sending form on the case page open now and goes on to the check step. */
    private void send(String to, String reason, boolean withEverything) {
        browser.chooseByValue("transferSend:toBoard", to);
        browser.chooseByValue("transferSend:legalBasis", "CROSS_BORDER_PROTOCOL");
        browser.type("transferSend:reason", reason);
        if (withEverything) {
            browser.check("transferSend:withAllegations");
            browser.check("transferSend:evidence:0");
            browser.type("transferSend:redactions", "family");
        }
        browser.click("transferSend:continue");
        browser.waitFor(() -> browser.has("transferSend-check"), "the check step");
    }

    /** Opens the transfers page until the case {@code fromReference} has come, then its page; answers its id. */
    private String openReceived(String fromReference) {
        browser.waitFor(() -> {
            browser.open("transfer/transfers.xhtml");
            return browser.text().contains(fromReference);
        }, "the case on the receiving board's page");
        String id = (String) browser.script("return [...document.querySelectorAll('#received tr')].find(r =>"
                + " r.textContent.includes('" + fromReference + "')).id.substring('received-'.length);");
        browser.open("transfer/received.xhtml?id=" + id);
        return id;
    }

    private void signIn(String username, String language) {
        browser.signIn(username, PASSWORD);
        browser.open("account.xhtml?lang=" + language);
    }

    private void check(String page, boolean welsh) {
        WalkPages.check(browser, page, welsh, null, false, accessibility);
    }
}
