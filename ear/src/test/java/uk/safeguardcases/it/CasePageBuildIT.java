package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.SubjectAction;

/**
 * Issue 61, "Build only what the person sees": the case page builds the forms of the step the case is in, not every
 * step's. A form shown before the case moved on (a colleague did the step) is answered in plain words on the case as
 * it now is, with the form of the step it is in now; a form refused for what was typed keeps what was typed. A long
 * timeline shows its latest entries, every one on asking.
 */
@ExtendWith(ArquillianExtension.class)
class CasePageBuildIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(CasePageBuildIT.class);
    }

    @Test
    void aStaleStepsFormIsAnsweredOnTheCaseAsItNowIsWithTheNextStepsForm() {
        TestBoard board = TestBoard.like("chscb");
        String ref = CaseFixtures.raise(board.id(), "Pryderi Build", "A post naming a pupil at the school gate.");
        Browser officer = CaseFixtures.signedIn(board.officer());
        Browser.Page page = officer.open("officer/case.xhtml?ref=" + ref);
        assertThat(page.body()).contains("id=\"triage\"").doesNotContain("id=\"lado\"")
                .doesNotContain("id=\"authorisation\"");

        // Triaged meanwhile (in another window), the harm threshold met: the case waits for the LADO referral.
        CaseFixtures.triage(board.id(), ref, true);
        CaseFixtures.awaitStep(board.id(), ref, CaseStatus.AWAITING_LADO_REFERRAL);

        Browser.Page refused = officer.submit(page, "triage", Map.of("decision", "INVESTIGATE",
                "note", "Triaged from a page opened before."), "record");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Triage of " + ref + " was already done by ")
                .doesNotContain("Something went wrong").doesNotContain("Exception:");
        assertThat(refused.body()).as("the step it is in now has its form; the one done has gone")
                .contains("id=\"lado\"").doesNotContain("id=\"triage\"");
        assertThat(CaseFixtures.stepOf(board.id(), ref)).isEqualTo(CaseStatus.AWAITING_LADO_REFERRAL);
    }

    /**
     * A long timeline shows its latest 50 entries, says how many it has, and shows all of them when asked; another
     * board's officer asking for all of it gets what any other address of the case gives them: not found.
     */
    @Test
    void aLongTimelineShowsItsLatestEntriesAndEveryEntryOnAsking() {
        TestBoard board = TestBoard.like("chscb");
        String ref = CaseFixtures.raise(board.id(), "Pryderi Timeline", "A post naming a pupil outside the library.");
        Long caseId = CaseFixtures.as(board.officer(),
                () -> CaseFixtures.bean(CaseService.class).findByReference(ref).id());
        int already = CaseFixtures.as(board.officer(), () -> CaseFixtures.bean(CaseService.class).timelineOf(ref)).size();
        int total = 62;
        for (int n = already + 1; n <= total; n++) {
            String detail = "Entry " + n + " – ŵ ŷ “moved” £" + n;
            CaseFixtures.as(board.officer(), () -> CaseFixtures.bean(TimelineService.class).record(caseId,
                    SubjectAction.MOVED_TO_ORGANISATION, detail));
        }
        Browser officer = CaseFixtures.signedIn(board.officer());

        String cut = officer.open("officer/case.xhtml?ref=" + ref).body();
        assertThat(rows(cut)).as("the latest 50 rows").isEqualTo(50);
        assertThat(cut).contains("The latest 50 of its 62 entries, oldest first.").contains("Show all 62 entries")
                .contains("Entry 62 – ŵ ŷ “moved” £62").contains("Entry 13 – ").doesNotContain("Entry 12 – ");
        assertThat(cut.indexOf("Entry 13 – ")).as("oldest first").isLessThan(cut.indexOf("Entry 62 – "));

        // The page's own link to every entry, as a person follows it.
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("id=\"timeline-all\" href=\"/?([^\"#]*)")
                .matcher(cut);
        assertThat(link.find()).as("the link to every entry").isTrue();
        String wholeTimeline = link.group(1).replace("&amp;", "&");
        assertThat(wholeTimeline).contains("timeline=all").contains(ref);
        Browser.Page all = officer.open(wholeTimeline);
        assertThat(all.status()).isEqualTo(200);
        assertThat(rows(all.body())).as("every entry").isEqualTo(total);
        assertThat(all.body()).doesNotContain("id=\"timeline-cut\"").contains("Entry " + (already + 1) + " – ")
                .contains("Entry 62 – ");
        assertThat(all.body().indexOf("Entry " + (already + 1) + " – ")).as("oldest first")
                .isLessThan(all.body().indexOf("Entry 62 – "));

        Browser stranger = CaseFixtures.signedIn(TestBoard.like("chscb").officer());
        Browser.Page refused = stranger.open(wholeTimeline);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("Entry 62").doesNotContain("Pryderi Timeline");
    }

    /** The rows of the case page's timeline table. */
    private static int rows(String page) {
        String table = page.substring(page.indexOf("id=\"timeline\""), page.indexOf("</table>", page.indexOf("id=\"timeline\"")));
        return table.split("<tr><td>", -1).length - 1;
    }

    @Test
    void aFormRefusedForWhatWasTypedKeepsItOnTheSamePage() {
        TestBoard board = TestBoard.like("chscb");
        String ref = CaseFixtures.raise(board.id(), "Pryderi Typed", "A post naming a pupil at the bus stop.");
        CaseFixtures.triage(board.id(), ref, true);
        CaseFixtures.awaitStep(board.id(), ref, CaseStatus.AWAITING_LADO_REFERRAL);
        Browser officer = CaseFixtures.signedIn(board.officer());
        Browser.Page page = officer.open("officer/case.xhtml?ref=" + ref);
        assertThat(page.body()).contains("id=\"lado\"").doesNotContain("id=\"triage\"");

        // Nothing chosen: refused field by field, the page as it was.
        Browser.Page refused = officer.submit(page, "allegation", Map.of("particulars", "Kept as typed: Ysgol Bro Taf."),
                "add");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Kept as typed: Ysgol Bro Taf.").contains("id=\"lado\"")
                .doesNotContain("Something went wrong");
        assertThat(CaseFixtures.stepOf(board.id(), ref)).isEqualTo(CaseStatus.AWAITING_LADO_REFERRAL);
    }
}
