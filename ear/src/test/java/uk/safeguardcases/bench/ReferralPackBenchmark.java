package uk.safeguardcases.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.cases.TimelineLine;
import uk.safeguardcases.application.investigation.AllegationView;
import uk.safeguardcases.application.investigation.ReferralPack;
import uk.safeguardcases.application.reports.ReferralPackDocument;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.referral.ReferralKind;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * Benchmark, not a test (run with {@code mvn -B verify -Pbenchmark -Dit.test=ReferralPackBenchmark}): the
 * referral pack PDF of a case with 50 pieces of evidence and 200 timeline entries, rendered on the server
 * N times after a warm-up; prints p50/p95/max. Target: at most 150 ms per pack.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralPackBenchmark {

    private static final int EVIDENCE = Integer.getInteger("bench.evidence", 50);
    private static final int TIMELINE = Integer.getInteger("bench.timeline", 200);
    private static final int RENDERS = Integer.getInteger("bench.renders", 50);
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 20);

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("ear.file")));
        ear.getAsType(WebArchive.class, "safeguard-web.war").addClass(ReferralPackBenchmark.class);
        return ear;
    }

    @Test
    void referralPackWithFiftyEvidenceItemsAndTwoHundredTimelineEntries() {
        ReferralPack pack = pack(EVIDENCE, TIMELINE);
        for (int i = 0; i < WARM_UP; i++) {
            ReferralPackDocument.render(pack);
        }
        long[] nanos = new long[RENDERS];
        int size = 0;
        for (int i = 0; i < RENDERS; i++) {
            long start = System.nanoTime();
            size = ReferralPackDocument.render(pack).length;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double p50 = nanos[RENDERS / 2] / 1e6;
        double p95 = nanos[(int) Math.ceil(RENDERS * 0.95) - 1] / 1e6;
        double max = nanos[RENDERS - 1] / 1e6;
        System.out.printf("ReferralPackBenchmark: %d evidence, %d timeline entries, %d renders after %d warm-up:"
                + " p50 %.1f ms, p95 %.1f ms, max %.1f ms, %d bytes%n", EVIDENCE, TIMELINE, RENDERS, WARM_UP, p50,
                p95, max, size);
        assertTrue(p95 <= 150, "p95 " + p95 + " ms is over the 150 ms target");
    }

    private static ReferralPack pack(int evidence, int timeline) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        ReferralPack.Referred referred = new ReferralPack.Referred("CHSCB-2026-0042", "Gwenllian Dŷ",
                "Hackney Council", "City & Hackney Safeguarding Children Partnership", ReferralKind.DISCIPLINARY_REFERRAL,
                "Photographs of a service user's family posted at Gŵyl Dŷ without consent.", CaseSource.PUBLIC_COMPLAINT,
                now.minus(30, ChronoUnit.DAYS), now, "chscb.senior", now.plus(5, ChronoUnit.DAYS), null, null, null,
                CaseStatus.REFERRED_TO_HR);
        ReferralPack.Decision decision = new ReferralPack.Decision(CaseOutcome.DISCIPLINARY_REFERRAL,
                "Breach of 3.5(d) confirmed: photographs posted without consent.", "chscb.officer", "chscb.senior",
                "Referral approved: proportionate.");
        List<AllegationView> allegations = List.of(new AllegationView(1L, "3.5(d)", "Posting comments or photographs"
                + " of Board members or members of the community without their express consent.",
                AllegationCategory.IMAGES_WITHOUT_CONSENT, Severity.HIGH, null,
                "Three photographs of a family known through work.",
                "chscb.officer"));
        List<ReferralPack.EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < evidence; i++) {
            items.add(new ReferralPack.EvidenceItem("https://www.facebook.com/posts/" + (4700 + i), Platform.FACEBOOK,
                    CaptureMethod.PUBLIC_PAGE_VIEWED, now.minus(20, ChronoUnit.DAYS).plus(i, ChronoUnit.MINUTES),
                    "chscb.officer", String.format("%064x", 0xabcdef12345L + i),
                    "Captured post number " + i + ": look who I met at work today", null, false, null));
        }
        List<ReferralPack.RequestItem> requests = List.of(new ReferralPack.RequestItem(RequestKind.REMOVAL,
                now.minus(15, ChronoUnit.DAYS), now.minus(10, ChronoUnit.DAYS), MemberResponse.REMOVED, "Deleted it.",
                now.minus(12, ChronoUnit.DAYS), null, null));
        List<TimelineLine> lines = new ArrayList<>();
        for (int i = 0; i < timeline; i++) {
            lines.add(new TimelineLine(i + 1, now.minus(timeline - i, ChronoUnit.HOURS), "chscb.officer",
                    "Evidence captured", "Evidence " + i + ": Facebook; Viewed on a public page; text; SHA-256 "
                    + String.format("%064x", 0x1234L + i)));
        }
        return new ReferralPack(referred, decision, allegations, items, requests,
                new ReferralPack.Contact("City & Hackney", "Olivia Okafor", "olivia.okafor@example.org"), null, lines);
    }
}
