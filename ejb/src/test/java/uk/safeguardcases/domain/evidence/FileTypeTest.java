package uk.safeguardcases.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    static final byte[] GIF87 = ascii("GIF87a\u0001\u0000\u0001\u0000");
    static final byte[] GIF89 = ascii("GIF89a\u0001\u0000\u0001\u0000");
    static final byte[] WEBP = ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ");
    static final byte[] PDF = ascii("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj");
    static final byte[] TEXT = "Posted at 21:14: \"name and school of the child\"\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void eachAllowedTypeMatchesItsOwnSignature() {
        assertThat(FileType.PNG.matches(PNG)).isTrue();
        assertThat(FileType.JPEG.matches(JPEG)).isTrue();
        assertThat(FileType.GIF.matches(GIF87)).isTrue();
        assertThat(FileType.GIF.matches(GIF89)).isTrue();
        assertThat(FileType.WEBP.matches(WEBP)).isTrue();
        assertThat(FileType.PDF.matches(PDF)).isTrue();
        assertThat(FileType.TEXT.matches(TEXT)).isTrue();
    }

    @Test
    void contentOfAnotherTypeIsAMismatch() {
        assertThat(FileType.PNG.matches(JPEG)).isFalse();
        assertThat(FileType.JPEG.matches(PNG)).isFalse();
        assertThat(FileType.GIF.matches(PDF)).isFalse();
        assertThat(FileType.PDF.matches(TEXT)).isFalse();
        assertThat(FileType.PNG.matches(TEXT)).isFalse();
        assertThat(FileType.WEBP.matches(ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt "))).as("a WAV file").isFalse();
        assertThat(FileType.TEXT.matches(PNG)).as("a PNG declared as text").isFalse();
        assertThat(FileType.TEXT.matches(PDF)).as("a PDF declared as text").isFalse();
        assertThat(FileType.TEXT.matches(new byte[] {'a', 0, 'b'})).as("binary with a NUL byte").isFalse();
    }

    @Test
    void truncatedOrEmptyContentMatchesNothing() {
        for (FileType type : FileType.values()) {
            assertThat(type.matches(new byte[0])).as(type.name()).isFalse();
            assertThat(type.matches(null)).as(type.name()).isFalse();
        }
        assertThat(FileType.PNG.matches(Arrays.copyOf(PNG, 7))).isFalse();
        assertThat(FileType.WEBP.matches(Arrays.copyOf(WEBP, 10))).isFalse();
    }

    @Test
    void sniffingNamesTheBinaryTypeAndNeverText() {
        assertThat(FileType.sniff(PNG)).contains(FileType.PNG);
        assertThat(FileType.sniff(JPEG)).contains(FileType.JPEG);
        assertThat(FileType.sniff(GIF89)).contains(FileType.GIF);
        assertThat(FileType.sniff(WEBP)).contains(FileType.WEBP);
        assertThat(FileType.sniff(PDF)).contains(FileType.PDF);
        assertThat(FileType.sniff(TEXT)).isEmpty();
    }

    @Test
    void onlyTheSixDeclaredTypesAreAllowedWhateverTheirCaseOrParameters() {
        assertThat(FileType.forContentType("image/png")).contains(FileType.PNG);
        assertThat(FileType.forContentType(" Image/JPEG ")).contains(FileType.JPEG);
        assertThat(FileType.forContentType("image/gif")).contains(FileType.GIF);
        assertThat(FileType.forContentType("image/webp")).contains(FileType.WEBP);
        assertThat(FileType.forContentType("application/pdf")).contains(FileType.PDF);
        assertThat(FileType.forContentType("text/plain; charset=UTF-8")).contains(FileType.TEXT);
        assertThat(FileType.forContentType("text/html")).isEmpty();
        assertThat(FileType.forContentType("image/svg+xml")).isEmpty();
        assertThat(FileType.forContentType("application/octet-stream")).isEmpty();
        assertThat(FileType.forContentType("")).isEmpty();
        assertThat(FileType.forContentType(null)).isEmpty();
    }

    @Test
    void theLimitIsTenMegabytes() {
        assertThat(FileType.MAX_BYTES).isEqualTo(10_485_760);
    }

    @Test
    void anEvidenceFileIsNamedFromItsCheckedTypeNeverFromTheUploadersName() {
        assertThat(FileType.evidenceFileName(12, "text/plain")).isEqualTo("evidence-12.txt");
        assertThat(FileType.evidenceFileName(3, "image/JPEG; charset=x")).isEqualTo("evidence-3.jpg");
        assertThat(FileType.evidenceFileName(4, "application/hta")).as("not an allowed type").isEqualTo("evidence-4");
        assertThat(FileType.evidenceFileName(5, null)).isEqualTo("evidence-5");
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
