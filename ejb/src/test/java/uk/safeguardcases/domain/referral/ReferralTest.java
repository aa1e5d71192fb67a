package uk.safeguardcases.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.deadline.Deadline;
import uk.safeguardcases.domain.deadline.DeadlineState;

/** The disciplinary referral to the HR partner (CHSCB 6.2), without a server. */
class ReferralTest {

    private static final Instant SENT = Instant.parse("2026-05-11T09:00:00Z");
    private static final Instant REMINDER = Instant.parse("2026-05-14T16:00:00Z");
    private static final Instant DUE = Instant.parse("2026-05-18T16:00:00Z");

    private static Referral sent() {
        return Referral.send(7L, 3L, ReferralKind.DISCIPLINARY_REFERRAL, "chscb.senior", SENT, Deadline.due(DUE, REMINDER));
    }

    @Test
    void aReferralIsSentApprovedByASeniorAndAwaitsTheHrPartnersAcknowledgementByItsDeadline() {
        Referral referral = sent();
        assertThat(referral.caseId()).isEqualTo(7L);
        assertThat(referral.organisationId()).isEqualTo(3L);
        assertThat(referral.kind()).isEqualTo(ReferralKind.DISCIPLINARY_REFERRAL);
        assertThat(referral.approvedBy()).isEqualTo("chscb.senior");
        assertThat(referral.sentAt()).isEqualTo(SENT);
        assertThat(referral.acknowledgementDue()).isEqualTo(DUE);
        assertThat(referral.status()).isEqualTo(ReferralStatus.AWAITING_ACKNOWLEDGEMENT);
        assertThat(referral.status().isOpen()).isTrue();
        assertThat(referral.acknowledgeBy().stateAt(REMINDER, referral.acknowledgedAt()))
                .isEqualTo(DeadlineState.DUE_SOON);
    }

    @Test
    void theAcknowledgementReminderIsSentOnceHoweverOftenItsJobRuns() {
        Referral referral = sent();
        assertThat(referral.remind(REMINDER)).isTrue();
        assertThat(referral.remind(REMINDER.plusSeconds(30))).as("the job run again").isFalse();
        assertThat(referral.remindedAt()).isEqualTo(REMINDER);
    }

    @Test
    void aMissedAcknowledgementIsEscalatedOnceHoweverOftenItsJobRuns() {
        Referral referral = sent();
        assertThat(referral.escalate(DUE)).isTrue();
        assertThat(referral.escalate(DUE.plusSeconds(60))).as("the job run again").isFalse();
        assertThat(referral.escalatedAt()).isEqualTo(DUE);
        assertThat(referral.acknowledgeBy().stateAt(DUE.plusSeconds(1), null)).isEqualTo(DeadlineState.OVERDUE);
    }

    @Test
    void anAcknowledgedReferralIsNeitherRemindedNorEscalated() {
        Referral referral = sent();
        referral.acknowledge("chscb.hr", REMINDER.minusSeconds(3600));
        assertThat(referral.remind(REMINDER)).isFalse();
        assertThat(referral.escalate(DUE)).isFalse();
        assertThat(referral.remindedAt()).isNull();
        assertThat(referral.escalatedAt()).isNull();
        assertThat(referral.acknowledgeBy().stateAt(DUE.plusSeconds(1), referral.acknowledgedAt()))
                .isEqualTo(DeadlineState.MET);
    }

    @Test
    void theFirstAcknowledgementStandsAndASecondChangesNothing() {
        Referral referral = sent();
        Instant first = SENT.plusSeconds(600);
        referral.acknowledge("chscb.hr", first);
        referral.acknowledge("chscb.hr2", first.plusSeconds(60));
        assertThat(referral.acknowledgedBy()).isEqualTo("chscb.hr");
        assertThat(referral.acknowledgedAt()).isEqualTo(first);
        assertThat(referral.status()).isEqualTo(ReferralStatus.AWAITING_OUTCOME);
        assertThat(referral.status().isOpen()).isTrue();
    }

