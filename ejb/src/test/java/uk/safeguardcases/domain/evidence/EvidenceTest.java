package uk.safeguardcases.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    private static final Instant CAPTURED = Instant.parse("2026-01-10T21:14:00Z");
    private static final Instant RECORDED = Instant.parse("2026-01-12T09:30:00Z");

    @Test
    void textEvidenceCarriesTheHashOfItsTextAndNoFile() {
        Evidence evidence = Evidence.captured(7L, "https://x.example/p/1", Platform.X_TWITTER, "the post",
                null, null, null, CAPTURED, RECORDED, "chscb.officer", CaptureMethod.PUBLIC_PAGE_VIEWED,
                CaptureForm.TEXT_COPIED, true);
        assertThat(evidence.contentSha256()).isEqualTo(ContentHash.sha256Hex("the post"));
        assertThat(evidence.hasFile()).isFalse();
        assertThat(evidence.isCapturedFile("the post".getBytes())).isFalse();
        assertThat(evidence.illegalImagery()).isFalse();
        assertThat(evidence.openMethodDeclared()).isTrue();
        assertThat(evidence.capturedAt()).isBefore(evidence.recordedAt());
    }

    @Test
    void fileEvidenceCarriesTheHashOfTheStoredBytes() throws Exception {
        byte[] png = FileTypeTest.PNG.clone();
        EvidenceFile file = EvidenceFile.of(png);
        png[0] = 0;
        assertThat(file.content()).as("the bytes were copied").isEqualTo(FileTypeTest.PNG);
        setId(file, 42L);
        Evidence evidence = Evidence.captured(7L, null, Platform.INSTAGRAM, null, file, "post.png", FileType.PNG,
                CAPTURED, RECORDED, "chscb.officer", CaptureMethod.PROVIDED_BY_COMPLAINANT,
                CaptureForm.SCREENSHOT, true);
        assertThat(evidence.contentSha256()).isEqualTo(ContentHash.sha256Hex(FileTypeTest.PNG))
                .isEqualTo(file.contentSha256());
        assertThat(evidence.fileId()).isEqualTo(42L);
        assertThat(evidence.fileSize()).isEqualTo(FileTypeTest.PNG.length);
        assertThat(evidence.contentType()).isEqualTo("image/png");
        assertThat(evidence.isCapturedFile(FileTypeTest.PNG)).isTrue();
        byte[] altered = FileTypeTest.PNG.clone();
        altered[altered.length - 1] ^= 1;
        assertThat(evidence.isCapturedFile(altered)).isFalse();
        assertThat(evidence.isCapturedFile(null)).isFalse();
    }

    @Test
    void aFileMustBeSavedBeforeTheEvidenceThatRefersToIt() {
        EvidenceFile unsaved = EvidenceFile.of(FileTypeTest.PNG);
        assertThatThrownBy(() -> Evidence.captured(7L, null, Platform.INSTAGRAM, null, unsaved, "post.png",
                FileType.PNG, CAPTURED, RECORDED, "chscb.officer", CaptureMethod.PUBLIC_PAGE_VIEWED,
                CaptureForm.SCREENSHOT, true))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void illegalImageryKeepsNoContentAndIsHashedByItsAddressElseItsReportReference() {
        Evidence withAddress = Evidence.illegalImageryReported(7L, "https://bad.example/x", Platform.OTHER,
                "IWF-2026-001", CAPTURED, RECORDED, "chscb.officer", CaptureMethod.MONITORING_TOOL,
                CaptureForm.ADDRESS_ONLY, true);
        assertThat(withAddress.illegalImagery()).isTrue();
        assertThat(withAddress.capturedText()).isNull();
        assertThat(withAddress.hasFile()).isFalse();
        assertThat(withAddress.reportReference()).isEqualTo("IWF-2026-001");
        assertThat(withAddress.contentSha256()).isEqualTo(ContentHash.sha256Hex("https://bad.example/x"));

        Evidence withoutAddress = Evidence.illegalImageryReported(7L, null, Platform.OTHER, "IWF-2026-001",
                CAPTURED, RECORDED, "chscb.officer", CaptureMethod.MONITORING_TOOL, CaptureForm.ADDRESS_ONLY, true);
        assertThat(withoutAddress.contentSha256()).isEqualTo(ContentHash.sha256Hex("IWF-2026-001"));

        assertThatThrownBy(() -> Evidence.illegalImageryReported(7L, null, Platform.OTHER, " ", CAPTURED, RECORDED,
                "chscb.officer", CaptureMethod.MONITORING_TOOL,
                CaptureForm.ADDRESS_ONLY, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evidenceNotGatheredByAnOpenMethodCannotExist() {
        assertThatThrownBy(() -> Evidence.captured(7L, "https://x.example/p/1", Platform.FACEBOOK, "text", null,
                null, null, CAPTURED, RECORDED, "chscb.officer", CaptureMethod.PUBLIC_PAGE_VIEWED,
                CaptureForm.TEXT_COPIED, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Evidence must be gathered by open methods available to any member of the"
                        + " public: no password guessing or subterfuge.");
    }

    @Test
    void evidenceNeedsSomeContent() {
        assertThatThrownBy(() -> Evidence.captured(7L, null, Platform.FACEBOOK, null, null, null, null, CAPTURED,
                RECORDED, "chscb.officer", CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.ADDRESS_ONLY, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void setId(EvidenceFile file, long id) throws ReflectiveOperationException {
        Field field = EvidenceFile.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(file, id);
    }
}
