package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;
import static uk.safeguardcases.it.CaseFixtures.signedIn;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.EvidenceShownToMember;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.application.investigation.MemberRequestView;
import uk.safeguardcases.application.investigation.MemberRequests;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * The evidence the member is shown "as the board decided": the officer chooses per item when capturing it and
 * may change the choice on the case page (audited); illegal imagery never; the portal shows exactly the chosen
 * items and the member's own proof, and nothing to another member or board.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceShownToMemberIT {

    private static final String SHOWN = "The post the member is shown: a family at the contact centre.";
    private static final String KEPT = "A complainant's message naming themselves, kept from the member.";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(EvidenceShownToMemberIT.class);
    }

    @Test
    void thePortalShowsExactlyTheItemsTheOfficerChoseAndEachChangeIsOnTheTimeline() {
        String ref = CaseFixtures.a("chscb").about("Morgan Evans")
                .raisedFrom(CaseSource.COLLEAGUE_REPORT, "Evidence the board shows in part.")
                .at(CaseStatus.GATHERING_EVIDENCE).reference();
        EvidenceView shown = CaseFixtures.captureText("chscb", ref, SHOWN, true);
        EvidenceView kept = CaseFixtures.captureText("chscb", ref, KEPT, false);
        EvidenceView keptFile = CaseFixtures.capturePng("chscb", ref, "kept.png", false);
        EvidenceView illegal = as("chscb.officer", () -> bean(EvidenceService.class).capture(ref,
                EvidenceInput.illegalImagery(null, Platform.OTHER, "IWF-SHOWN-1", Instant.now(),
                        CaptureMethod.PROVIDED_BY_COMPLAINANT, CaptureForm.ADDRESS_ONLY, true)));
        assertThat(List.of(shown.shownToMember(), kept.shownToMember(), keptFile.shownToMember(),
                illegal.shownToMember())).containsExactly(true, false, false, false);
        as("chscb.officer", () -> bean(EvidenceService.class).finishGathering(ref, "Four items."));
        CaseFixtures.awaitStep("chscb", ref, CaseStatus.AWAITING_REMOVAL);

        assertThat(memberSees(ref)).containsExactly(shown.id());
        MemberRequestView request = removalRequest(ref);
        Browser member = signedIn("chscb.member");
        String page = member.open("portal/request.xhtml?id=" + request.id()).body();
        assertThat(page).contains(SHOWN).doesNotContain("naming themselves").doesNotContain("kept.png")
                .doesNotContain("IWF-SHOWN-1");
        assertThat(member.download("portal/evidence-file?request=" + request.id() + "&evidence=" + keptFile.id())
                .statusCode()).as("a file not shown cannot be downloaded either").isEqualTo(404);

        as("chscb.officer", () -> bean(EvidenceService.class).changeShownToMember(ref, keptFile.id(), true));
        as("chscb.officer", () -> bean(EvidenceService.class).changeShownToMember(ref, shown.id(), false));
        assertThat(memberSees(ref)).containsExactly(keptFile.id());
        assertThat(member.download("portal/evidence-file?request=" + request.id() + "&evidence=" + keptFile.id())
                .body()).isEqualTo(CaseFixtures.PNG);
        assertThat(member.open("portal/request.xhtml?id=" + request.id()).body()).doesNotContain(SHOWN)
                .contains("kept.png");
        as("chscb.officer", () -> bean(EvidenceService.class).changeShownToMember(ref, keptFile.id(), true));

        List<TimelineLine> timeline = as("chscb.officer", () -> bean(CaseService.class).timelineOf(ref));
        assertThat(timeline).filteredOn(l -> l.action().startsWith("Evidence") && l.action().contains("member"))
                .extracting(l -> l.action() + ": " + l.detail())
                .as("each change once, a repeated choice not at all")
                .containsExactly("Evidence shown to the member: Evidence " + keptFile.number(),
                        "Evidence no longer shown to the member: Evidence " + shown.number());
        assertThat(timeline).filteredOn(l -> l.action().equals("Evidence captured")).extracting(TimelineLine::detail)
                .anyMatch(d -> d.endsWith("; not shown to the member")).anyMatch(d -> d.endsWith("; shown to the member"));

        // The member's own proof is always shown to them.
        as("chscb.member", () -> bean(RequestService.class).respondToRemoval(ref, MemberResponse.REMOVED,
                "Deleted it.", EvidenceInput.file(null, Platform.FACEBOOK, "gone.png", "image/png", CaseFixtures.PNG,
                        Instant.now(), CaptureMethod.PROVIDED_BY_MEMBER, CaptureForm.FILE_AS_SENT, true)));
        List<EvidenceShownToMember> after = as("chscb.member",
                () -> bean(EvidenceService.class).evidenceShownToMember(ref));
        assertThat(after).extracting(EvidenceShownToMember::fileName).containsExactlyInAnyOrder("kept.png", "gone.png");
        assertThat(after).filteredOn(EvidenceShownToMember::providedByMember).hasSize(1);
    }

    @Test
    void illegalImageryIsNeverShownAndOnlyTheBoardsOfficersDecide() {
        String ref = CaseFixtures.raise("chscb", "Morgan Evans", "Evidence nobody else may disclose.");
        EvidenceView item = CaseFixtures.captureText("chscb", ref, "An ordinary public post.", false);
        InvalidInputException atCapture = assertThrows(InvalidInputException.class, () -> as("chscb.officer",
                () -> bean(EvidenceService.class).capture(ref, EvidenceInput.illegalImagery(null, Platform.OTHER,
                        "IWF-NEVER", Instant.now(), CaptureMethod.PROVIDED_BY_COMPLAINANT,
                        CaptureForm.ADDRESS_ONLY, true)
                        .withShownToMember(true))));
        assertThat(atCapture.fieldMessages()).containsEntry("shownToMember",
                "A report of illegal imagery is never shown to the member.");
        EvidenceView illegal = as("chscb.officer", () -> bean(EvidenceService.class).capture(ref,
                EvidenceInput.illegalImagery(null, Platform.OTHER, "IWF-NEVER", Instant.now(),
                        CaptureMethod.PROVIDED_BY_COMPLAINANT, CaptureForm.ADDRESS_ONLY, true)));
        InvalidInputException later = assertThrows(InvalidInputException.class, () -> as("chscb.officer",
                () -> bean(EvidenceService.class).changeShownToMember(ref, illegal.id(), true)));
        assertThat(later.fieldMessages()).containsEntry("shownToMember",
                "A report of illegal imagery is never shown to the member.");

        assertThrows(NotFoundException.class, () -> as("nscb.officer",
                () -> bean(EvidenceService.class).changeShownToMember(ref, item.id(), true)));
        String nscbCase = CaseFixtures.raise("nscb", "Nia Other", "Another board's case.");
        assertThrows(NotFoundException.class, () -> as("nscb.officer",
                () -> bean(EvidenceService.class).changeShownToMember(nscbCase, item.id(), true)));
        assertThrows(AccessRefusedException.class, () -> as("chscb.senior",
                () -> bean(EvidenceService.class).changeShownToMember(ref, item.id(), true)));
        assertThrows(AccessRefusedException.class, () -> as("chscb.member",
                () -> bean(EvidenceService.class).changeShownToMember(ref, item.id(), true)));
        assertThat(as("chscb.officer", () -> bean(EvidenceService.class).evidenceOf(ref)))
                .filteredOn(e -> e.id() == item.id()).singleElement()
                .satisfies(e -> assertThat(e.shownToMember()).as("unchanged").isFalse());
        for (String other : List.of("nscb.member", "cwmtaf.member")) {
            assertThrows(NotFoundException.class,
                    () -> as(other, () -> bean(EvidenceService.class).evidenceShownToMember(ref)), other);
        }
    }

    @Test
    void onTheCasePageTheOfficerChoosesWhenCapturingAndChangesItAfterwards() {
        String ref = CaseFixtures.a("chscb").about("Morgan Evans")
                .raisedFrom(CaseSource.COLLEAGUE_REPORT, "Evidence chosen on the page.")
                .at(CaseStatus.GATHERING_EVIDENCE).reference();
        Browser officer = signedIn("chscb.officer");
        Browser.Page page = officer.open("officer/case.xhtml?ref=" + ref);
        assertThat(page.body()).contains("Show this to the member in their portal");

        Browser.Page captured = officer.submitMultipart(page, "evidence", Map.of(
                "url", "https://www.instagram.com/p/shown-on-page/", "platform", "INSTAGRAM",
                "capturedText", "Captured on the page and shown.", "capturedAt", "",
                "captureMethod", "PUBLIC_PAGE_VIEWED", "captureForm", "TEXT_COPIED", "openMethodDeclared", "true",
                "shownToMember", "true"),
                Map.of(), "capture");
        assertThat(captured.body()).contains("Evidence saved.").contains("Shown to the member")
                .contains("Stop showing it to the member");
        EvidenceView item = as("chscb.officer", () -> bean(EvidenceService.class).evidenceOf(ref)).get(0);
        assertThat(item.shownToMember()).isTrue();

        Browser.Page hidden = officer.submit(captured, "disclosure", Map.of(), "items:0:hide");
        assertThat(hidden.body()).contains("The member is no longer shown this evidence.")
                .contains("Not shown to the member").contains("Show it to the member");
        assertThat(as("chscb.officer", () -> bean(EvidenceService.class).evidenceOf(ref)).get(0).shownToMember())
                .isFalse();
        assertThat(signedIn("chscb.senior").open("officer/case.xhtml?ref=" + ref).body())
                .as("seniors see the choice but do not make it").contains("Not shown to the member")
                .doesNotContain("Show it to the member");
    }

    private static List<Long> memberSees(String ref) {
        return as("chscb.member", () -> bean(EvidenceService.class).evidenceShownToMember(ref)).stream()
                .map(EvidenceShownToMember::id).toList();
    }

    private static MemberRequestView removalRequest(String ref) {
        return as("chscb.member", () -> bean(MemberRequests.class).mine()).stream()
                .filter(r -> r.caseReference().equals(ref) && r.kind() == RequestKind.REMOVAL).findFirst()
                .orElseThrow();
    }
}
