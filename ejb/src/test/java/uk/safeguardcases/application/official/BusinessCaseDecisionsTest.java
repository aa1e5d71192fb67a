package uk.safeguardcases.application.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.RecordedProcesses;
import uk.safeguardcases.application.audit.RecordedTimeline;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.official.OfficialAccount;
import uk.safeguardcases.domain.official.OfficialAccountDecision;
import uk.safeguardcases.domain.official.OfficialAccountProcess;
import uk.safeguardcases.domain.official.OfficialAccountRequest;
import uk.safeguardcases.domain.official.OfficialAccountRequestStatus;

/**
 * CHSCB authorised use 2.2-2.4: the board decides a business case by a senior manager who did not make it (four
 * eyes): approved, registering the account with its profile picture checked; further consultation with the requester
 * first; or refused with a reason. Decided once. Over business cases kept in memory.
 */
class BusinessCaseDecisionsTest {

    private final OfficialAccountsFixture f = new OfficialAccountsFixture();
    private String reference;

    @BeforeEach
    void aPartnerAsks() {
        CallerContext.set(f.member);
        reference = f.businessCases.request(OfficialAccountsFixture.details("@chscb_young_people"));
        CallerContext.set(f.senior);
    }

    @AfterEach
    void signOut() {
        CallerContext.clear();
    }

    private OfficialAccountRequest stored(String ref) {
        return f.stored.request(ref).orElseThrow();
    }

    @Test
    void theSeniorWhoDecidesIsNeverTheOneWhoAsked() {
        String own = f.businessCases.request(OfficialAccountsFixture.details("@chscb_senior_manager"));

        assertThatThrownBy(() -> f.decisions.approve(own, "Fine", true)).isInstanceOf(AccessRefusedException.class)
                .hasMessage("You asked for this account, so someone else must decide on it.");
        assertThatThrownBy(() -> f.decisions.consult(own, "?")).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> f.decisions.refuse(own, "No")).isInstanceOf(AccessRefusedException.class);
        assertThat(f.businessCases.request(own).decidable()).isFalse();
        assertThat(f.processes.completed).isEmpty();
        CallerContext.set(f.officer);
        assertThatThrownBy(() -> f.decisions.refuse(reference, "No")).as("a senior manager's decision")
                .isInstanceOf(AccessRefusedException.class);

        CallerContext.set(f.otherSenior);
        f.decisions.approve(own, "A clear case", true);
        assertThat(stored(own).decidedBy()).isEqualTo("chscb.senior2");
    }

    @Test
    void anApprovalRegistersTheAccountAsAskedWithItsPictureCheckedByTheDecider() {
        assertThatThrownBy(() -> f.decisions.approve(reference, "Fine", false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Tick that the profile picture is a head and shoulders image.");

        long id = f.decisions.approve(reference, "A clear business case", true);

        OfficialAccount account = f.stored.account(id).orElseThrow();
        assertThat(account.handle()).isEqualTo("@chscb_young_people");
        assertThat(account.owner()).as("the requester owns it").isEqualTo("chscb.member");
        assertThat(account.pictureCheckedBy()).isEqualTo("chscb.senior");
        assertThat(account.shared()).isFalse();
        assertThat(stored(reference).status()).isEqualTo(OfficialAccountRequestStatus.APPROVED);
        assertThat(stored(reference).accountId()).isEqualTo(id);
        assertThat(f.processes.completed).singleElement().isEqualTo(new RecordedProcesses.Step("instance-1",
                OfficialAccountProcess.DECIDE, "chscb.senior", Map.of(OfficialAccountProcess.DECISION,
                OfficialAccountDecision.APPROVED.name())));
        assertThat(f.timeline.recorded()).extracting(RecordedTimeline.Recorded::detail).endsWith(
                "CHSCB-OA-2026-0001: approved by Gwenllian Morgan.",
                "@chscb_young_people (X / Twitter) registered, set up as Ceri Jones, Designated Officer;"
                        + " head-and-shoulders profile picture checked by Gwenllian Morgan.");
        assertThatThrownBy(() -> f.decisions.refuse(reference, "Too late")).as("decided once")
                .isInstanceOf(TaskAlreadyDoneException.class);
    }

    @Test
    void aConsultationGoesBackToTheRequesterAndTheAnswerIsDecidedAgain() {
        assertThatThrownBy(() -> f.decisions.consult(reference, " ")).isInstanceOf(InvalidInputException.class);
        f.decisions.consult(reference, "Who will moderate comments at weekends?");
        assertThat(stored(reference).status()).isEqualTo(OfficialAccountRequestStatus.IN_CONSULTATION);
        assertThatThrownBy(() -> f.decisions.approve(reference, "Fine", true)).as("with the requester")
                .isInstanceOf(TaskAlreadyDoneException.class);

        CallerContext.runAs(f.member, () -> f.businessCases.answerConsultation(reference, "Two moderators."));
        f.decisions.refuse(reference, "The board's shared account covers this.");

        assertThat(stored(reference).status()).isEqualTo(OfficialAccountRequestStatus.REFUSED);
        assertThat(stored(reference).decisionNote()).isEqualTo("The board's shared account covers this.");
        assertThat(f.processes.completed).extracting(s -> s.variables().get(OfficialAccountProcess.DECISION))
                .containsExactly("FURTHER_CONSULTATION", null, "REFUSED");
        assertThat(f.timeline.actions()).containsExactly(AuditAction.OFFICIAL_ACCOUNT_REQUESTED,
                AuditAction.OFFICIAL_ACCOUNT_CONSULTATION, AuditAction.OFFICIAL_ACCOUNT_CONSULTATION_ANSWERED,
                AuditAction.OFFICIAL_ACCOUNT_REFUSED);
        assertThat(f.stored.accounts()).isEmpty();
    }

    @Test
    void aRefusalGivesItsReasonAndAnAccountRegisteredMeanwhileIsNotRegisteredTwice() {
        assertThatThrownBy(() -> f.decisions.refuse(reference, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("decisionNote", "Give the reason for refusing."));
        f.register.register(Platform.X_TWITTER, "@CHSCB_Young_People",
                "chscb.senior", "CHSCB", "Board manager", null, false, true);
        assertThatThrownBy(() -> f.decisions.approve(reference, "Fine", true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsEntry("decisionNote",
                                "The board already has an official account with that name on that platform."));
        assertThat(stored(reference).awaitingDecision()).isTrue();
    }

    @Test
    void aDecisionAnotherTabTookFirstIsSaidToBeDoneAlready() {
        f.processes.doneElsewhere.add(stored(reference).processInstanceId());
        assertThatThrownBy(() -> f.decisions.refuse(reference, "No")).isInstanceOf(TaskAlreadyDoneException.class)
                .hasMessage("That task of CHSCB-OA-2026-0001 is no longer open.");
        assertThat(stored(reference).status()).isEqualTo(OfficialAccountRequestStatus.AWAITING_DECISION);
    }
}
