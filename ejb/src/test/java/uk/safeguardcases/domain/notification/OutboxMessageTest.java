package uk.safeguardcases.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    @Test
    void eachRetryWaitsTwiceAsLongAsTheOneBefore() {
        assertThat(OutboxMessage.backOff(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(OutboxMessage.backOff(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(OutboxMessage.backOff(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(OutboxMessage.backOff(7)).isEqualTo(Duration.ofSeconds(128));
    }

    @Test
    void noRetryWaitsLongerThanFiveMinutesHoweverOftenItFailed() {
        assertThat(OutboxMessage.backOff(8)).isEqualTo(Duration.ofSeconds(256));
        assertThat(OutboxMessage.backOff(9)).isEqualTo(Duration.ofMinutes(5));
        assertThat(OutboxMessage.backOff(1000)).isEqualTo(Duration.ofMinutes(5));
        assertThat(OutboxMessage.backOff(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aNewMessageIsDueAtOnceAndNotYetTried() {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        OutboxMessage message = OutboxMessage.queue(7L, Notice.REFERRAL_SENT, "hr@example.org", "CHSCB-2026-0001: x",
                "body", now);
        assertThat(message.nextAttemptAt()).isEqualTo(now);
        assertThat(message.attempts()).isZero();
        assertThat(message.sentAt()).isNull();
    }

    @Test
    void aMessageStillBeingTriedIsNeitherTriedAgainByHandNorDealtWithAnotherWay() {
        OutboxMessage message = OutboxMessage.queue(7L, Notice.REFERRAL_SENT, "hr@example.org", "CHSCB-2026-0001: x",
                "body", Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(message.givenUp()).isFalse();
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> message.tryAgain(Instant.parse("2026-03-02T10:00:00Z")));
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> message.dealtWith("chscb.senior", Instant.parse("2026-03-02T10:00:00Z")));
        assertThat(message.dealtWithAt()).isNull();
    }
}
