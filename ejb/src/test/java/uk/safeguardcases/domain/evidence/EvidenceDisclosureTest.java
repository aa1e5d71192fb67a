package uk.safeguardcases.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.cases.PartOfACase;

/** Whether the member is shown a piece of evidence in the portal; illegal imagery never is. */
class EvidenceDisclosureTest {

    private static final Instant CAPTURED = Instant.parse("2026-01-10T21:14:00Z");
    private static final Instant DECIDED = Instant.parse("2026-01-12T09:30:00Z");

    private static Evidence post(long id) throws ReflectiveOperationException {
        Evidence evidence = Evidence.captured(7L, "https://www.facebook.com/posts/4711", Platform.FACEBOOK,
                "“Diwrnod hyfryd yn y ganolfan gyswllt”", null, null, null, CAPTURED, DECIDED, "chscb.officer",
                CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.TEXT_COPIED, true);
        return saved(evidence, id);
    }

    private static Evidence saved(Evidence evidence, long id) throws ReflectiveOperationException {
        Field field = PartOfACase.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(evidence, id);
        return evidence;
    }

    @Test
    void theBoardDecidesWhenCapturingWhetherTheMemberSeesTheEvidence() throws Exception {
        EvidenceDisclosure disclosure = EvidenceDisclosure.decide(post(41L), true, "chscb.officer", DECIDED);
        assertThat(disclosure.evidenceId()).isEqualTo(41L);
        assertThat(disclosure.shownToMember()).isTrue();
        assertThat(disclosure.decidedBy()).isEqualTo("chscb.officer");
        assertThat(disclosure.decidedAt()).isEqualTo(DECIDED);
    }

    @Test
    void aChangeOfMindIsRecordedWithWhoMadeItAndTheSameDecisionAgainChangesNothing() throws Exception {
        Evidence evidence = post(41L);
        EvidenceDisclosure disclosure = EvidenceDisclosure.decide(evidence, false, "chscb.officer", DECIDED);
        Instant later = DECIDED.plusSeconds(3600);
        assertThat(disclosure.change(evidence, false, "chscb.senior", later)).isFalse();
        assertThat(disclosure.decidedBy()).isEqualTo("chscb.officer");
        assertThat(disclosure.decidedAt()).isEqualTo(DECIDED);

        assertThat(disclosure.change(evidence, true, "chscb.senior", later)).isTrue();
        assertThat(disclosure.shownToMember()).isTrue();
        assertThat(disclosure.decidedBy()).isEqualTo("chscb.senior");
        assertThat(disclosure.decidedAt()).isEqualTo(later);
    }

    @Test
    void aReportOfIllegalImageryIsNeverShownToTheMember() throws Exception {
        Evidence report = saved(Evidence.illegalImageryReported(7L, "https://bad.example/x", Platform.OTHER,
                "IWF-2026-001", CAPTURED, DECIDED, "chscb.officer", CaptureMethod.MONITORING_TOOL,
                CaptureForm.ADDRESS_ONLY, true), 42L);
        assertThatThrownBy(() -> EvidenceDisclosure.decide(report, true, "chscb.officer", DECIDED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A report of illegal imagery is never shown to the member.");
        EvidenceDisclosure hidden = EvidenceDisclosure.decide(report, false, "chscb.officer", DECIDED);
        assertThatThrownBy(() -> hidden.change(report, true, "chscb.senior", DECIDED.plusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(EvidenceDisclosure.ILLEGAL_IMAGERY_NEVER_SHOWN);
        assertThat(hidden.shownToMember()).isFalse();
        assertThat(hidden.decidedBy()).isEqualTo("chscb.officer");
    }

    @Test
    void aDecisionIsAboutItsOwnEvidenceOnly() throws Exception {
        EvidenceDisclosure disclosure = EvidenceDisclosure.decide(post(41L), false, "chscb.officer", DECIDED);
        assertThatThrownBy(() -> disclosure.change(post(43L), true, "chscb.officer", DECIDED))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Evidence 43 is not evidence 41");
        assertThat(disclosure.shownToMember()).isFalse();
    }

    @Test
    void evidenceIsSavedBeforeItsDisclosureIsDecided() {
        Evidence unsaved = Evidence.captured(7L, "https://x.example/p/1", Platform.X_TWITTER, "the post", null, null,
                null, CAPTURED, DECIDED, "chscb.officer", CaptureMethod.PUBLIC_PAGE_VIEWED,
                CaptureForm.TEXT_COPIED, true);
        assertThatThrownBy(() -> EvidenceDisclosure.decide(unsaved, true, "chscb.officer", DECIDED))
                .isInstanceOf(NullPointerException.class).hasMessage("evidence must be saved first");
    }
}
