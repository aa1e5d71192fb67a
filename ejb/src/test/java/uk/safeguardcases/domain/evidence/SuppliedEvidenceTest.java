package uk.safeguardcases.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.cases.PartOfACase;

/** Evidence a reporter supplied on the public page: kept as supplied, reviewed before the member or HR get it. */
class SuppliedEvidenceTest {

    private static final Instant SENT = Instant.parse("2026-11-20T19:02:00Z");
    private static final Instant REVIEWED = Instant.parse("2026-11-23T10:15:00Z");

    @Test
    void aReportersFileIsSuppliedNotGatheredAndCarriesNoOpenMethodsDeclaration() throws Exception {
        Evidence supplied = reportersFile(11L);
        assertThat(supplied.suppliedBy()).isEqualTo(EvidenceSource.REPORTER);
        assertThat(supplied.openMethodDeclared()).isFalse();
        assertThat(supplied.needsReview()).isTrue();
        assertThat(supplied.captureMethod()).isEqualTo(CaptureMethod.PROVIDED_BY_COMPLAINANT);
        assertThat(supplied.contentSha256()).isEqualTo(ContentHash.sha256Hex(FileTypeTest.PNG));
    }

    @Test
    void whatTheBoardGathersStillNeedsTheDeclarationAndNoReview() {
        Evidence gathered = Evidence.captured(7L, "https://x.example/p/1", Platform.X_TWITTER, "the post", null, null,
                null, SENT, REVIEWED, "chscb.officer", CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.TEXT_COPIED, true);
        assertThat(gathered.suppliedBy()).isEqualTo(EvidenceSource.OFFICER);
        assertThat(gathered.openMethodDeclared()).isTrue();
        assertThat(gathered.needsReview()).isFalse();
        assertThat(gathered.mayReachMemberOrHr(null)).isTrue();
        assertThatThrownBy(() -> Evidence.captured(7L, "https://x.example/p/1", Platform.X_TWITTER, null, null, null,
                null, SENT, REVIEWED, "api:tool", CaptureMethod.MONITORING_TOOL,
                CaptureForm.ADDRESS_ONLY, EvidenceSource.MONITORING_TOOL, false))
                .hasMessage(Evidence.OPEN_METHODS_ONLY);
        assertThatThrownBy(() -> Evidence.captured(7L, "https://x.example/p/1", Platform.X_TWITTER, null, null, null,
                null, SENT, REVIEWED, "public-page", CaptureMethod.PROVIDED_BY_COMPLAINANT,
                CaptureForm.ADDRESS_ONLY, EvidenceSource.REPORTER,
                true)).as("a reporter's evidence is never captured with a declaration")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gathered.reviewedBy("chscb.officer", REVIEWED, true))
                .hasMessage(Evidence.ONLY_SUPPLIED_EVIDENCE_REVIEWED);
    }

    @Test
    void aReportersEvidenceReachesTheMemberOrHrOnlyOnceAnOfficerReviewedIt() throws Exception {
        Evidence supplied = reportersFile(11L);
        assertThat(supplied.mayReachMemberOrHr(null)).isFalse();
        assertThatThrownBy(() -> supplied.reviewedBy("chscb.officer", REVIEWED, false))
                .hasMessage(Evidence.REVIEW_DECLARATION_MISSING);

        EvidenceReview review = supplied.reviewedBy("chscb.officer", REVIEWED, true);
        assertThat(review.evidenceId()).isEqualTo(11L);
        assertThat(review.reviewedBy()).isEqualTo("chscb.officer");
        assertThat(review.reviewedAt()).isEqualTo(REVIEWED);
        assertThat(supplied.mayReachMemberOrHr(review)).isTrue();
        assertThat(supplied.openMethodDeclared()).as("the review declares no open methods").isFalse();

        Evidence another = reportersFile(12L);
        assertThat(another.mayReachMemberOrHr(review)).as("another item's review counts for nothing").isFalse();
    }

    @Test
    void aReportersWebAddressIsSuppliedToo() {
        Evidence address = Evidence.suppliedByReporter(7L, "https://social.example.org/posts/4711", Platform.OTHER,
                null, null, null, SENT, SENT, "public-page", CaptureForm.ADDRESS_ONLY);
        assertThat(address.needsReview()).isTrue();
        assertThat(address.openMethodDeclared()).isFalse();
        assertThat(address.hasFile()).isFalse();
        assertThat(address.contentSha256()).isEqualTo(ContentHash.sha256Hex("https://social.example.org/posts/4711"));
    }

    private static Evidence reportersFile(long id) throws ReflectiveOperationException {
        EvidenceFile file = EvidenceFile.of(FileTypeTest.PNG);
        Field fileId = EvidenceFile.class.getDeclaredField("id");
        fileId.setAccessible(true);
        fileId.set(file, 42L);
        Evidence supplied = Evidence.suppliedByReporter(7L, null, Platform.OTHER, file, "evidence-2.png", FileType.PNG,
                SENT, SENT, "public-page", CaptureForm.FILE_AS_SENT);
        Field evidenceId = PartOfACase.class.getDeclaredField("id");
        evidenceId.setAccessible(true);
        evidenceId.set(supplied, id);
        return supplied;
    }
}
