package uk.safeguardcases.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.evidence.UploadedFileCheck.Refusal;

class UploadedFileCheckTest {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static final String WELSH_TEXT = "Neges gan Siôn: “Gwelais y llun ar Facebook” – £20 i’r plentyn? Ŵyr a ŷd 🙂\n";

    @Test
    void aRealPictureAPdfAndWelshTextAreAcceptedAsWhatTheySay() throws IOException {
        assertThat(UploadedFileCheck.check("image/png", PNG).type()).isEqualTo(FileType.PNG);
        assertThat(UploadedFileCheck.check("image/jpeg", picture("jpg", 640, 480)).accepted()).isTrue();
        assertThat(UploadedFileCheck.check("image/gif", picture("gif", 64, 64)).accepted()).isTrue();
        assertThat(UploadedFileCheck.check("application/pdf; charset=binary", pdf(3)).type()).isEqualTo(FileType.PDF);
        assertThat(UploadedFileCheck.check("text/plain; charset=UTF-8", WELSH_TEXT.getBytes(StandardCharsets.UTF_8))
                .type()).isEqualTo(FileType.TEXT);
        assertThat(UploadedFileCheck.check("text/plain", ("From: Siôn <sion@example.org>\nSubject: y llun\n\n"
                + "Copied from the e-mail the parent sent.").getBytes(StandardCharsets.UTF_8)).accepted())
                .as("an e-mail copied as text is text").isTrue();
        assertThat(UploadedFileCheck.check("image/webp", webp(1920, 1080)).type()).isEqualTo(FileType.WEBP);
    }

    @Test
    void bytesOfAnotherTypeThanTheDeclaredOneAreRefusedSayingWhatTheyAre() throws IOException {
        UploadedFileCheck.Verdict pngAsJpeg = UploadedFileCheck.check("image/jpeg", PNG);
        assertThat(pngAsJpeg.refused()).contains(Refusal.NOT_ITS_TYPE);
        assertThat(pngAsJpeg.detected()).isEqualTo("image/png");
        assertThat(UploadedFileCheck.check("application/pdf", PNG).refused()).contains(Refusal.NOT_ITS_TYPE);
        assertThat(UploadedFileCheck.check("image/png", pdf(1)).refused()).contains(Refusal.NOT_ITS_TYPE);
        assertThat(UploadedFileCheck.check("text/plain", PNG).refused()).contains(Refusal.NOT_ITS_TYPE);
        assertThat(UploadedFileCheck.check("image/png", "MZ\u0090\u0000 not a picture".getBytes(StandardCharsets.ISO_8859_1))
                .refused()).contains(Refusal.NOT_ITS_TYPE);
        assertThat(UploadedFileCheck.check("image/png", WELSH_TEXT.getBytes(StandardCharsets.UTF_8)).refused())
                .contains(Refusal.NOT_ITS_TYPE);
    }

    @Test
    void aWebPageOrXmlDeclaredAsPlainTextIsRefusedAsMarkup() {
        for (String page : new String[] {"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
            "<?xml version=\"1.0\"?><note>Siôn</note>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>"}) {
            assertThat(UploadedFileCheck.check("text/plain", page.getBytes(StandardCharsets.UTF_8)).refused())
                    .as(page).contains(Refusal.MARKUP);
        }
    }

