package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.administration.BoardSettings;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.CaseStatus;

/**
 * The fixtures every IT builds its data with: a case of any board is walked to any step of the investigation, and
 * a board of a test's own runs cases as the board it copies, out of every other board's sight.
 */
@ExtendWith(ArquillianExtension.class)
class CaseFixturesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(CaseFixturesIT.class);
    }

    @Test
    void aCaseOfEveryBoardIsWalkedThroughTheWholeInvestigationToItsClosure() {
        for (String board : List.of("chscb", "nscb", "cwmtaf", "lscb")) {
            CaseFixtures.WalkedCase walked = CaseFixtures.a(board).about("Siân Llywelyn")
                    .alleging("Posted a photograph of a family at the Eisteddfod without their consent.")
                    .withEvidence(CaseFixtures.textPost("“Look who I met at work” – a family’s photograph."))
                    .at(CaseStatus.CLOSED);

            assertThat(CaseFixtures.stepOf(board, walked.reference())).as(board).isEqualTo(CaseStatus.CLOSED);
            assertThat(walked.evidence()).as(board).hasSize(1);
            assertThat(as(board + ".officer", () -> bean(CaseService.class).timelineOf(walked.reference())))
                    .extracting(TimelineLine::action).as(board)
                    .contains("Triage recorded", "Investigation authorised", "Evidence gathered", "Case closed");
        }
    }

    @Test
    void aCaseIsLeftAtTheStepAskedFor() {
        for (CaseStatus step : CaseStatus.values()) {
            String ref = CaseFixtures.a("chscb").about("Gwenllian " + step.label()).at(step).reference();
            assertThat(CaseFixtures.stepOf("chscb", ref)).isEqualTo(step);
        }
        String more = CaseFixtures.a("nscb").about("Iolo Amser").moreTimeGiven("I am in hospital until Friday.",
                "Reasonable: in hospital.").at(CaseStatus.AWAITING_COOPERATION).reference();
        assertThat(as("nscb.officer", () -> bean(CaseService.class).timelineOf(more)))
                .anyMatch(l -> l.action().equals("More time given") && l.detail().endsWith("Reasonable: in hospital."));
    }

    @Test
    void aBoardOfATestsOwnRunsCasesLikeTheBoardItCopiesAndNoOtherBoardSeesThem() {
        TestBoard board = TestBoard.like("nscb");
        assertThat(as(board.admin(), () -> bean(BoardSettings.class).deadlines()))
                .isEqualTo(as("nscb.admin", () -> bean(BoardSettings.class).deadlines()));

        String ref = CaseFixtures.a(board.id()).about("Nia Newydd").at(CaseStatus.CLOSED).reference();

        assertThat(CaseFixtures.stepOf(board.id(), ref)).isEqualTo(CaseStatus.CLOSED);
        assertThat(as("nscb.officer", () -> bean(CaseService.class).boardCases()))
                .noneMatch(c -> c.reference().equals(ref));
        assertThrows(NotFoundException.class,
                () -> as("nscb.officer", () -> bean(CaseService.class).findByReference(ref)));
    }
}
