package uk.safeguardcases.domain.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.cases.AllegationFinding;

/**
 * A case received from another board (issue 67): kept as it came, read by its items' kinds; accepted once, linked to
 * the board's own case; declined only with a reason, which erases everything that came and keeps the fact.
 */
class ReceivedTransferTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:15:00Z");

    private static ReceivedTransfer received() {
        return ReceivedTransfer.receive(new TransferPackage("chscb", 41L, "CHSCB-2026-0042",
                LegalBasis.CROSS_BORDER_PROTOCOL, "Volunteers at a youth club in Aberdare \u200F(Sundays) 🙂",
                "Rhodri Llŷr", "Ysgol Gynradd Gymraeg Llwyncelyn", "Posted “jokes” about a pupil – [redacted]",
                "DISCIPLINARY_REFERRAL", "Found to have posted the photographs.", "SUBSTANTIATED", 2,
                List.of(ReceivedItem.allegation("CHSCB 3.5 Posting photographs (Conduct, High)", "Three posts"),
                        ReceivedItem.evidence("Evidence 1: Facebook", "The post as captured", "https://facebook.com/x",
                                "ab".repeat(32), AT.minusSeconds(3600)))), AT);
    }

    @Test
    void whatCameIsKeptAsItCameAndWaitsForADecision() {
        ReceivedTransfer received = received();

        assertThat(received.status()).isEqualTo(ReceivedStatus.AWAITING_DECISION);
        assertThat(received.fromBoard()).isEqualTo("chscb");
        assertThat(received.fromTransferId()).isEqualTo(41L);
        assertThat(received.subjectName()).isEqualTo("Rhodri Llŷr");
        assertThat(received.reason()).isEqualTo("Volunteers at a youth club in Aberdare \u200F(Sundays) 🙂");
        assertThat(received.allegations()).extracting(ReceivedItem::title)
                .containsExactly("CHSCB 3.5 Posting photographs (Conduct, High)");
        assertThat(received.evidence()).extracting(ReceivedItem::sha256).containsExactly("ab".repeat(32));
        assertThat(received.redactedPassages()).isEqualTo(2);
    }

    @Test
    void acceptedItIsLinkedToTheBoardsOwnCaseOnce() {
        ReceivedTransfer received = received();

        received.accept("cwmtaf.senior", 99L, AT);

        assertThat(received.status()).isEqualTo(ReceivedStatus.ACCEPTED);
        assertThat(received.caseId()).isEqualTo(99L);
        assertThat(received.summary()).as("kept").isNotNull();
        assertThatThrownBy(() -> received.decline("cwmtaf.senior", "Changed my mind", AT))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void declinedOnlyWithAReasonAndThenNothingThatCameIsLeft() {
        ReceivedTransfer received = received();
        assertThatThrownBy(() -> received.decline("cwmtaf.senior", "  ", AT))
                .isInstanceOf(IllegalArgumentException.class);

        received.decline("cwmtaf.senior", "Nid yw’n byw nac yn gweithio yn ein hardal", AT);

        assertThat(received.status()).isEqualTo(ReceivedStatus.DECLINED);
        assertThat(received.decisionReason()).isEqualTo("Nid yw’n byw nac yn gweithio yn ein hardal");
        assertThat(received.fromReference()).as("the fact is kept").isEqualTo("CHSCB-2026-0042");
        assertThat(received.subjectName()).isNull();
        assertThat(received.organisationName()).isNull();
        assertThat(received.summary()).isNull();
        assertThat(received.reason()).isNull();
        assertThat(received.findings()).isNull();
        assertThat(received.outcome()).isNull();
        assertThat(received.finding()).isNull();
        assertThat(received.items()).isEmpty();
        assertThatThrownBy(() -> received.accept("cwmtaf.senior", 1L, AT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aChangeAtTheSenderMarksWhatCameAndKeepsIt() {
        ReceivedTransfer received = received();
        received.accept("cwmtaf.senior", 99L, AT);

        FollowUpResult result = received.changedAtSender(new SenderChange.Told(SenderChange.FOUND,
                AllegationFinding.MALICIOUS), AT.plusSeconds(60), false, AT.plusSeconds(90));

        assertThat(result).isEqualTo(FollowUpResult.MARKED);
        assertThat(received.changes()).extracting(ReceivedChange::wordsKey).containsExactly("change.FOUND.MALICIOUS");
        assertThat(received.changes().get(0).changedAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(received.summary()).isNotNull();
        assertThat(received.status()).isEqualTo(ReceivedStatus.ACCEPTED);
    }

    @Test
    void theSendersRemovalErasesWhatCameUnlessTheBoardsLegalHoldKeepsItUntilItIsLifted() {
        ReceivedTransfer waiting = received();
        assertThat(waiting.changedAtSender(new SenderChange.Told(SenderChange.REMOVED, null), AT, true, AT))
                .as("not accepted: no case of the board's own to hold it").isEqualTo(FollowUpResult.COPY_REMOVED);
        assertThat(waiting.status()).isEqualTo(ReceivedStatus.REMOVED);
        assertThat(waiting.summary()).isNull();
        assertThat(waiting.items()).isEmpty();
        assertThatThrownBy(() -> waiting.accept("cwmtaf.senior", 99L, AT)).isInstanceOf(IllegalStateException.class);

        ReceivedTransfer held = received();
        held.accept("cwmtaf.senior", 99L, AT);
        assertThat(held.changedAtSender(new SenderChange.Told(SenderChange.REMOVED, null), AT, true, AT))
                .isEqualTo(FollowUpResult.COPY_KEPT_UNDER_HOLD);
        assertThat(held.keptUnderHold()).isTrue();
        assertThat(held.summary()).isNotNull();
        assertThat(held.eraseIfReleased(true, AT)).as("still held").isFalse();
        assertThat(held.eraseIfReleased(false, AT.plusSeconds(5))).isTrue();
        assertThat(held.status()).isEqualTo(ReceivedStatus.REMOVED);
        assertThat(held.subjectName()).isNull();
        assertThat(held.items()).isEmpty();
        assertThat(held.erasedAt()).isEqualTo(AT.plusSeconds(5));
        assertThat(held.changes()).extracting(ReceivedChange::kind).as("the fact stays")
                .containsExactly(SenderChange.REMOVED);
        assertThat(held.eraseIfReleased(false, AT)).as("once").isFalse();
    }

    @Test
    void aDeclinedCopyHoldsNothingToMark() {
        ReceivedTransfer received = received();
        received.decline("cwmtaf.senior", "Not ours", AT);

        assertThat(received.changedAtSender(new SenderChange.Told(SenderChange.REOPENED, null), AT, false, AT))
                .isEqualTo(FollowUpResult.NOTHING_HELD);
        assertThat(received.changes()).isEmpty();
        assertThat(received.erasedAt()).isEqualTo(AT);
    }
}
