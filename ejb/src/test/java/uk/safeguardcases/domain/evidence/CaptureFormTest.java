package uk.safeguardcases.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** How a piece of evidence was captured: always said for new evidence, and in agreement with what is kept. */
class CaptureFormTest {

    private static final Instant CAPTURED = Instant.parse("2026-11-28T09:15:00Z");
    private static final Instant RECORDED = Instant.parse("2026-11-28T10:00:00Z");
    private static final String POST = "“Diwrnod gwych yn y gŵyl” – £5 a head 🙂";

    @Test
    void newEvidenceWithoutACaptureFormIsRefused() {
        assertThat(CaptureForm.problem(null, true, false)).contains(CaptureForm.Problem.MISSING);
        assertThat(CaptureForm.problem(null, false, false)).contains(CaptureForm.Problem.MISSING);
        assertThat(CaptureForm.problem(null, false, true)).contains(CaptureForm.Problem.MISSING);
        assertThatThrownBy(() -> Evidence.captured(7L, "https://www.facebook.com/posts/4711", Platform.FACEBOOK, POST,
                null, null, null, CAPTURED, RECORDED, "chscb.officer", CaptureMethod.PUBLIC_PAGE_VIEWED, null, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MISSING");
    }

    @Test
    void everyFormButTheAddressOnlyKeepsACopyAndNeedsOne() {
        for (CaptureForm form : EnumSet.complementOf(EnumSet.of(CaptureForm.ADDRESS_ONLY))) {
            assertThat(form.keepsACopy()).as(form.name()).isTrue();
            assertThat(CaptureForm.problem(form, true, false)).as(form.name()).isEmpty();
            assertThat(CaptureForm.problem(form, false, false)).as(form.name())
                    .contains(CaptureForm.Problem.NO_COPY_KEPT);
        }
        assertThatThrownBy(() -> Evidence.captured(7L, "https://www.facebook.com/posts/4711", Platform.FACEBOOK, null,
                null, null, null, CAPTURED, RECORDED, "chscb.officer", CaptureMethod.PUBLIC_PAGE_VIEWED,
                CaptureForm.SCREENSHOT, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NO_COPY_KEPT");
    }

    @Test
    void theAddressOnlyIsForEvidenceThatKeepsNothingElse() {
        assertThat(CaptureForm.ADDRESS_ONLY.keepsACopy()).isFalse();
        assertThat(CaptureForm.problem(CaptureForm.ADDRESS_ONLY, false, false)).isEmpty();
        assertThat(CaptureForm.problem(CaptureForm.ADDRESS_ONLY, true, false)).contains(CaptureForm.Problem.COPY_KEPT);
        Evidence address = Evidence.captured(7L, "https://www.facebook.com/posts/4711", Platform.FACEBOOK, null, null,
                null, null, CAPTURED, RECORDED, "chscb.officer", CaptureMethod.PUBLIC_PAGE_VIEWED,
                CaptureForm.ADDRESS_ONLY, true);
        assertThat(address.captureForm()).isEqualTo(CaptureForm.ADDRESS_ONLY);
        assertThatThrownBy(() -> Evidence.captured(7L, null, Platform.FACEBOOK, POST, null, null, null, CAPTURED,
                RECORDED, "chscb.officer", CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.ADDRESS_ONLY, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COPY_KEPT");
    }

    @Test
    void illegalImageryIsNeverCopiedSoItsFormIsTheAddressOnly() {
        assertThat(CaptureForm.problem(CaptureForm.ADDRESS_ONLY, false, true)).isEmpty();
        for (CaptureForm form : EnumSet.complementOf(EnumSet.of(CaptureForm.ADDRESS_ONLY))) {
            assertThat(CaptureForm.problem(form, false, true)).as(form.name())
                    .contains(CaptureForm.Problem.ILLEGAL_IMAGERY_NOT_COPIED);
        }
        assertThat(Evidence.illegalImageryReported(7L, null, Platform.OTHER, "IWF-2026-001", CAPTURED, RECORDED,
                "chscb.officer", CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.ADDRESS_ONLY, true).captureForm())
                .isEqualTo(CaptureForm.ADDRESS_ONLY);
        assertThatThrownBy(() -> Evidence.illegalImageryReported(7L, null, Platform.OTHER, "IWF-2026-001", CAPTURED,
                RECORDED, "chscb.officer", CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.SCREENSHOT, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ILLEGAL_IMAGERY_NOT_COPIED");
    }

    @Test
    void theFormIsKeptWithTheEvidenceAndOldEvidenceReadsNotRecorded() {
        Evidence text = Evidence.captured(7L, "https://www.facebook.com/posts/4711", Platform.FACEBOOK, POST, null,
                null, null, CAPTURED, RECORDED, "chscb.officer", CaptureMethod.PUBLIC_PAGE_VIEWED,
                CaptureForm.TEXT_COPIED, true);
        assertThat(text.captureForm()).isEqualTo(CaptureForm.TEXT_COPIED);
        assertThat(CaptureForm.labelOf(text.captureForm())).isEqualTo("Text copied from the page");
        assertThat(CaptureForm.labelOf(null)).isEqualTo("Not recorded");
        assertThat(CaptureForm.SAVED_PAGE.label()).isEqualTo("Saved copy of the page");
    }

    @Test
    void aReportersEvidenceSaysItsFormToo() {
        Evidence address = Evidence.suppliedByReporter(7L, "https://social.example.org/posts/4711", Platform.OTHER,
                null, null, null, CAPTURED, RECORDED, "public-page", CaptureForm.ADDRESS_ONLY);
        assertThat(address.captureForm()).isEqualTo(CaptureForm.ADDRESS_ONLY);
        assertThatThrownBy(() -> Evidence.suppliedByReporter(7L, "https://social.example.org/posts/4711",
                Platform.OTHER, null, null, null, CAPTURED, RECORDED, "public-page", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MISSING");
    }
}
