package uk.safeguardcases.domain.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A case sent to another board, on the sending side (issue 67): it never goes to its own board nor without a reason;
 * a second senior manager, never the one who proposed it, checks it when the board's rule asks, and a refusal says
 * why; its sending and the other board's answer are recorded once however often they arrive.
 */
class CaseTransferTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:15:00Z");

    private static CaseTransfer proposed(boolean secondSenior) {
        return CaseTransfer.propose(7L, "CHSCB-2026-0042", "chscb", "cwmtaf", LegalBasis.DUTY_TO_SHARE,
                "Mae’n gwirfoddoli yng Nghlwb Pêl-droed Aberdâr – “Sul”", true, List.of(3, 1, 3), "Ann Ŵyn\nTŷ Coch",
                "chscb.senior", AT, secondSenior);
    }

    @Test
    void withoutACheckItIsBeingSentAtOnceAndItsEvidenceIsEachNumberOnceInOrder() {
        CaseTransfer transfer = proposed(false);

        assertThat(transfer.status()).isEqualTo(TransferStatus.SENDING);
        assertThat(transfer.evidenceNumbers()).containsExactly(1, 3);
        assertThat(transfer.reason()).isEqualTo("Mae’n gwirfoddoli yng Nghlwb Pêl-droed Aberdâr – “Sul”");
        assertThat(transfer.mayBeCheckedBy("chscb.senior2")).as("nothing to check").isFalse();
    }

    @Test
    void itGoesNeitherToItsOwnBoardNorWithoutAReason() {
        assertThatThrownBy(() -> CaseTransfer.propose(7L, "CHSCB-2026-0042", "chscb", "chscb",
                LegalBasis.DUTY_TO_SHARE, "Moved", false, List.of(), null, "chscb.senior", AT, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaseTransfer.propose(7L, "CHSCB-2026-0042", "chscb", "nscb",
                LegalBasis.DUTY_TO_SHARE, " ", false, List.of(), null, "chscb.senior", AT, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSecondSeniorManagerNotTheProposerChecksItAndARefusalSaysWhy() {
        CaseTransfer transfer = proposed(true);
        assertThat(transfer.status()).isEqualTo(TransferStatus.AWAITING_CHECK);
        assertThat(transfer.mayBeCheckedBy("chscb.senior")).as("the proposer").isFalse();
        assertThat(transfer.mayBeCheckedBy("chscb.senior2")).isTrue();
        assertThatThrownBy(() -> transfer.agree("chscb.senior", null, AT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> transfer.refuse("chscb.senior2", " ", AT))
                .isInstanceOf(IllegalArgumentException.class);

        transfer.refuse("chscb.senior2", "Not yet: the LADO meets on Friday", AT);

        assertThat(transfer.status()).isEqualTo(TransferStatus.REFUSED_AT_CHECK);
        assertThat(transfer.status().settled()).isTrue();
        assertThat(transfer.checkedBy()).isEqualTo("chscb.senior2");
        assertThat(transfer.checkNote()).isEqualTo("Not yet: the LADO meets on Friday");
        assertThatThrownBy(() -> transfer.agree("chscb.senior2", null, AT))
                .as("checked once").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> transfer.sent(AT)).as("nothing goes").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void agreedItGoesAndItsSendingAndTheAnswerAreRecordedOnce() {
        CaseTransfer transfer = proposed(true);
        transfer.agree("chscb.senior2", "", AT);
        assertThat(transfer.status()).isEqualTo(TransferStatus.SENDING);
        assertThat(transfer.checkNote()).as("an empty note is none").isNull();
        assertThatThrownBy(() -> transfer.decided(true, "", "CTSB-2026-0001", AT))
                .as("not sent yet").isInstanceOf(IllegalStateException.class);

        assertThat(transfer.sent(AT)).isTrue();
        assertThat(transfer.sent(AT.plusSeconds(5))).as("a retried delivery").isFalse();
        assertThat(transfer.sentAt()).isEqualTo(AT);
        assertThat(transfer.status().settled()).isFalse();

        assertThat(transfer.decided(true, "", "CTSB-2026-0001", AT.plusSeconds(60))).isTrue();
        assertThat(transfer.decided(true, "", "CTSB-2026-0001", AT.plusSeconds(90))).as("a retried answer").isFalse();
        assertThat(transfer.status()).isEqualTo(TransferStatus.ACCEPTED);
        assertThat(transfer.receivedReference()).isEqualTo("CTSB-2026-0001");
        assertThat(transfer.decidedAt()).isEqualTo(AT.plusSeconds(60));
    }

    @Test
    void aDeclinedOneKeepsTheirReasonAndNoReference() {
        CaseTransfer transfer = proposed(false);
        transfer.sent(AT);

        transfer.decided(false, "Nid yw’n gweithio yn ein hardal – £0 cost", "ignored", AT);

        assertThat(transfer.status()).isEqualTo(TransferStatus.DECLINED);
        assertThat(transfer.decisionReason()).isEqualTo("Nid yw’n gweithio yn ein hardal – £0 cost");
        assertThat(transfer.receivedReference()).isNull();
    }

    @Test
    void theMemberIsToldAsTheBoardsRuleSaysUnlessTellingThemWouldPrejudiceAnEnquiry() {
        CaseTransfer told = proposed(false);
        told.memberNotice(true, "  ");
        assertThat(told.tellMember()).isTrue();
        assertThat(told.memberNotToldReason()).isNull();
        assertThat(told.memberTold(AT)).isTrue();
        assertThat(told.memberTold(AT.plusSeconds(1))).as("once").isFalse();
        assertThat(told.memberToldAt()).isEqualTo(AT);

        CaseTransfer prejudice = proposed(false);
        prejudice.memberNotice(true, " A police enquiry – “cyfrinachol” ");
        assertThat(prejudice.tellMember()).isFalse();
        assertThat(prejudice.memberNotToldReason()).isEqualTo("A police enquiry – “cyfrinachol”");
        assertThat(prejudice.memberTold(AT)).isFalse();

        CaseTransfer byRule = proposed(false);
        byRule.memberNotice(false, "not asked for");
        assertThat(byRule.tellMember()).isFalse();
        assertThat(byRule.memberNotToldReason()).as("the rule needs no reason").isNull();
    }
}
