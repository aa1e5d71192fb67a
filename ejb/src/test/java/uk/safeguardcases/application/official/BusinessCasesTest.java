package uk.safeguardcases.application.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.RecordedProcesses;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.official.OfficialAccountProcess;
import uk.safeguardcases.domain.official.OfficialAccountRequest;
import uk.safeguardcases.domain.official.OfficialAccountRequestStatus;

/**
 * CHSCB authorised use 2.1: "If a safeguarding partner wishes to become an authorised user and open a new authorised
 * account, they must first produce a brief business case": a partner makes one, follows it and answers the board's
 * consultation; the board's staff read them all, another partner none. Over business cases kept in memory.
 */
class BusinessCasesTest {

    private final OfficialAccountsFixture f = new OfficialAccountsFixture();

    @BeforeEach
    void signIn() {
        CallerContext.set(f.member);
    }

    @AfterEach
    void signOut() {
        CallerContext.clear();
    }

    private OfficialAccountRequest stored(String reference) {
        return f.stored.request(reference).orElseThrow();
    }

    @Test
    void aPartnersBusinessCaseIsNumberedItsProcessStartsAndItsHandleTakesItsAt() {
        String reference = f.businessCases.request(OfficialAccountsFixture.details(" chscb_young_people "));
        String next = f.businessCases.request(OfficialAccountsFixture.details("chscb_parents"));

        assertThat(reference).isEqualTo("CHSCB-OA-2026-0001");
        assertThat(next).isEqualTo("CHSCB-OA-2026-0002");
        OfficialAccountRequest request = stored(reference);
        assertThat(request.handle()).isEqualTo("@chscb_young_people");
        assertThat(request.status()).isEqualTo(OfficialAccountRequestStatus.AWAITING_DECISION);
        assertThat(request.businessCase()).isEqualTo(OfficialAccountsFixture.BUSINESS_CASE);
        assertThat(f.processes.started.get(0)).isEqualTo(new RecordedProcesses.Started(
                OfficialAccountProcess.REQUEST, reference, Map.of(OfficialAccountProcess.REQUEST_ID, request.id(),
                        OfficialAccountProcess.REQUESTED_BY, "chscb.member")));
        assertThat(request.processInstanceId()).isEqualTo("instance-1");
        assertThat(f.timeline.recorded().get(0).detail()).isEqualTo("CHSCB-OA-2026-0001: a business case for"
                + " @chscb_young_people (X / Twitter) by Ceri Jones.");
    }

    @Test
    void aBusinessCaseWithoutItsCaseOrForAHandleTheBoardHasIsRefusedAndNothingStarts() {
        assertThatThrownBy(() -> f.businessCases.request(new OfficialAccountRequestDetails(null, " ", "", "", null,
                " "))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                .containsOnlyKeys("platform", "handle", "setUpName", "jobTitle", "businessCase"));
        f.sharedAccount();
        assertThatThrownBy(() -> f.businessCases.request(OfficialAccountsFixture.details("@LSCB_CHSCB")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The board already has an official account with that name on that platform.");
        assertThat(f.processes.started).isEmpty();
        assertThat(f.stored.requests()).isEmpty();
    }

    @Test
    void aPartnerSeesTheirOwnBusinessCasesAndTheBoardsStaffSeeEveryone() {
        String mine = f.businessCases.request(OfficialAccountsFixture.details("@chscb_young_people"));
        String theirs = CallerContext.runAs(f.otherMember, () -> f.businessCases.request(
                OfficialAccountsFixture.details("@chscb_parents")));

        assertThat(f.businessCases.myRequests()).extracting(OfficialAccountRequestView::reference)
                .containsExactly(mine);
        assertThat(f.businessCases.request(mine).requesterName()).isEqualTo("Ceri Jones");
        assertThatThrownBy(() -> f.businessCases.request(theirs)).as("another partner's")
                .isInstanceOf(NotFoundException.class)
                .hasMessage("There is no official account request " + theirs + ".");
        assertThatThrownBy(() -> f.businessCases.requests()).isInstanceOf(AccessRefusedException.class);

        CallerContext.set(f.officer);
        assertThat(f.businessCases.requests()).extracting(OfficialAccountRequestView::reference)
                .containsExactly(theirs, mine);
        assertThat(f.businessCases.request(theirs).decidable()).as("an officer does not decide").isFalse();
        CallerContext.set(f.senior);
        assertThat(f.businessCases.request(theirs).decidable()).isTrue();
        CallerContext.set(f.theirSenior);
        assertThat(f.businessCases.requests()).as("another board's").isEmpty();
        assertThatThrownBy(() -> f.businessCases.request(mine)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheRequesterAnswersTheBoardsConsultationAndOnlyWhileItWaitsForThem() {
        String reference = f.businessCases.request(OfficialAccountsFixture.details("@chscb_young_people"));
        assertThatThrownBy(() -> f.businessCases.answerConsultation(reference, "Two moderators."))
                .as("nothing asked yet").isInstanceOf(TaskAlreadyDoneException.class);
        CallerContext.runAs(f.senior, () -> f.decisions.consult(reference, "Who will moderate at weekends?"));

        CallerContext.set(f.otherMember);
        assertThatThrownBy(() -> f.businessCases.answerConsultation(reference, "Me."))
                .isInstanceOf(NotFoundException.class);
        CallerContext.set(f.member);
        assertThat(f.businessCases.request(reference).answerable()).isTrue();
        assertThatThrownBy(() -> f.businessCases.answerConsultation(reference, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsOnlyKeys("consultationAnswer"));

        f.businessCases.answerConsultation(reference, "Two trained moderators share a weekend rota.");

        assertThat(stored(reference).status()).isEqualTo(OfficialAccountRequestStatus.AWAITING_DECISION);
        assertThat(stored(reference).consultationAnswer()).isEqualTo("Two trained moderators share a weekend rota.");
        assertThat(f.processes.completed).last().isEqualTo(new RecordedProcesses.Step("instance-1",
                OfficialAccountProcess.ANSWER_CONSULTATION, "chscb.member", Map.of()));
        assertThat(f.timeline.actions()).last().isEqualTo(AuditAction.OFFICIAL_ACCOUNT_CONSULTATION_ANSWERED);
        assertThat(f.businessCases.request(reference).answerable()).isFalse();
    }

    @Test
    void anotherBoardsPartnerMayUseTheSameHandleForTheirOwnBusinessCase() {
        f.sharedAccount();
        CallerContext.set(f.theirSenior);
        assertThat(f.businessCases.request(new OfficialAccountRequestDetails(Platform.X_TWITTER, "@lscb_chscb",
                "LSCB", "Board manager", null, OfficialAccountsFixture.BUSINESS_CASE))).isEqualTo("LSCB-OA-2026-0001");
    }
}
