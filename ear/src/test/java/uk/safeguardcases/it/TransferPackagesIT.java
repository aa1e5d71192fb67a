package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 67 between deployments, on two real servers, each with its own signing key: a senior manager of a board on
 * the first (the test's Arquillian server) sends a case to a board on another deployment; the signed package is
 * downloaded and imported on a second server this test starts. Before the receiving board's administrator trusts the
 * first deployment's certificate, the package is refused, as is the package with one byte changed (inside its JSON,
 * re-zipped, or in the file itself); nothing of it is shown. Trusted, it is checked, shown as it came (redacted), and
 * accepted as a case of the receiving board's own; a second import is refused; another board of the second deployment
 * reaches nothing of it. The sending board records the answer it is given, which the transfer's process records on
 * its case. Pages in English and Welsh.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransferPackagesIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final String SUBJECT = "Rhodri Llŷr";
    private static final String THIRD_PARTY = "Gwenllïan “Gwen” Prys";
    private static final String REASON = "Volunteers with " + THIRD_PARTY + " at a youth club in “Aberdâr” – Sundays £5 🙂 \u200F(Sul)";
    private static final Pattern OWN_CERTIFICATE = Pattern.compile("<pre id=\"own-certificate\"[^>]*>([^<]+)</pre>");
    private static final Pattern SENT_LINK = Pattern.compile("transfer/sent\\.xhtml\\?id=(\\d+)");
    private static final Pattern RECEIVED_ID = Pattern.compile("received\\.xhtml\\?id=(\\d+)");
    private static final Pattern ORGANISATION = Pattern.compile("<option value=\"(\\d+)\"[^>]*>[^<]+</option>");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(AccountFixtureServlet.class, CaseFixtureServlet.class);
    }

    @ArquillianResource
    private URL baseUrl;

    @Test
    void aPackageSignedHereIsImportedOnAnotherDeploymentOnlyOnceTrustedAndUnchanged() throws Exception {
        URI first = URI.create(baseUrl.toString());
        Browser fixtures = new Browser(first);
        String from = fixtures.open("test-fixtures/account/board?like=chscb").body().strip();
        String ref = CaseFixtureClient.ask(baseUrl, "board=" + from + "&step=removal&subject="
                + URLEncoder.encode(SUBJECT, StandardCharsets.UTF_8))[0];

        // The sending senior manager: a board on another deployment, named as its people name it.
        Browser sender = new Browser(first);
        sender.signIn(from + ".senior", PASSWORD);
        Browser.Page casePage = sender.open("officer/case.xhtml?ref=" + ref);
        assertThat(casePage.body()).contains("A board on another deployment (a signed package you hand over)");
        Browser.Page unnamed = sender.submit(casePage, "transferSend", Map.of("toBoard", "another-deployment",
                "toElsewhere", "", "legalBasis", "CROSS_BORDER_PROTOCOL", "reason", REASON), "continue");
        assertThat(unnamed.body()).contains("Name the board on the other deployment.").contains("Aberdâr");
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("toBoard", "another-deployment");
        choices.put("toElsewhere", "Gwent – Bwrdd “Diogelu”");
        choices.put("legalBasis", "CROSS_BORDER_PROTOCOL");
        choices.put("reason", REASON);
        choices.put("withAllegations", "true");
        choices.put("evidence", "1");
        choices.put("redactions", THIRD_PARTY);
        Browser.Page check = sender.submit(unnamed, "transferSend", choices, "continue");
        assertThat(check.body()).as(check.body()).contains("Gwent – Bwrdd “Diogelu”, on another deployment");
        Browser.Page sent = sender.submit(check, "transferSendCheck", Map.of(), "confirm");
        assertThat(sent.uri()).contains("officer/case.xhtml");

        // The package is made by the transfer's process (a job): then its page offers it.
        long transferId = Long.parseLong(find(SENT_LINK, sender.open("officer/case.xhtml?ref=" + ref).body()));
        Browser.Page sentPage = await(() -> {
            Browser.Page page = sender.open("transfer/sent.xhtml?id=" + transferId);
            return page.body().contains("id=\"package-download\"") ? page : null;
        }, "the package made");
        String sha256 = find(Pattern.compile("<code id=\"package-sha256\">([0-9a-f]{64})</code>"), sentPage.body());
        HttpResponse<byte[]> download = sender.download("transfer/package.zip?id=" + transferId);
        assertThat(download.statusCode()).isEqualTo(200);
        byte[] file = download.body();
        assertThat(sha256(file)).isEqualTo(sha256);
        Map<String, byte[]> entries = unzip(file);
        assertThat(entries).containsOnlyKeys("transfer.json", "transfer.json.p7s");
        String json = new String(entries.get("transfer.json"), StandardCharsets.UTF_8);
        assertThat(json).contains(SUBJECT, "Aberdâr", "safeguard-cases/transfer-package/1")
                .doesNotContain("Gwenllïan");
        assertThat(sender.open("officer/case.xhtml?ref=" + ref).body())
                .contains("Signed package of a case sent downloaded");
        Browser officerThere = new Browser(first);
        officerThere.signIn(from + ".officer", PASSWORD);
        assertThat(officerThere.download("transfer/package.zip?id=" + transferId).statusCode())
                .as("only senior managers hand a package over").isNotEqualTo(200);
        String other = fixtures.open("test-fixtures/account/board?like=nscb").body().strip();
        Browser otherSenior = new Browser(first);
        otherSenior.signIn(other + ".senior", PASSWORD);
        assertThat(otherSenior.download("transfer/package.zip?id=" + transferId).statusCode())
                .as("another board's senior manager").isEqualTo(404);

        // This deployment's certificate, as its administrator's page gives it to hand over.
        Browser firstAdmin = new Browser(first);
        firstAdmin.signIn(from + ".admin", PASSWORD);
        String certificate = find(OWN_CERTIFICATE, firstAdmin.open("admin/transfers.xhtml").body());
        assertThat(certificate).startsWith("-----BEGIN CERTIFICATE-----");

        TestDatabase database = TestDatabase.fresh("packages");
        try (StandaloneServer second = new StandaloneServer("packages", 700, database.serverProperties())) {
            second.start();
            URI there = second.uri();
            Browser receiver = new Browser(there);
            receiver.signIn("cwmtaf.senior", PASSWORD);
            assertThat(receiver.open("transfer/transfers.xhtml").body()).contains("Import a package from another"
                    + " deployment");

            // Not trusted yet: refused, naming the certificate, and nothing shown.
            Browser.Page untrusted = importPackage(receiver, file);
            assertThat(untrusted.body()).contains("is signed by a deployment your board does not trust")
                    .doesNotContain(SUBJECT).doesNotContain("Aberdâr");
            assertThat(receiver.open("transfer/transfers.xhtml").body()).doesNotContain(ref);

            Browser admin = new Browser(there);
            admin.signIn("cwmtaf.admin", PASSWORD);
            Browser.Page notPem = admin.submit(admin.open("admin/transfers.xhtml"), "trustDeployment",
                    Map.of("deploymentName", "Deployment one", "certificate", "Ŵ not a certificate"), "trust");
            assertThat(notPem.body()).contains("This is not a certificate in PEM.");
            Browser.Page trusted = admin.submit(notPem, "trustDeployment", Map.of("deploymentName",
                    "Deployment one – “Caerdydd”", "certificate", certificate), "trust");
            assertThat(trusted.body()).contains("Packages from Deployment one – “Caerdydd” can be imported now.");
            Browser.Page own = admin.submit(trusted, "trustDeployment", Map.of("deploymentName", "Self",
                    "certificate", find(OWN_CERTIFICATE, trusted.body())), "trust");
            assertThat(own.body()).contains("This is this deployment’s own certificate");

            // One changed byte: inside what goes (re-zipped, so only the signature can tell), or in the file.
            byte[] changedJson = entries.get("transfer.json").clone();
            int at = new String(changedJson, StandardCharsets.ISO_8859_1).indexOf("Aberd");
            assertThat(at).isPositive();
            changedJson[at] = (byte) 'O';
            assertThat(importPackage(receiver, zip(changedJson, entries.get("transfer.json.p7s"))).body())
                    .contains("The package was changed after it was signed").doesNotContain(SUBJECT);
            byte[] flipped = file.clone();
            flipped[flipped.length / 2] ^= 0x01;
            assertThat(importPackage(receiver, flipped).body()).containsAnyOf("The package was changed after it was"
                    + " signed", "This file is not a package of Safeguard Cases", "signature cannot be read")
                    .doesNotContain(SUBJECT);
            assertThat(importPackage(receiver, "Ŵ £5 🙂".getBytes(StandardCharsets.UTF_8)).body())
                    .contains("This file is not a package of Safeguard Cases.");
            assertThat(receiver.open("transfer/transfers.xhtml").body()).doesNotContain(ref);

            // Unchanged and trusted: checked, imported, shown as it came.
            Browser.Page imported = importPackage(receiver, file);
            assertThat(imported.uri()).as(imported.body()).contains("transfer/received.xhtml?id=");
            String receivedId = find(RECEIVED_ID, imported.uri());
            assertThat(imported.body()).contains("The package is checked and imported.", SUBJECT, "Aberdâr",
                    "Deployment one – “Caerdydd”", "[redacted]").doesNotContain("Gwenllïan");
            assertThat(importPackage(receiver, file).body()).contains("is already imported");
            assertThat(receiver.open("transfer/received.xhtml?id=" + receivedId + "&lang=cy").body())
                    .contains("fel pecyn wedi’i lofnodi", "Deployment one – “Caerdydd”");
            receiver.open("account.xhtml?lang=en");

            // Another board of the second deployment: nothing of it, and its own trust is its own.
            Browser bystander = new Browser(there);
            bystander.signIn("nscb.senior", PASSWORD);
            assertThat(bystander.open("transfer/transfers.xhtml").body()).doesNotContain(ref).doesNotContain(SUBJECT);
            assertThat(bystander.open("transfer/received.xhtml?id=" + receivedId).body()).doesNotContain(SUBJECT)
                    .doesNotContain("Aberdâr");
            assertThat(importPackage(bystander, file).body())
                    .contains("is signed by a deployment your board does not trust");

            // Accepted as a case of the receiving board's own.
            Browser.Page decide = receiver.open("transfer/received.xhtml?id=" + receivedId);
            String organisation = find(ORGANISATION, decide.body().substring(decide.body().indexOf("transferAccept")));
            Browser.Page accepted = receiver.submit(decide, "transferAccept", Map.of("organisationId", organisation),
                    "accept");
            assertThat(accepted.uri()).as(accepted.body()).contains("officer/case.xhtml?ref=");
            String theirs = accepted.uri().substring(accepted.uri().indexOf("ref=") + 4);
            assertThat(receiver.open("transfer/received.xhtml?id=" + receivedId).body())
                    .contains("your answer does not go back by itself");
            // The process's last step (the answer) finds no process of this deployment to tell, and fails nothing.
            Thread.sleep(3_000);
            assertThat(java.nio.file.Files.readString(second.log())).as("the second server's log")
                    .doesNotContain("TransferCrossing").doesNotContain("TransferDelegates");

            // The sending board records the answer it is given; the transfer's process records it on the case.
            Browser.Page answerForm = sender.open("transfer/sent.xhtml?id=" + transferId);
            Browser.Page noReference = sender.submit(answerForm, "packageAnswer", Map.of("answer", "ACCEPTED",
                    "theirReference", "", "answerReason", ""), "recordAnswer");
            assertThat(noReference.body()).contains("Give their case reference.");
            Browser.Page answerCheck = sender.submit(noReference, "packageAnswer", Map.of("answer", "ACCEPTED",
                    "theirReference", theirs, "answerReason", ""), "recordAnswer");
            assertThat(answerCheck.body()).contains("Gwent – Bwrdd “Diogelu”", "It cannot be changed.");
            Browser.Page recorded = sender.submit(answerCheck, "packageAnswerCheck", Map.of(), "confirm");
            assertThat(recorded.body()).contains("Their answer is recorded.");
            await(() -> sender.open("transfer/sent.xhtml?id=" + transferId).body().contains("Accepted as their case "
                    + theirs) ? "yes" : null, "the answer recorded on the transfer");
            assertThat(sender.open("officer/case.xhtml?ref=" + ref).body()).contains(
                    "Answer of a board on another deployment recorded",
                    "Case transfer accepted by the receiving board");
        }
    }

    private static Browser.Page importPackage(Browser senior, byte[] file) {
        return senior.submitMultipart(senior.open("transfer/transfers.xhtml"), "packageImport", Map.of(),
                Map.of("file", new Browser.Upload("transfer.zip", "application/zip", file)), "importPackage");
    }

    private static Map<String, byte[]> unzip(byte[] file) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(byte[] content, byte[] signature) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("transfer.json"));
            zip.write(content);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("transfer.json.p7s"));
            zip.write(signature);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** Polls {@code read} until it gives something, for at most a minute (the transfer's steps are jobs). */
    private static <T> T await(java.util.function.Supplier<T> read, String what) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        T value = read.get();
        while (value == null && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = read.get();
        }
        assertThat(value).as("within a minute: " + what).isNotNull();
        return value;
    }
}
