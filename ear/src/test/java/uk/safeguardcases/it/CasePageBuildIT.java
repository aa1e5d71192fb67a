package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.domain.cases.CaseStatus;

/**
 * Issue 61, "Build only what the person sees": the case page builds the forms of the step the case is in, not every
 * step's. A form shown before the case moved on (a colleague did the step) is answered in plain words on the case as
 * it now is, with the form of the step it is in now; a form refused for what was typed keeps what was typed.
 */
@ExtendWith(ArquillianExtension.class)
class CasePageBuildIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(CasePageBuildIT.class);
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