    @Test
    void archivesAndOfficeDocumentsAreRefusedWhateverTheyAreDeclaredAs() throws IOException {
        byte[] zip = zip("llun.png", PNG);
        byte[] docx = zip("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        for (String declared : new String[] {"image/png", "application/pdf", "text/plain"}) {
            assertThat(UploadedFileCheck.check(declared, zip).refused()).as(declared).contains(Refusal.ARCHIVE);
            assertThat(UploadedFileCheck.check(declared, docx).refused()).as(declared).contains(Refusal.ARCHIVE);
        }
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (OutputStream out = new java.util.zip.GZIPOutputStream(gzip)) {
            out.write(WELSH_TEXT.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(UploadedFileCheck.check("text/plain", gzip.toByteArray()).refused()).contains(Refusal.ARCHIVE);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsFirstBytesWithinASecond() throws IOException {
        byte[] zipBomb = zipOfZeros(256L * 1024 * 1024);
        assertThat(zipBomb.length).as("a quarter of a gigabyte packed small").isLessThan(FileType.MAX_BYTES);
        byte[] pngBomb = pngOfZeros(12_000, 12_000);
        assertThat(pngBomb.length).isLessThan(FileType.MAX_BYTES);
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertThat(UploadedFileCheck.check("application/pdf", zipBomb).refused()).contains(Refusal.ARCHIVE);
            assertThat(UploadedFileCheck.check("image/png", pngBomb).refused()).contains(Refusal.TOO_MANY_PIXELS);
            assertThat(UploadedFileCheck.check("image/webp", webp(30_000, 30_000)).refused())
                    .contains(Refusal.TOO_MANY_PIXELS);
        });
    }

    @Test
    void aPictureJustUnderThePixelBoundIsAcceptedAndJustOverItIsRefused() throws IOException {
        assertThat(UploadedFileCheck.check("image/png", pngOfZeros(10_000, 5_000)).accepted()).isTrue();
        assertThat(UploadedFileCheck.check("image/png", pngOfZeros(10_000, 5_001)).refused())
                .contains(Refusal.TOO_MANY_PIXELS);
    }

    @Test
    void aPdfThatWouldTakeTooLongOrTooMuchMemoryToDrawIsRefusedWithinTheTimeLimit() throws IOException {
        byte[] tooManyPages = pdf(UploadedFileCheck.MAX_PDF_PAGES + 1);
        byte[] inflatesTooFar = pdfWithContent(zeros(UploadedFileCheck.MAX_PDF_INFLATED_BYTES + 1));
        byte[] hugeImage = pdfWithImage(100_000, 100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(UploadedFileCheck.PDF_TIME_LIMIT_SECONDS + 2), () -> {
            assertThat(UploadedFileCheck.check("application/pdf", tooManyPages).refused())
                    .contains(Refusal.PDF_TOO_LARGE_TO_OPEN);
            assertThat(UploadedFileCheck.check("application/pdf", inflatesTooFar).refused())
                    .contains(Refusal.PDF_TOO_LARGE_TO_OPEN);
            assertThat(UploadedFileCheck.check("application/pdf", hugeImage).refused())
                    .contains(Refusal.PDF_TOO_LARGE_TO_OPEN);
        });
        assertThat(UploadedFileCheck.check("application/pdf", pdf(UploadedFileCheck.MAX_PDF_PAGES)).accepted())
                .as("the most pages").isTrue();
        assertThat(UploadedFileCheck.check("application/pdf", pdfWithContent(zeros(1024 * 1024))).accepted())
                .as("a page that inflates to a megabyte").isTrue();
    }

    @Test
    void aBrokenOrPasswordProtectedPdfIsRefusedSayingSo() throws IOException {
        assertThat(UploadedFileCheck.check("application/pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages [[[[["
                .getBytes(StandardCharsets.US_ASCII)).refused()).contains(Refusal.UNREADABLE);
        byte[] nested = ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Deep " + "[".repeat(200_000)
                + "]".repeat(200_000) + " >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(UploadedFileCheck.check("application/pdf", nested).refused()).as("nested deep enough to overflow")
                .hasValueSatisfying(r -> assertThat(r).isIn(Refusal.UNREADABLE, Refusal.PDF_TOO_LARGE_TO_OPEN));
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-cyfrinair", "cyfrinair",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            assertThat(UploadedFileCheck.check("application/pdf", out.toByteArray()).refused())
                    .contains(Refusal.PDF_PROTECTED);
        }
        assertThat(UploadedFileCheck.check("image/png", java.util.Arrays.copyOf(PNG, 12)).refused())
                .as("a PNG cut short before its size").contains(Refusal.UNREADABLE);
    }

    @Test
    void sizeAndDeclaredTypeComeFirst() {
        assertThat(UploadedFileCheck.check("image/png", new byte[0]).refused()).contains(Refusal.EMPTY);
        assertThat(UploadedFileCheck.check("image/png", new byte[FileType.MAX_BYTES + 1]).refused())
                .contains(Refusal.TOO_LARGE);
        assertThat(UploadedFileCheck.check(" ", PNG).refused()).contains(Refusal.NO_TYPE);
        assertThat(UploadedFileCheck.check("application/zip", PNG).refused()).contains(Refusal.TYPE_NOT_ACCEPTED);
        assertThat(UploadedFileCheck.check("image/png", PNG, Set.of(FileType.PDF)).refused())
                .as("a type the caller does not accept").contains(Refusal.TYPE_NOT_ACCEPTED);
    }

    static byte[] picture(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xC8102E);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A WebP's RIFF header with an extended (VP8X) chunk naming its canvas: enough for its size to be read. */
    static byte[] webp(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(30 + 16).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(38).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        b.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).putInt(0);
        b.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        b.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        return b.array();
    }

    static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A ZIP whose one entry inflates to {@code size} zero bytes. */
    static byte[] zipOfZeros(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("lluniau.pdf"));
            byte[] block = new byte[1024 * 1024];
            for (long written = 0; written < size; written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A whole PNG of {@code width} × {@code height} black pixels: a few hundred KB that draw to gigabytes. */
    static byte[] pngOfZeros(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            byte[] row = new byte[width + 1];
            for (int y = 0; y < height; y++) {
                out.write(row);
            }
        }
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.write(ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(name);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static byte[] pdf(int pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            try (PDPageContentStream text = new PDPageContentStream(document, document.getPage(0))) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText("Tystiolaeth: llun o'r dudalen");
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Deflated zeros: {@code size} bytes once inflated. */
    static byte[] zeros(long size) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(packed, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] block = new byte[1024 * 1024];
            long left = size;
            while (left > 0) {
                int n = (int) Math.min(block.length, left);
                out.write(block, 0, n);
                left -= n;
            }
        }
        return packed.toByteArray();
    }

    /** A one-page PDF whose page's content is the given Flate-compressed stream. */
    static byte[] pdfWithContent(byte[] deflated) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            COSStream content = document.getDocument().createCOSStream();
            try (OutputStream raw = content.createRawOutputStream()) {
                raw.write(deflated);
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.getCOSObject().setItem(COSName.CONTENTS, content);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A one-page PDF with an image XObject declaring {@code width} × {@code height} pixels. */
    static byte[] pdfWithImage(int width, int height) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            COSStream image = document.getDocument().createCOSStream();
            try (OutputStream raw = image.createRawOutputStream()) {
                raw.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
            }
            image.setItem(COSName.TYPE, COSName.XOBJECT);
            image.setItem(COSName.SUBTYPE, COSName.IMAGE);
            image.setInt(COSName.WIDTH, width);
            image.setInt(COSName.HEIGHT, height);
            image.setInt(COSName.BITS_PER_COMPONENT, 8);
            image.setItem(COSName.COLORSPACE, COSName.DEVICERGB);
            image.setItem(COSName.FILTER, COSName.DCT_DECODE);
            COSDictionary xobjects = new COSDictionary();
            xobjects.setItem(COSName.getPDFName("Im1"), image);
            COSDictionary resources = new COSDictionary();
            resources.setItem(COSName.XOBJECT, xobjects);
            page.getCOSObject().setItem(COSName.RESOURCES, resources);
            document.save(out);
            return out.toByteArray();
        }
    }
}
