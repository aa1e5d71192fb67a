package uk.safeguardcases.domain.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.evidence.Platform;

/**
 * A business case for an official account (CHSCB authorised use 2.2): decided by someone other than who asked, after
 * further consultation with them if needed.
 */
class OfficialAccountRequestTest {

    private static final Instant ASKED = Instant.parse("2026-02-02T10:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-02-04T10:00:00Z");

    private static OfficialAccountRequest asked() {
        return new OfficialAccountRequest("CHSCB-OA-2026-0001", "chscb.member", ASKED, Platform.INSTAGRAM,
                "@chscb_young_people", "CHSCB Young People", "Participation Officer", "Official account",
                "To reach young people where they are.");
    }

    @Test
    void nobodyDecidesTheirOwnBusinessCase() {
        OfficialAccountRequest request = asked();
        assertThat(request.decidableBy("chscb.member")).isFalse();
        assertThat(request.decidableBy("chscb.senior")).isTrue();
        assertThatThrownBy(() -> request.approve("chscb.member", DECIDED, "Fine", 9L))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Four eyes: CHSCB-OA-2026-0001 cannot be decided by who asked for it");
        assertThatThrownBy(() -> request.refuse("chscb.member", DECIDED, "No"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("Four eyes");
        assertThat(request.status()).isEqualTo(OfficialAccountRequestStatus.AWAITING_DECISION);
        assertThat(request.decidedBy()).isNull();
    }

    @Test
    void anApprovedBusinessCaseRegistersItsAccount() {
        OfficialAccountRequest request = asked();
        request.approve("chscb.senior", DECIDED, "A clear business case", 9L);
        assertThat(request.status()).isEqualTo(OfficialAccountRequestStatus.APPROVED);
        assertThat(request.status().open()).isFalse();
        assertThat(request.accountId()).isEqualTo(9L);
        assertThat(request.decidedBy()).isEqualTo("chscb.senior");
        assertThat(request.decidedAt()).isEqualTo(DECIDED);
        assertThat(request.decisionNote()).isEqualTo("A clear business case");
    }

    @Test
    void aConsultationWaitsForTheRequestersAnswerBeforeItIsDecided() {
        OfficialAccountRequest request = asked();
        request.consult("chscb.senior", "Who will moderate comments at weekends?");
        assertThat(request.status()).isEqualTo(OfficialAccountRequestStatus.IN_CONSULTATION);
        assertThat(request.status().open()).isTrue();
        assertThat(request.consultedBy()).isEqualTo("chscb.senior");
        assertThat(request.consultationQuestion()).isEqualTo("Who will moderate comments at weekends?");
        assertThatThrownBy(() -> request.approve("chscb.senior", DECIDED, "Fine", 9L))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Official account request CHSCB-OA-2026-0001 is IN_CONSULTATION");

        request.answerConsultation("Two trained moderators share a rota.");
        assertThat(request.status()).isEqualTo(OfficialAccountRequestStatus.AWAITING_DECISION);
        assertThat(request.consultationAnswer()).isEqualTo("Two trained moderators share a rota.");
        request.refuse("chscb.senior", DECIDED, "The board's main account covers this");
        assertThat(request.status()).isEqualTo(OfficialAccountRequestStatus.REFUSED);
        assertThat(request.decisionNote()).isEqualTo("The board's main account covers this");
    }

    @Test
    void aDecidedBusinessCaseIsNotDecidedOrConsultedOnAgain() {
        OfficialAccountRequest request = asked();
        request.refuse("chscb.senior", DECIDED, "No");
        assertThatThrownBy(() -> request.approve("chscb.senior2", DECIDED.plusSeconds(60), "Yes", 9L))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Official account request CHSCB-OA-2026-0001 is REFUSED");
        assertThatThrownBy(() -> request.consult("chscb.senior2", "?")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> request.answerConsultation("!"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Official account request CHSCB-OA-2026-0001 is REFUSED");
        assertThat(request.status()).isEqualTo(OfficialAccountRequestStatus.REFUSED);
        assertThat(request.decidedBy()).isEqualTo("chscb.senior");
        assertThat(request.accountId()).isNull();
    }

    @Test
    void onlyTheRequesterAnswersAConsultationAndOnlyWhileItIsWithThem() {
        OfficialAccountRequest request = asked();
        assertThat(request.awaitingDecision()).isTrue();
        assertThat(request.madeBy("chscb.member")).isTrue();
        assertThat(request.answerableBy("chscb.member")).as("nothing asked yet").isFalse();
        request.consult("chscb.senior", "Who will moderate comments at weekends?");
        assertThat(request.awaitingDecision()).isFalse();
        assertThat(request.answerableBy("chscb.member")).isTrue();
        assertThat(request.answerableBy("chscb.senior")).isFalse();
        request.answerConsultation("Two trained moderators share a rota.");
        assertThat(request.answerableBy("chscb.member")).as("answered").isFalse();
        assertThat(request.awaitingDecision()).isTrue();
    }
}
