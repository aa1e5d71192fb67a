package uk.safeguardcases.domain.dpcomplaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The complaint's own rules (DPA 2018 s.164A and the ICO's guidance), without a server. */
class DataProtectionComplaintTest {

    /** 23:30 in London on 31 March 2026 (BST began on the 29th): still the 31st there. */
    private static final Instant LATE_EVENING = Instant.parse("2026-03-31T22:30:00Z");

    private static DataProtectionComplaint received(Instant at) {
        return DataProtectionComplaint.receive("CTSB-DP-2026-0001", "digest", "Rhannwyd fy nghyfeiriad – “heb ganiatâd” 🙁",
                "Gwenllïan Ŵyn", "gwen@example.org", null, null, "cy", "Dafydd ap Gwilym", "dpo@example.org", at);
    }

    @Test
    void theThirtyDaysStartTheDayAfterReceiptInLondonsCalendar() {
        DataProtectionComplaint complaint = received(LATE_EVENING);
        assertThat(complaint.acknowledgeBy()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(complaint.escalateAt()).isEqualTo(Instant.parse("2026-04-30T08:00:00Z"));
        assertThat(complaint.reminderAt()).isEqualTo(Instant.parse("2026-04-23T08:00:00Z"));
    }

    @Test
    void anAcknowledgementOnTheLastDayIsInTimeAndTheNextDayIsLate() {
        DataProtectionComplaint onTime = received(LATE_EVENING);
        onTime.acknowledge("cwmtaf.officer", Instant.parse("2026-04-30T22:59:00Z"));
        assertThat(onTime.acknowledgedInTime()).isTrue();
        DataProtectionComplaint late = received(LATE_EVENING);
        late.acknowledge("cwmtaf.officer", Instant.parse("2026-04-30T23:00:00Z"));
        assertThat(late.acknowledgedInTime()).isFalse();
    }

    @Test
    void theReminderAndEscalationHappenOnceAndNeverOnceAcknowledged() {
        DataProtectionComplaint complaint = received(LATE_EVENING);
        assertThat(complaint.remind(complaint.reminderAt())).isTrue();
        assertThat(complaint.remind(complaint.reminderAt().plusSeconds(5))).isFalse();
        assertThat(complaint.escalate(complaint.escalateAt())).isTrue();
        assertThat(complaint.escalate(complaint.escalateAt())).isFalse();
        assertThat(complaint.entries()).extracting(ComplaintEntry::getKind)
                .containsExactly("RECEIVED", "REMINDED", "ESCALATED");

        DataProtectionComplaint acknowledged = received(LATE_EVENING);
        acknowledged.acknowledge("cwmtaf.senior", LATE_EVENING.plusSeconds(60));
        assertThat(acknowledged.remind(acknowledged.reminderAt())).isFalse();
        assertThat(acknowledged.escalate(acknowledged.escalateAt())).isFalse();
    }

    @Test
    void stepsThenTheOutcomeAndNothingAfterTheOutcome() {
        DataProtectionComplaint complaint = received(LATE_EVENING);
        complaint.acknowledge("cwmtaf.officer", LATE_EVENING.plusSeconds(60));
        assertThatThrownBy(() -> complaint.acknowledge("cwmtaf.officer", LATE_EVENING.plusSeconds(61)))
                .isInstanceOf(IllegalStateException.class);
        complaint.recordStep("cwmtaf.officer", LATE_EVENING.plusSeconds(120), "Gofynnwyd i’r tîm TG – £0 cost");
        complaint.close(ComplaintOutcome.PARTLY_UPHELD, "Ymddiheurwn.", "cwmtaf.senior",
                Instant.parse("2026-05-10T10:00:00Z"));
        assertThat(complaint.keepUntil()).isEqualTo(LocalDate.of(2028, 5, 10));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThatThrownBy(() -> complaint.recordStep("cwmtaf.officer", Instant.parse("2026-05-11T10:00:00Z"),
                "Rhagor")).isInstanceOf(IllegalStateException.class);
        assertThat(complaint.entries()).extracting(ComplaintEntry::getKind)
                .containsExactly("RECEIVED", "ACKNOWLEDGED", "STEP", "OUTCOME");
        assertThat(complaint.entries().get(2).getWords()).isEqualTo("Gofynnwyd i’r tîm TG – £0 cost");
    }

    @Test
    void anOutcomeToldWithinTheThirtyDaysIsTheAcknowledgementAndNothingIsRemindedOrEscalatedAfter() {
        DataProtectionComplaint complaint = received(LATE_EVENING);
        Instant told = LATE_EVENING.plusSeconds(3600 * 24 * 12);
        complaint.close(ComplaintOutcome.NOT_UPHELD, "Ni chanfuwyd dim – “dim byd” 🙂", "cwmtaf.officer", told);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.isAcknowledged()).isTrue();
        assertThat(complaint.acknowledgedInTime()).isTrue();
        assertThat(complaint.remind(complaint.reminderAt())).isFalse();
        assertThat(complaint.escalate(complaint.escalateAt())).isFalse();
        assertThat(complaint.entries()).extracting(ComplaintEntry::getKind)
                .containsExactly("RECEIVED", "ACKNOWLEDGED", "OUTCOME");
    }
}
