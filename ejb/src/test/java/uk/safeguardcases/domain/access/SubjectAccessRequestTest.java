package uk.safeguardcases.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.deadline.Deadline;

/**
 * A subject access request (UK GDPR Article 12(3); ICO, "Right of access: time limits"): answered within a month,
 * extended by up to two more, reminded and marked overdue once, and fixed once answered.
 */
class SubjectAccessRequestTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 12);
    private static final LocalDate DUE = LocalDate.of(2026, 2, 12);
    private static final Instant DUE_AT = Instant.parse("2026-02-12T17:00:00Z");
    private static final Instant REMINDER = Instant.parse("2026-02-09T17:00:00Z");

    private static final ExtensionNotice NOTICE = new ExtensionNotice("sian@example.org", Locale.ENGLISH,
            Instant.parse("2026-02-02T10:00:00Z"));

    private static SubjectAccessRequest recorded() {
        return new SubjectAccessRequest("CHSCB-SAR-2026-0001", new SubjectAccessRequestDetails("Siân Llewellyn",
                "Siân Llewellyn", "sian@example.org", RECEIVED, "chscb.officer", "Passport seen"), 21L,
                "chscb.officer", Instant.parse("2026-01-12T11:00:00Z"), DUE, Deadline.due(DUE_AT, REMINDER));
    }

    @Test
    void itIsDueAMonthAfterItWasReceivedUntilExtended() {
        SubjectAccessRequest request = recorded();
        assertThat(request.answerDue()).isEqualTo(DUE);
        assertThat(request.answered()).isFalse();

        LocalDate extended = LocalDate.of(2026, 4, 13);
        Instant extendedAt = Instant.parse("2026-04-13T16:00:00Z");
        request.remind(REMINDER);
        request.extend(extended, "Complex: records held in three organisations", "chscb.officer",
                Deadline.due(extendedAt, extendedAt.minusSeconds(3 * 86_400)), NOTICE);
        assertThat(request.answerDue()).isEqualTo(extended);
        assertThat(request.extensionReason()).isEqualTo("Complex: records held in three organisations");
        assertThat(request.extendedBy()).isEqualTo("chscb.officer");
        assertThat(request.answerBy().due()).isEqualTo(extendedAt);
        assertThat(request.remind(extendedAt.minusSeconds(3 * 86_400))).as("reminded again for the new date")
                .isTrue();
    }

    @Test
    void theReminderAndTheOverdueMarkHappenOnceHoweverOftenTheirJobsRun() {
        SubjectAccessRequest request = recorded();
        assertThat(request.remind(REMINDER)).isTrue();
        assertThat(request.remind(REMINDER.plusSeconds(30))).isFalse();
        assertThat(request.overdue(DUE_AT)).isTrue();
        assertThat(request.overdue(DUE_AT.plusSeconds(30))).isFalse();
        assertThat(request.answerBy().remindedAt()).isEqualTo(REMINDER);
        assertThat(request.answerBy().missedAt()).isEqualTo(DUE_AT);
    }

    @Test
    void anAnsweredRequestIsNeitherRemindedNorOverdueAndCannotBeChanged() {
        SubjectAccessRequest request = recorded();
        Instant answered = Instant.parse("2026-02-02T10:00:00Z");
        request.answer("chscb.officer", answered, 20_480, "ab12");
        assertThat(request.answered()).isTrue();
        assertThat(request.answeredAt()).isEqualTo(answered);
        assertThat(request.exportSizeBytes()).isEqualTo(20_480);
        assertThat(request.exportSha256()).isEqualTo("ab12");
        assertThat(request.remind(REMINDER)).isFalse();
        assertThat(request.overdue(DUE_AT)).isFalse();

        assertThatThrownBy(() -> request.answer("chscb.officer", answered.plusSeconds(60), 1, "cd34"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Subject access request CHSCB-SAR-2026-0001 is answered");
        assertThatThrownBy(() -> request.redact("Carys Ifans")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> request.leaveOut("CHSCB-2026-0003", "About someone else"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> request.extend(LocalDate.of(2026, 4, 13), "Late", "chscb.officer",
                Deadline.due(DUE_AT.plusSeconds(86_400), null), NOTICE)).isInstanceOf(IllegalStateException.class);
        assertThat(request.exportSha256()).isEqualTo("ab12");
        assertThat(request.answerDue()).isEqualTo(DUE);
    }

    @Test
    void thirdPartiesToRedactAndCasesToLeaveOutMayBeClearedAndALeftOutReasonGoesWithThem() {
        SubjectAccessRequest request = recorded();
        request.redact("Carys Ifans\n07700 900123");
        request.leaveOut("CHSCB-2026-0003", "About another member");
        assertThat(request.redactions()).isEqualTo("Carys Ifans\n07700 900123");
        assertThat(request.leftOut()).isEqualTo("CHSCB-2026-0003");
        assertThat(request.leftOutReason()).isEqualTo("About another member");

        request.redact("  ");
        request.leaveOut("", "A reason with nothing left out");
        assertThat(request.redactions()).isNull();
        assertThat(request.leftOut()).isNull();
        assertThat(request.leftOutReason()).isNull();
    }
}
