package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.access.SubjectAccessRequests;
import uk.safeguardcases.application.annualreport.AnnualReportService;
import uk.safeguardcases.domain.report.ReportPeriod;
import uk.safeguardcases.application.reports.CaseReportPdf;
import uk.safeguardcases.application.reports.ReferralPackPdf;
import uk.safeguardcases.application.signing.SigningOverview;
import uk.safeguardcases.domain.access.SubjectAccessRequestDetails;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.infrastructure.signing.SigningMeters;

/**
 * Signed documents (issue 66) on the real server: the referral pack as sent, the subject access answer and the annual
 * report leave signed, and Debian's {@code pdfsig} says each signature is valid, and invalid once one byte is changed;
 * the board's public check page says "issued here, unchanged" for each (in Welsh on a bilingual board) and "not issued
 * here" for the changed copy and for another board's document, naming nothing of that board. The tests' server has no
 * time-stamping authority: every step completes, each document is signed without a trusted time, and the board's
 * administrator page and the figure say so.
 */
@ExtendWith(ArquillianExtension.class)
class SignedDocumentsIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(SignedDocumentsIT.class);
    }

    @Test
    void thePackTheSubjectAccessAnswerAndTheAnnualReportVerifyWithPdfsigAndTheCheckPageKnowsThemInWelshToo()
            throws Exception {
        TestBoard board = TestBoard.like("cwmtaf");
        String ref = CaseFixtures.a(board.id()).about("Siân Ŵyn-Rhys").at(CaseStatus.REFERRED_TO_HR).reference();
        ReferralPackPdf.Pdf pack = as(board.officer(), () -> bean(ReferralPackPdf.class).forBoard(ref));
        assertThat(pack.asSent()).isTrue();
        // Kept byte for byte as signed: every download is the very bytes whose SHA-256 the timeline names.
        assertThat(as(board.officer(), () -> bean(ReferralPackPdf.class).forBoard(ref)).content())
                .isEqualTo(pack.content());
        assertThat(pack.sha256()).isEqualTo(uk.safeguardcases.domain.evidence.ContentHash.sha256Hex(pack.content()));

        String sar = as(board.officer(), () -> bean(SubjectAccessRequests.class).record(new SubjectAccessRequestDetails(
                "Morgan “Mo” Evans", "Morgan Evans", null, LocalDate.now(UK).minusDays(2), "Ceri Jones", "Pasbort – £0")));
        as(board.officer(), () -> bean(SubjectAccessRequests.class).answer(sar));
        byte[] answer = unzip(as(board.officer(), () -> bean(SubjectAccessRequests.class).export(sar)))
                .get(sar + ".pdf");
        assertThat(answer).as("the answer's PDF").isNotNull();

        byte[] annual = as(board.person("senior"), () -> bean(AnnualReportService.class)
                .pdf(ReportPeriod.financialYear(2025)));

        Map<String, byte[]> documents = Map.of("Pecyn atgyfeirio", pack.content(),
                "Ateb i gais am fynediad at ddata gwrthrych", answer, "Adroddiad blynyddol", annual);
        for (Map.Entry<String, byte[]> document : documents.entrySet()) {
            String said = pdfsig(document.getValue());
            assertThat(said).as(document.getKey()).contains("Signature Validation: Signature is Valid.")
                    .contains("Signature Type: ETSI.CAdES.detached").contains("Total document signed");
            byte[] changed = oneByteChanged(document.getValue());
            assertThat(pdfsig(changed)).as(document.getKey() + ", one byte changed")
                    .doesNotContain("Signature is Valid.");

            String page = checked(board.id(), true, document.getValue());
            assertThat(page).as(document.getKey()).contains("Cyhoeddwyd yma, heb ei newid").contains(document.getKey())
                    .contains("Nid yw ei llofnod yn cario amser dibynadwy").doesNotContain(ref).doesNotContain(sar);
            assertThat(checked(board.id(), true, changed)).contains("Ni chyhoeddwyd yma")
                    .doesNotContain("Cyhoeddwyd yma, heb ei newid");
        }
        assertThat(checked(board.id(), false, pack.content())).contains("Issued here, unchanged")
                .contains("Referral pack").doesNotContain(ref).doesNotContain("Siân");
    }

    @Test
    void anotherBoardsDocumentIsNotIssuedHereAndNamesNothingOfThatBoard() throws Exception {
        TestBoard theirs = TestBoard.like("chscb");
        TestBoard ours = TestBoard.like("nscb");
        String ref = CaseFixtures.a(theirs.id()).about("Rhys Ifans-Jones").at(CaseStatus.REFERRED_TO_HR).reference();
        byte[] report = as(theirs.officer(), () -> bean(CaseReportPdf.class).forBoard(ref));
        assertThat(pdfsig(report)).contains("Signature is Valid.");

        String elsewhere = checked(ours.id(), false, report);
        assertThat(elsewhere).contains("Not issued here").doesNotContain("Issued here, unchanged")
                .doesNotContain(ref).doesNotContain("test board " + theirs.id().substring(1))
                .doesNotContain("Case report");
        assertThat(checked(theirs.id(), false, report)).contains("Issued here, unchanged").contains("Case report")
                .doesNotContain(ref);
        // A file nobody issued, and nothing at all.
        assertThat(checked(theirs.id(), false, "%PDF-1.4 “not ours” – £5".getBytes(StandardCharsets.UTF_8)))
                .contains("Not issued here");
        assertThat(checked(theirs.id(), false, new byte[0])).contains("Choose a file to check.")
                .doesNotContain("Not issued here");
        // The certificate to trust is public, and is the one inside every document.
        String pem = new String(new Browser(CaseFixtures.base()).download("check/signing-certificate.pem").body(),
                StandardCharsets.US_ASCII);
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void withNoTimeStampingAuthorityEveryStepCompletesSignedWithoutTimeAndTheBoardsPageAndFigureSaySo()
            throws Exception {
        TestBoard board = TestBoard.like("cwmtaf");
        double before = counted(board.id());
        String ref = CaseFixtures.a(board.id()).about("Gwen ap Dafydd").at(CaseStatus.REFERRED_TO_HR).reference();
        as(board.officer(), () -> bean(CaseReportPdf.class).forBoard(ref));

        SigningOverview.Overview overview = as(board.admin(), () -> bean(SigningOverview.class).overview());
        assertThat(overview.trustedTimeSet()).isFalse();
        assertThat(overview.withoutTime()).isEqualTo(2);
        assertThat(overview.latest()).extracting(SigningOverview.Line::kind)
                .containsExactly("CASE_REPORT", "REFERRAL_PACK");
        assertThat(overview.latest()).allSatisfy(line -> assertThat(line.trustedTime()).isFalse());
        assertThat(counted(board.id()) - before).isEqualTo(2.0);

        Browser admin = CaseFixtures.signedIn(board.admin());
        Browser.Page page = admin.open("signing/documents.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"no-trusted-time\"")
                .contains("Documents are signed without a trusted time").contains("Referral pack").contains(ref);
        Browser.Page welsh = admin.open("signing/documents.xhtml?lang=cy");
        assertThat(welsh.body()).contains("Caiff dogfennau eu llofnodi heb amser dibynadwy");
        // Another board's administrator sees none of this board's documents; an officer is refused the page.
        assertThat(as(TestBoard.like("lscb").admin(), () -> bean(SigningOverview.class).overview()).latest())
                .isEmpty();
        assertThat(CaseFixtures.signedIn(board.officer()).open("signing/documents.xhtml").status()).isEqualTo(403);
    }

    /** The board's figure of documents signed without a trusted time, as Prometheus reads it (0 before the first). */
    private static double counted(String board) throws Exception {
        java.net.URI uri = java.net.URI.create("http://127.0.0.1:"
                + (9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/prometheus");
        String exposition = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(uri)
                .timeout(java.time.Duration.ofSeconds(10)).build(), java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        java.util.regex.Matcher figure = java.util.regex.Pattern.compile("(?m)^"
                + SigningMeters.SIGNED_WITHOUT_TIME + "_total\\{[^}]*board=\"" + board + "\"[^}]*\\} (\\S+)$")
                .matcher(exposition);
        return figure.find() ? Double.parseDouble(figure.group(1)) : 0;
    }

    /** The board's public check page's answer for the file, in Welsh or English, nobody signed in. */
    private static String checked(String board, boolean welsh, byte[] file) {
        Browser anyone = new Browser(CaseFixtures.base());
        Browser.Page page = anyone.open("check/document.xhtml?board=" + board + (welsh ? "&lang=cy" : ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(welsh ? "Gwirio dogfen" : "Check a document");
        Map<String, Browser.Upload> files = new HashMap<>();
        files.put("file", new Browser.Upload("document.pdf", "application/pdf", file));
        Browser.Page answer = anyone.submitMultipart(page, "check", Map.of(), files, "check-button");
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    /** One byte of the laid-out part changed (the producer's name in the document's information): within what is signed. */
    private static byte[] oneByteChanged(byte[] pdf) {
        byte[] changed = pdf.clone();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/Producer");
        assertThat(at).isPositive();
        changed[at + 12] ^= 0x01;
        return changed;
    }

    /** What Debian's {@code pdfsig} (poppler-utils) says of the file. */
    static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("signed", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return said;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
