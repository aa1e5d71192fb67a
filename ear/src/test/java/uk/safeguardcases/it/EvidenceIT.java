package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.ContentHash;
import uk.safeguardcases.domain.evidence.Evidence;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.evidence.UploadedFileCheck;

/** Evidence on the real server: captured by open methods only, kept apart per board, never altered. */
@ExtendWith(ArquillianExtension.class)
class EvidenceIT {

    private static final String POST_TEXT = "Morgan E. posted: \"Look who I saw at the contact centre today\""
            + " with a photograph of a service user's child.";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(EvidenceIT.class);
    }

    @Inject
    private PeopleDirectory people;

    @Inject
    private CaseService cases;

    @Inject
    private EvidenceService evidence;

    @Inject
    private TimelineService timeline;

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    private Caller as(String username) {
        return people.callerFor(username).orElseThrow();
    }

    @Test
    void anOfficerCapturesTextAndAPngBothListedWithTheirSha256AndTheFileComesBackByteIdentical() {
        Caller officer = as("chscb.officer");
        String ref = raiseCase(officer, "Evidence Subject");
        byte[] png = onePixelPng();
        Instant seen = Instant.now().minus(Duration.ofHours(3));

        EvidenceView text = CallerContext.runAs(officer, () -> evidence.capture(ref, EvidenceInput.text(
                "https://www.facebook.com/some.profile/posts/1001", Platform.FACEBOOK, POST_TEXT, seen,
                CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.TEXT_COPIED, true)));
        EvidenceView file = CallerContext.runAs(officer, () -> evidence.capture(ref, EvidenceInput.file(
                "https://www.facebook.com/some.profile/photos/1002", Platform.FACEBOOK,
                "C:\\Users\\olivia\\Desktop\\screenshot.png", "image/png", png, seen.plusSeconds(60),
                CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.SCREENSHOT, true)));

        assertEquals(ContentHash.sha256Hex(POST_TEXT), text.sha256());
        assertEquals(ContentHash.sha256Hex(png), file.sha256());
        assertEquals("screenshot.png", file.fileName(), "the path is not kept");
        assertEquals("image/png", file.contentType());
        assertEquals(Long.valueOf(png.length), file.fileSize());
        assertEquals("chscb.officer", file.capturedBy());
        assertEquals(CaptureMethod.PUBLIC_PAGE_VIEWED.label(), file.captureMethod());
        assertEquals(Platform.FACEBOOK.label(), file.platform());
        assertEquals(seen.truncatedTo(ChronoUnit.MICROS), text.capturedAt());
        assertFalse(text.hasFile());

        List<EvidenceView> listed = CallerContext.runAs(officer, () -> evidence.evidenceOf(ref));
        assertEquals(List.of(text.id(), file.id()), listed.stream().map(EvidenceView::id).toList());
        assertEquals(List.of(text.sha256(), file.sha256()), listed.stream().map(EvidenceView::sha256).toList());
        assertEquals(POST_TEXT, listed.get(0).capturedText());
        List<EvidenceView> seenBySenior = CallerContext.runAs(as("chscb.senior"), () -> evidence.evidenceOf(ref));
        assertEquals(2, seenBySenior.size());

        assertArrayEquals(png, CallerContext.runAs(officer, () -> evidence.fileOf(ref, file.id())));
        assertArrayEquals(png, CallerContext.runAs(as("chscb.senior"), () -> evidence.fileOf(ref, file.id())));
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(officer, () -> evidence.fileOf(ref, text.id())),
                "text-only evidence has no file");

        List<TimelineLine> captured = CallerContext.runAs(officer, () -> cases.timelineOf(ref)).stream()
                .filter(line -> line.action().equals("Evidence captured")).toList();
        assertEquals(2, captured.size());
        assertTrue(captured.get(0).detail().contains(text.sha256()), captured.get(0).detail());
        assertTrue(captured.get(1).detail().contains(file.sha256()), captured.get(1).detail());
        for (TimelineLine line : captured) {
            assertFalse(line.detail().contains("Look who I saw"), "no captured text in the timeline");
            assertFalse(line.detail().contains("facebook.com"), "no address in the timeline");
            assertFalse(line.detail().contains("screenshot"), "no file name in the timeline");
        }
        assertTrue(CallerContext.runAs(officer, () -> timeline.verify()).intact());
    }

    @Test
    void anotherBoardsOfficerFindsNothingAndAMemberIsRefused() {
        Caller officer = as("chscb.officer");
        String ref = raiseCase(officer, "Private Evidence");
        EvidenceView file = CallerContext.runAs(officer, () -> evidence.capture(ref, pngInput(onePixelPng(), true)));

        Caller otherOfficer = as("nscb.officer");
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(otherOfficer, () -> evidence.evidenceOf(ref)));
        assertThrows(NotFoundException.class,
                () -> CallerContext.runAs(otherOfficer, () -> evidence.fileOf(ref, file.id())));
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(otherOfficer,
                () -> evidence.capture(ref, pngInput(onePixelPng(), true))));

        // Another of the board's own cases does not open this evidence either.
        String otherCase = raiseCase(officer, "Unrelated Subject");
        assertThrows(NotFoundException.class,
                () -> CallerContext.runAs(officer, () -> evidence.fileOf(otherCase, file.id())));

        Caller member = as("chscb.member");
        assertThrows(AccessRefusedException.class, () -> CallerContext.runAs(member, () -> evidence.evidenceOf(ref)));
        assertThrows(AccessRefusedException.class,
                () -> CallerContext.runAs(member, () -> evidence.fileOf(ref, file.id())));
        assertThrows(AccessRefusedException.class,
                () -> CallerContext.runAs(member, () -> evidence.capture(ref, pngInput(onePixelPng(), true))));
        assertThrows(AccessRefusedException.class, () -> CallerContext.runAs(as("chscb.senior"),
                () -> evidence.capture(ref, pngInput(onePixelPng(), true))), "seniors read evidence, officers gather it");

        assertEquals(1, CallerContext.runAs(officer, () -> evidence.evidenceOf(ref)).size());
    }

    @Test
    void evidenceNotGatheredByAnOpenMethodIsRefusedWithTheLscbRuleAndNothingIsStored() throws Exception {
        Caller officer = as("chscb.officer");
        String ref = raiseCase(officer, "Closed Profile");
        CallerContext.runAs(officer, () -> evidence.capture(ref, EvidenceInput.text(null, Platform.INSTAGRAM,
                "A public caption.", Instant.now(), CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.TEXT_COPIED,
                true)));
        List<EvidenceView> before = CallerContext.runAs(officer, () -> evidence.evidenceOf(ref));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(officer,
                () -> evidence.capture(ref, EvidenceInput.text("https://www.instagram.com/private.account/",
                        Platform.INSTAGRAM, "Seen after logging in with a guessed password.", Instant.now(),
                        CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.TEXT_COPIED, false))));
        assertEquals("Evidence must be gathered by open methods available to any member of the public:"
                + " no password guessing or subterfuge.", refused.fieldMessages().get("openMethodDeclared"),
                "City & Hackney's own policy does not have the rule, so nothing is cited");
        assertEquals(Evidence.OPEN_METHODS_ONLY, refused.fieldMessages().get("openMethodDeclared"));

        assertThrows(InvalidInputException.class, () -> CallerContext.runAs(officer,
                () -> evidence.capture(ref, pngInput(onePixelPng(), false))));

        assertEquals(before, CallerContext.runAs(officer, () -> evidence.evidenceOf(ref)));
        assertEquals(1, evidenceRows(caseId(officer, ref)));
        assertEquals(1, CallerContext.runAs(officer, () -> cases.timelineOf(ref)).stream()
                .filter(line -> line.action().equals("Evidence captured")).count());
    }

    @Test
    void aFileOverTenMegabytesAndAFileThatIsNotWhatItsTypeSaysAreRefused() throws Exception {
        Caller officer = as("chscb.officer");
        String ref = raiseCase(officer, "Large Files");
        byte[] png = onePixelPng();

        byte[] tooLarge = Arrays.copyOf(png, 10 * 1024 * 1024 + 1);
        InvalidInputException large = assertThrows(InvalidInputException.class,
                () -> CallerContext.runAs(officer, () -> evidence.capture(ref, pngInput(tooLarge, true))));
        assertTrue(large.fieldMessages().get("file").contains("10 MB"), large.getMessage());
        byte[] justRight = Arrays.copyOf(png, 10 * 1024 * 1024);
        EvidenceView atTheLimit = CallerContext.runAs(officer, () -> evidence.capture(ref, pngInput(justRight, true)));
        assertEquals(Long.valueOf(10 * 1024 * 1024), atTheLimit.fileSize());

        byte[] notAPng = "MZ this is not an image".getBytes(StandardCharsets.US_ASCII);
        InvalidInputException disguised = assertThrows(InvalidInputException.class,
                () -> CallerContext.runAs(officer, () -> evidence.capture(ref, pngInput(notAPng, true))));
        assertTrue(disguised.fieldMessages().containsKey("file"), disguised.getMessage());

        InvalidInputException pngAsPdf = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(officer,
                () -> evidence.capture(ref, EvidenceInput.file(null, Platform.OTHER, "report.pdf", "application/pdf",
                        png, Instant.now(), CaptureMethod.PROVIDED_BY_COMPLAINANT, CaptureForm.SCREENSHOT, true))));
        assertTrue(pngAsPdf.fieldMessages().containsKey("file"), pngAsPdf.getMessage());

        InvalidInputException pngAsText = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(officer,
                () -> evidence.capture(ref, EvidenceInput.file(null, Platform.OTHER, "notes.txt", "text/plain",
                        png, Instant.now(), CaptureMethod.PROVIDED_BY_COMPLAINANT, CaptureForm.SCREENSHOT, true))));
        assertTrue(pngAsText.fieldMessages().containsKey("file"), pngAsText.getMessage());

        InvalidInputException html = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(officer,
                () -> evidence.capture(ref, EvidenceInput.file(null, Platform.BLOG_OR_WEBSITE, "page.html", "text/html",
                        "<html></html>".getBytes(StandardCharsets.UTF_8), Instant.now(),
                        CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.SCREENSHOT, true))));
        assertTrue(html.fieldMessages().containsKey("contentType"), html.getMessage());

        List<EvidenceView> stored = CallerContext.runAs(officer, () -> evidence.evidenceOf(ref));
        assertEquals(List.of(atTheLimit.id()), stored.stream().map(EvidenceView::id).toList());
    }

    /**
     * Issue 69: an officer's file is checked by its content (the one rule members' and the public's files pass too,
     * MemberPortalIT and ConcernsFromAnyoneIT): an archive under a picture's type is refused, a decompression bomb from
     * its first bytes or its header, and a PDF that would take too long or too much memory to draw within the PDF's time
     * limit; nothing is stored.
     */
    @Test
    void aFileIsCheckedByItsContentAndABombOrAPathologicalPdfIsRefusedWithinBoundedTime() throws Exception {
        Caller officer = as("chscb.officer");
        String ref = raiseCase(officer, "Content Checks");
        byte[] packed = CaseFixtures.zipOf("llun-ŵyr.png", onePixelPng());
        InvalidInputException archive = assertThrows(InvalidInputException.class,
                () -> capture(officer, ref, "image/png", packed));
        assertTrue(archive.fieldMessages().get("file").contains("an archive or an office document"), archive.getMessage());
        InvalidInputException pdfAsPng = assertThrows(InvalidInputException.class,
                () -> capture(officer, ref, "image/png", manyPagePdf(1)));
        assertTrue(pdfAsPng.fieldMessages().get("file").contains("its content is application/pdf"),
                pdfAsPng.getMessage());

        byte[] zipBomb = zipOfZeros(256L * 1024 * 1024);
        byte[] pngBomb = pngOfZeros(12_000, 12_000);
        long started = System.nanoTime();
        InvalidInputException bomb = assertThrows(InvalidInputException.class,
                () -> capture(officer, ref, "application/pdf", zipBomb));
        assertTrue(bomb.fieldMessages().get("file").contains("archive"), bomb.getMessage());
        InvalidInputException pixels = assertThrows(InvalidInputException.class,
                () -> capture(officer, ref, "image/png", pngBomb));
        assertTrue(pixels.fieldMessages().get("file").contains("larger than 50 million pixels"), pixels.getMessage());
        Duration bombs = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(bombs.compareTo(Duration.ofSeconds(5)) < 0, "two bombs refused in " + bombs);

        byte[] inflating = pdfInflatingTo(300L * 1024 * 1024);
        byte[] pages = manyPagePdf(UploadedFileCheck.MAX_PDF_PAGES + 1);
        started = System.nanoTime();
        for (byte[] pdf : List.of(inflating, pages)) {
            InvalidInputException drawing = assertThrows(InvalidInputException.class,
                    () -> capture(officer, ref, "application/pdf", pdf));
            assertTrue(drawing.fieldMessages().get("file").contains("too large or too complex to be opened safely"),
                    drawing.getMessage());
        }
        Duration pdfs = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(pdfs.compareTo(Duration.ofSeconds(2L * UploadedFileCheck.PDF_TIME_LIMIT_SECONDS + 2)) < 0,
                "two pathological PDFs refused in " + pdfs);
        assertEquals(0, evidenceRows(caseId(officer, ref)));
    }

    private EvidenceView capture(Caller officer, String ref, String declaredType, byte[] content) {
        return CallerContext.runAs(officer, () -> evidence.capture(ref, EvidenceInput.file(null, Platform.OTHER,
                "tystiolaeth", declaredType, content, Instant.now(), CaptureMethod.PROVIDED_BY_COMPLAINANT,
                CaptureForm.SCREENSHOT, true)));
    }

    /** A ZIP of a few hundred KB whose one entry inflates to {@code size} zero bytes. */
    private static byte[] zipOfZeros(long size) throws java.io.IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("adroddiad.pdf"));
            byte[] block = new byte[1024 * 1024];
            for (long written = 0; written < size; written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A whole PNG of {@code width} × {@code height} black pixels: a few hundred KB that draw to gigabytes. */
    private static byte[] pngOfZeros(int width, int height) throws java.io.IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream out = new java.util.zip.DeflaterOutputStream(idat,
                new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            byte[] row = new byte[width + 1];
            for (int y = 0; y < height; y++) {
                out.write(row);
            }
        }
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static byte[] manyPagePdf(int pages) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A one-page PDF whose page's content stream is Flate-compressed zeros inflating to {@code size} bytes. */
    private static byte[] pdfInflatingTo(long size) throws java.io.IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream out = new java.util.zip.DeflaterOutputStream(packed,
                new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            byte[] block = new byte[1024 * 1024];
            for (long written = 0; written < size; written += block.length) {
                out.write(block);
            }
        }
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            org.apache.pdfbox.cos.COSStream content = document.getDocument().createCOSStream();
            try (java.io.OutputStream raw = content.createRawOutputStream()) {
                raw.write(packed.toByteArray());
            }
            content.setItem(org.apache.pdfbox.cos.COSName.FILTER, org.apache.pdfbox.cos.COSName.FLATE_DECODE);
            page.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.CONTENTS, content);
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void illegalImageryIsNeverUploadedOnlyItsReportReferenceIsRecorded() throws Exception {
        Caller officer = as("chscb.officer");
        String ref = raiseCase(officer, "Illegal Imagery");

        InvalidInputException withFile = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(officer,
                () -> evidence.capture(ref, new EvidenceInput("https://bad.example/img/1", Platform.OTHER, null,
                        Instant.now(), CaptureMethod.MONITORING_TOOL, CaptureForm.ADDRESS_ONLY, true, "image.png",
                        "image/png", onePixelPng(), true, "IWF-2026-0001"))));
        assertTrue(withFile.fieldMessages().get("file").contains("Illegal images must not be uploaded"),
                withFile.getMessage());
        InvalidInputException withText = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(officer,
                () -> evidence.capture(ref, new EvidenceInput("https://bad.example/img/1", Platform.OTHER,
                        "a description of the image", Instant.now(), CaptureMethod.MONITORING_TOOL,
                        CaptureForm.ADDRESS_ONLY, true, null, null, null, true, "IWF-2026-0001"))));
        assertTrue(withText.fieldMessages().containsKey("capturedText"), withText.getMessage());
        InvalidInputException withoutReference = assertThrows(InvalidInputException.class,
                () -> CallerContext.runAs(officer, () -> evidence.capture(ref, EvidenceInput.illegalImagery(
                        "https://bad.example/img/1", Platform.OTHER, " ", Instant.now(),
                        CaptureMethod.MONITORING_TOOL, CaptureForm.ADDRESS_ONLY, true))));
        assertTrue(withoutReference.fieldMessages().containsKey("reportReference"), withoutReference.getMessage());
        assertEquals(0, CallerContext.runAs(officer, () -> evidence.evidenceOf(ref)).size());

        EvidenceView reported = CallerContext.runAs(officer, () -> evidence.capture(ref, EvidenceInput.illegalImagery(
                "https://bad.example/img/1", Platform.OTHER, "IWF-2026-0001", Instant.now(),
                CaptureMethod.MONITORING_TOOL, CaptureForm.ADDRESS_ONLY, true)));
        assertTrue(reported.illegalImagery());
        assertEquals("IWF-2026-0001", reported.reportReference());
        assertEquals(ContentHash.sha256Hex("https://bad.example/img/1"), reported.sha256());
        assertNull(reported.fileName());
        assertNull(reported.capturedText());
        EvidenceView withoutAddress = CallerContext.runAs(officer, () -> evidence.capture(ref,
                EvidenceInput.illegalImagery(null, Platform.MESSAGING, "CEOP-77", Instant.now(),
                        CaptureMethod.PROVIDED_BY_COMPLAINANT, CaptureForm.ADDRESS_ONLY, true)));
        assertEquals(ContentHash.sha256Hex("CEOP-77"), withoutAddress.sha256());

        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select captured_text, file_id, illegal_imagery from evidence where case_id = ?")) {
            select.setLong(1, caseId(officer, ref));
            int rows = 0;
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows++;
                    assertNull(row.getString(1));
                    row.getLong(2);
                    assertTrue(row.wasNull(), "no file kept");
                    assertTrue(row.getBoolean(3));
                }
            }
            assertEquals(2, rows);
        }
        assertThrows(NotFoundException.class,
                () -> CallerContext.runAs(officer, () -> evidence.fileOf(ref, reported.id())));
        assertTrue(CallerContext.runAs(officer, () -> cases.timelineOf(ref)).stream()
                .anyMatch(line -> line.action().equals("Evidence captured") && line.detail().contains("IWF-2026-0001")));
    }

    @Test
    void aFileChangedBehindTheProductsBackIsDetectedWhenItIsRead() throws Exception {
        Caller officer = as("chscb.officer");
        String ref = raiseCase(officer, "Tampered Evidence");
        byte[] png = onePixelPng();
        EvidenceView captured = CallerContext.runAs(officer, () -> evidence.capture(ref, pngInput(png, true)));
        long fileId;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select file_id from evidence where id = ?")) {
            select.setLong(1, captured.id());
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                fileId = row.getLong(1);
            }
        }
        byte[] altered = png.clone();
        altered[altered.length - 13] ^= 0x01;
        try {
            setContent(fileId, altered);
            IllegalStateException tampered = assertThrows(IllegalStateException.class,
                    () -> CallerContext.runAs(officer, () -> evidence.fileOf(ref, captured.id())));
            assertTrue(tampered.getMessage().contains(captured.sha256()), tampered.getMessage());
            assertEquals(captured.sha256(), CallerContext.runAs(officer, () -> evidence.evidenceOf(ref)).get(0).sha256(),
                    "the recorded hash is the one taken at capture");
        } finally {
            setContent(fileId, png);
        }
        assertArrayEquals(png, CallerContext.runAs(officer, () -> evidence.fileOf(ref, captured.id())));
    }

    @Test
    void everyProblemIsReportedFieldByField() {
        Caller officer = as("chscb.officer");
        String ref = raiseCase(officer, "Bad Input");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(officer,
                () -> evidence.capture(ref, new EvidenceInput("ftp://files.example.org/x", null, null,
                        Instant.now().plus(Duration.ofHours(1)), null, null, true, null, null, null, false,
                        "IWF-1"))));
        assertEquals(List.of("url", "platform", "capturedAt", "captureMethod", "captureForm", "reportReference")
                .stream().sorted()
                .toList(), refused.fieldMessages().keySet().stream().sorted().toList());

        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(officer,
                () -> evidence.capture(ref, EvidenceInput.text(" ", Platform.TIKTOK, "  ", Instant.now(),
                        CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.TEXT_COPIED, true))));
        assertTrue(empty.fieldMessages().containsKey("evidence"), empty.getMessage());

        // A capture time a little ahead of the server's clock is accepted (clock skew).
        EvidenceView skewed = CallerContext.runAs(officer, () -> evidence.capture(ref, EvidenceInput.text(
                "https://www.tiktok.com/@someone/video/1", Platform.TIKTOK, null, Instant.now().plusSeconds(120),
                CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.ADDRESS_ONLY, true)));
        assertEquals(ContentHash.sha256Hex("https://www.tiktok.com/@someone/video/1"), skewed.sha256());
    }

    /**
     * Issue 66: how each piece was captured (the form of its record) is kept with it, read back on the case and listed
     * in the referral pack's manifest beside its address, who saw it and when, how it came, its SHA-256 and its trusted
     * time (none here: no authority is set), and in the evidence table and the board's case report.
     */
    @Test
    void theCaptureFormIsKeptReadBackAndListedInThePacksManifestAndTheCaseReport() throws Exception {
        String said = "“Diwrnod gwych yn y ganolfan gyswllt” – £5 y pen, gŵyl yr ŷd 🙂";
        CaseFixtures.WalkedCase walked = CaseFixtures.a("chscb").about("Siân Ŵyn")
                .inOrganisation(as("chscb.hr").organisationId())
                .withEvidence(EvidenceInput.text("https://www.facebook.com/gŵyl.yr.ŷd/posts/4711?ref=“share”",
                                Platform.FACEBOOK, said, Instant.now().minus(Duration.ofHours(2)), CaptureMethod.PUBLIC_PAGE_VIEWED,
                                CaptureForm.TEXT_COPIED, true),
                        EvidenceInput.file("https://www.instagram.com/p/abc123/", Platform.INSTAGRAM, "llun-ŵyr.png",
                                "image/png", onePixelPng(), Instant.now().minus(Duration.ofHours(1)),
                                CaptureMethod.PROVIDED_BY_COMPLAINANT, CaptureForm.SCREENSHOT, true),
                        EvidenceInput.text("https://www.tiktok.com/@someone/video/1", Platform.TIKTOK, null,
                                Instant.now().minus(Duration.ofMinutes(30)), CaptureMethod.PUBLIC_PAGE_VIEWED,
                                CaptureForm.ADDRESS_ONLY, true))
                .gathered("Three items: a post’s text, a screenshot and an address.")
                .at(uk.safeguardcases.domain.cases.CaseStatus.REFERRED_TO_HR);
        String ref = walked.reference();
        assertEquals(List.of(CaptureForm.TEXT_COPIED, CaptureForm.SCREENSHOT, CaptureForm.ADDRESS_ONLY),
                walked.evidence().stream().map(EvidenceView::captureFormValue).toList());
        List<EvidenceView> readBack = CallerContext.runAs(as("chscb.senior"), () -> evidence.evidenceOf(ref));
        assertEquals(List.of("Text copied from the page", "Screenshot", "The address only, no copy kept"),
                readBack.stream().map(EvidenceView::captureForm).toList());
        assertEquals(said, readBack.get(0).capturedText());
        assertEquals(List.of("TEXT_COPIED", "SCREENSHOT", "ADDRESS_ONLY"), captureFormColumn(caseId(as("chscb.officer"),
                ref)));
        assertTrue(CallerContext.runAs(as("chscb.officer"), () -> cases.timelineOf(ref)).stream()
                .filter(line -> line.action().equals("Evidence captured")).map(TimelineLine::detail)
                .anyMatch(detail -> detail.contains("; Screenshot; ")), "the timeline says how it was captured");

        Caller hr = as("chscb.hr");
        String pack = pdfText(CallerContext.runAs(hr, () -> CaseFixtures.bean(
                uk.safeguardcases.application.reports.ReferralPackPdf.class).forHr(ref)).content());
        String seenBy = "by " + as("chscb.officer").displayName();
        assertTrue(pack.contains("Evidence: hashes and trusted times"), pack);
        for (EvidenceView item : walked.evidence()) {
            assertTrue(pack.contains("Evidence " + item.number() + ": capture record"), pack);
            assertTrue(pack.contains("SHA-256 " + item.sha256() + ". No trusted time."), "the hash: " + pack);
        }
        assertTrue(pack.contains("Seen at https://www.facebook.com/gŵyl.yr.ŷd/posts/4711?ref=“share” on "), pack);
        assertTrue(pack.contains(seenBy + "; viewed on a public page; captured as text copied from the page; kept as"
                + " the text captured."), pack);
        assertTrue(pack.contains("provided by the person who raised the concern; captured as a screenshot; kept as a"
                + " file (PNG image)."), pack);
        assertTrue(pack.contains("Seen at https://www.tiktok.com/@someone/video/1 on "), pack);
        assertTrue(pack.contains("viewed on a public page; no copy made, the address only; kept as the address only."),
                pack);
        assertTrue(pack.contains("Method and form"), "the evidence table's heading: " + pack);
        assertTrue(pack.contains("Viewed on a public page Text copied from the page"), pack);
        assertTrue(pack.contains("Provided by the person who raised the concern Screenshot"), pack);
        assertTrue(pack.contains(said), "the captured text as it was written: " + pack);

        String report = pdfText(CallerContext.runAs(as("chscb.officer"), () -> CaseFixtures.bean(
                uk.safeguardcases.application.reports.CaseReportPdf.class).forBoard(ref)));
        assertTrue(report.contains("Viewed on a public page The address only, no copy kept"), report);
        assertTrue(report.contains("Provided by the person who raised the concern Screenshot"), report);
    }

    /** A bilingual board's pack gives each item's capture form in Welsh, then English, in its manifest and table. */
    @Test
    void aBilingualBoardsPackGivesTheCaptureFormInWelshAndEnglish() throws Exception {
        Caller hr = as("cwmtaf.hr");
        String ref = CaseFixtures.a("cwmtaf").about("Gwenllian Ŷd").inOrganisation(hr.organisationId())
                .alleging("PU(a)", uk.safeguardcases.domain.allegation.Severity.MEDIUM, "Llun o’r ganolfan – “preifat”")
                .withEvidence(EvidenceInput.text("https://www.facebook.com/posts/4712", Platform.FACEBOOK,
                        "Post cyhoeddus am yr ŵyl – £3 🙂", Instant.now().minus(Duration.ofHours(1)),
                        CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.TEXT_COPIED, true))
                .gathered("Un post.")
                .at(uk.safeguardcases.domain.cases.CaseStatus.REFERRED_TO_HR).reference();
        String pack = pdfText(CallerContext.runAs(hr, () -> CaseFixtures.bean(
                uk.safeguardcases.application.reports.ReferralPackPdf.class).forHr(ref)).content());
        assertTrue(pack.contains("Tystiolaeth 1: cofnod cipio / Evidence 1: capture record"), pack);
        assertTrue(pack.contains("gwelwyd ar dudalen gyhoeddus; cipiwyd fel testun wedi’i gopïo o’r dudalen; wedi’i"
                + " chadw fel y testun a gipiwyd."), pack);
        assertTrue(pack.contains("viewed on a public page; captured as text copied from the page; kept as the text"
                + " captured."), pack);
        assertTrue(pack.indexOf("cipiwyd fel testun") < pack.indexOf("captured as text copied"), "Welsh first");
        assertTrue(pack.contains("Dull a ffurf / Method and form"), pack);
        assertTrue(pack.contains("Testun wedi’i gopïo o’r dudalen / Text copied from the page"), pack);
        assertTrue(pack.contains("Post cyhoeddus am yr ŵyl – £3 🙂") || pack.contains("Post cyhoeddus am yr ŵyl – £3"),
                pack);
    }

    /**
     * New evidence says how it was captured, in agreement with what is kept; without it, or with a form that says
     * otherwise than what is given, nothing is recorded and the field says why, in the caller's language.
     */
    @Test
    void evidenceWithoutAFittingCaptureFormIsRefusedAtTheFieldAndNothingIsRecorded() throws Exception {
        Caller officer = as("chscb.officer");
        String ref = raiseCase(officer, "Heb Ffurf");
        String text = "“Post” – £5 gan Siân o’r ŵyl 🙂";
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(officer,
                () -> evidence.capture(ref, EvidenceInput.text("https://www.facebook.com/posts/4713", Platform.FACEBOOK,
                        text, Instant.now(), CaptureMethod.PUBLIC_PAGE_VIEWED, null, true))));
        assertEquals(List.of("captureForm"), List.copyOf(missing.fieldMessages().keySet()));
        assertEquals("Choose how it was captured: a screenshot, a screen recording, a saved copy of the page, an"
                + " export from the platform, text copied from the page, a file as it was sent, or the address only.",
                missing.fieldMessages().get("captureForm"));
        InvalidInputException welsh = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(
                officer.speaking(Locale.forLanguageTag("cy")), () -> evidence.capture(ref, EvidenceInput.text(
                        "https://www.facebook.com/posts/4713", Platform.FACEBOOK, text, Instant.now(),
                        CaptureMethod.PUBLIC_PAGE_VIEWED, null, true))));
        assertTrue(welsh.fieldMessages().get("captureForm").startsWith("Dewiswch sut y’i cipiwyd: sgrinlun"),
                welsh.getMessage());

        InvalidInputException addressOnlyWithText = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(
                officer, () -> evidence.capture(ref, EvidenceInput.text(null, Platform.FACEBOOK, text, Instant.now(),
                        CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.ADDRESS_ONLY, true))));
        assertEquals("A file or text is kept with this evidence: choose how it was captured, not “The address only,"
                + " no copy kept”.", addressOnlyWithText.fieldMessages().get("captureForm"));
        InvalidInputException screenshotOfNothing = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(
                officer, () -> evidence.capture(ref, EvidenceInput.text("https://www.facebook.com/posts/4713",
                        Platform.FACEBOOK, null, Instant.now(), CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.SCREENSHOT,
                        true))));
        assertTrue(screenshotOfNothing.fieldMessages().get("captureForm").startsWith("Nothing is kept to show this"),
                screenshotOfNothing.getMessage());
        InvalidInputException copiedImagery = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(
                officer, () -> evidence.capture(ref, EvidenceInput.illegalImagery(null, Platform.OTHER, "IWF-66",
                        Instant.now(), CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.SCREENSHOT, true))));
        assertEquals("Illegal imagery is never copied: choose “The address only, no copy kept”.",
                copiedImagery.fieldMessages().get("captureForm"));

        assertEquals(0, evidenceRows(caseId(officer, ref)));
        assertEquals(0, CallerContext.runAs(officer, () -> cases.timelineOf(ref)).stream()
                .filter(line -> line.action().equals("Evidence captured")).count());
        EvidenceView kept = CallerContext.runAs(officer, () -> evidence.capture(ref, EvidenceInput.text(
                "https://www.facebook.com/posts/4713", Platform.FACEBOOK, text, Instant.now(),
                CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.TEXT_COPIED, true)));
        assertEquals(CaptureForm.TEXT_COPIED, kept.captureFormValue());
    }

    /** Evidence recorded before the capture form was asked for has none: it reads "Not recorded" wherever it is shown. */
    @Test
    void evidenceRecordedBeforeTheFormWasAskedForReadsNotRecorded() throws Exception {
        Caller officer = as("chscb.officer");
        String ref = raiseCase(officer, "Hen Dystiolaeth");
        EvidenceView earlier = CallerContext.runAs(officer, () -> evidence.capture(ref, pngInput(onePixelPng(), true)));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update evidence set capture_form = null where id = ?")) {
            // As V155 leaves every row recorded before it.
            update.setLong(1, earlier.id());
            assertEquals(1, update.executeUpdate());
        }
        EvidenceView read = CallerContext.runAs(officer, () -> evidence.evidenceOf(ref)).get(0);
        assertNull(read.captureFormValue());
        assertEquals("Not recorded", read.captureForm());
        String report = pdfText(CallerContext.runAs(officer, () -> CaseFixtures.bean(
                uk.safeguardcases.application.reports.CaseReportPdf.class).forBoard(ref)));
        assertTrue(report.contains("Viewed on a public page Not recorded"), report);
    }

    private List<String> captureFormColumn(long caseId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select capture_form from evidence where case_id = ? order by number_in_case")) {
            select.setLong(1, caseId);
            List<String> forms = new java.util.ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    forms.add(row.getString(1));
                }
            }
            return forms;
        }
    }

    /** A PDF's text as PDFBox reads it, in the order written, runs of white space made single spaces. */
    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(false);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void noEvidenceIsAddedToAClosedCase() throws InterruptedException {
        Caller officer = as("chscb.officer");
        String ref = CaseFixtures.closedAtTriage("chscb", "Closed Case");

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(officer,
                () -> evidence.capture(ref, pngInput(onePixelPng(), true))));
        assertTrue(refused.fieldMessages().containsKey("reference"), refused.getMessage());
        assertEquals(0, CallerContext.runAs(officer, () -> evidence.evidenceOf(ref)).size());
    }

    private static String raiseCase(Caller officer, String subject) {
        return CaseFixtures.raise(officer.tenantId(), subject, "A public post about a service user's family.");
    }

    private long caseId(Caller officer, String ref) {
        return CallerContext.runAs(officer, () -> cases.findByReference(ref)).id();
    }

    private static EvidenceInput pngInput(byte[] content, boolean openMethodDeclared) {
        return EvidenceInput.file("https://www.instagram.com/p/abc123/", Platform.INSTAGRAM, "post.png", "image/png",
                content, Instant.now().minusSeconds(600), CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.SCREENSHOT,
                openMethodDeclared);
    }

    private int evidenceRows(long caseId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("select count(*) from evidence where case_id = ?")) {
            count.setLong(1, caseId);
            try (ResultSet row = count.executeQuery()) {
                assertTrue(row.next());
                return row.getInt(1);
            }
        }
    }

    /** What someone with database access might do behind the product's back. */
    private void setContent(long fileId, byte[] content) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update evidence_file set content = ? where id = ?")) {
            update.setBytes(1, content);
            update.setLong(2, fileId);
            assertEquals(1, update.executeUpdate());
        }
    }

    /** A valid 1x1 PNG (one opaque red pixel), built chunk by chunk with real CRCs. */
    private static byte[] onePixelPng() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13);
        header.putInt(1).putInt(1).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        byte[] scanline = {0, (byte) 0xFF, 0, 0};
        Deflater deflater = new Deflater();
        deflater.setInput(scanline);
        deflater.finish();
        byte[] buffer = new byte[64];
        int length = deflater.deflate(buffer);
        deflater.end();
        chunk(png, "IDAT", Arrays.copyOf(buffer, length));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