    @Test
    void theOutcomeTheParentOrganisationDecidedClosesTheReferral() {
        Referral referral = sent();
        referral.acknowledge("chscb.hr", SENT.plusSeconds(600));
        Instant at = SENT.plusSeconds(7200);
        referral.recordOutcome(HrOutcome.WRITTEN_WARNING, LocalDate.of(2026, 5, 21), "Hearing held; written warning.",
                "chscb.hr", at);
        assertThat(referral.hrOutcome()).isEqualTo(HrOutcome.WRITTEN_WARNING);
        assertThat(referral.outcomeDecidedOn()).isEqualTo(LocalDate.of(2026, 5, 21));
        assertThat(referral.outcomeNote()).isEqualTo("Hearing held; written warning.");
        assertThat(referral.outcomeRecordedBy()).isEqualTo("chscb.hr");
        assertThat(referral.outcomeRecordedAt()).isEqualTo(at);
        assertThat(referral.appealed()).isFalse();
        assertThat(referral.status()).isEqualTo(ReferralStatus.OUTCOME_RECORDED);
        assertThat(referral.status().isOpen()).isFalse();
    }

    @Test
    void anAppealLodgedAfterTheOutcomeOpensTheReferralAgainUntilItsResult() {
        Referral referral = sent();
        referral.acknowledge("chscb.hr", SENT.plusSeconds(600));
        referral.recordOutcome(HrOutcome.DISMISSAL, LocalDate.of(2026, 5, 21), "Dismissed.", "chscb.hr",
                SENT.plusSeconds(7200));
        referral.lodgeAppeal(LocalDate.of(2026, 5, 28), "Dafydd says the dismissal is too severe.", "chscb.hr",
                SENT.plusSeconds(9000));
        assertThat(referral.appealed()).isTrue();
        assertThat(referral.appealLodgedOn()).isEqualTo(LocalDate.of(2026, 5, 28));
        assertThat(referral.appealGrounds()).isEqualTo("Dafydd says the dismissal is too severe.");
        assertThat(referral.status()).isEqualTo(ReferralStatus.UNDER_APPEAL);
        assertThat(referral.status().isOpen()).isTrue();

        Instant decidedAt = SENT.plusSeconds(99_000);
        referral.decideAppeal(AppealOutcome.VARIED, LocalDate.of(2026, 6, 15), "Final written warning instead.",
                "chscb.hr", decidedAt);
        assertThat(referral.status()).isEqualTo(ReferralStatus.OUTCOME_RECORDED);
        assertThat(referral.appealOutcome()).isEqualTo(AppealOutcome.VARIED);
        assertThat(referral.appealDecidedOn()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(referral.appealResult()).isEqualTo("Final written warning instead.");
        assertThat(referral.appealDecidedBy()).isEqualTo("chscb.hr");
        assertThat(referral.appealDecidedAt()).isEqualTo(decidedAt);
        assertThat(referral.hrOutcome()).as("the outcome as first decided is kept").isEqualTo(HrOutcome.DISMISSAL);
    }

    @Test
    void anAppealRecordedWithTheOutcomeInOneGoIsAlreadyDecided() {
        Referral referral = sent();
        referral.acknowledge("chscb.hr", SENT.plusSeconds(600));
        referral.recordOutcome(HrOutcome.FINAL_WRITTEN_WARNING, true, "Appeal dismissed", "chscb.hr",
                SENT.plusSeconds(7200));
        assertThat(referral.appealed()).isTrue();
        assertThat(referral.appealResult()).isEqualTo("Appeal dismissed");
        assertThat(referral.status()).isEqualTo(ReferralStatus.OUTCOME_RECORDED);

        Referral underAppeal = sent();
        underAppeal.acknowledge("chscb.hr", SENT.plusSeconds(600));
        underAppeal.recordOutcome(HrOutcome.FINAL_WRITTEN_WARNING, true, null, "chscb.hr", SENT.plusSeconds(7200));
        assertThat(underAppeal.status()).as("appealed, with no result yet").isEqualTo(ReferralStatus.UNDER_APPEAL);
    }
}
