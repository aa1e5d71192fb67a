package uk.safeguardcases.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.deadline.Deadline;

/**
 * A subject access request's clock since the Data (Use and Access) Act 2025: paused while the board waits for the
 * requester (UK GDPR Article 12A), its due dates moved by the pause when the information arrives; and an extension
 * that stands only with a notice to the person, with its reasons, sent within the (moved) first month (Article 12(3)).
 */
class SubjectAccessClockRulesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 2);
    private static final Instant DUE_AT = Instant.parse("2026-12-03T00:00:00Z");
    private static final Instant REMINDER = Instant.parse("2026-11-25T17:00:00Z");
    /** Weekends are not working days: a moved date lands on the Monday after. */
    private static final UnaryOperator<LocalDate> WORKING_DAY = d -> SubjectAccessDeadline.onAWorkingDay(d,
            day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY);

    private static SubjectAccessRequest recorded() {
        return new SubjectAccessRequest("CWMTAF-SAR-2026-0004", new SubjectAccessRequestDetails(
                "Gwenllïan ap Dafydd – ei chyfreithiwr", "Gwenllïan ap Dafydd", "gwen@example.org", RECEIVED,
                "cwmtaf.officer", "Pasbort wedi’i weld"), null, "cwmtaf.officer",
                Instant.parse("2026-11-02T11:00:00Z"), DUE, Deadline.due(DUE_AT, REMINDER));
    }

    private static Deadline at(LocalDate due) {
        Instant end = due.plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant();
        return Deadline.due(end, end.minusSeconds(7 * 86_400));
    }

    @Test
    void aPausedRequestsDueDateMovesByTheDaysItWaitedForTheRequester() {
        SubjectAccessRequest request = recorded();
        request.pause(SubjectAccessPause.IDENTITY, "A copy of her passport: the request came from a new address",
                "cwmtaf.officer", LocalDate.of(2026, 11, 9));
        assertThat(request.paused()).isTrue();
        assertThat(request.pausedFor()).isEqualTo(SubjectAccessPause.IDENTITY);
        assertThat(request.dueIfResumedOn(LocalDate.of(2026, 11, 16))).isEqualTo(LocalDate.of(2026, 12, 9));

        LocalDate moved = LocalDate.of(2026, 12, 9);
        long days = request.resume(LocalDate.of(2026, 11, 16), WORKING_DAY, at(moved));

        assertThat(days).isEqualTo(7);
        assertThat(request.paused()).isFalse();
        assertThat(request.answerDue()).isEqualTo(moved);
        assertThat(request.firstMonthEndsOn()).isEqualTo(moved);
        assertThat(request.dueOn()).as("the first deadline as received is kept").isEqualTo(DUE);
        assertThat(request.pausedDays()).isEqualTo(7);
        assertThat(request.answerBy().due()).isEqualTo(Instant.parse("2026-12-10T00:00:00Z"));
        assertThat(request.remind(Instant.parse("2026-12-03T00:00:00Z"))).as("the reminder armed for the moved date")
                .isTrue();
    }

    @Test
    void aMovedDateOnAWeekendGoesToTheNextWorkingDayAndAnExtendedDateMovesToo() {
        SubjectAccessRequest request = recorded();
        request.extend(LocalDate.of(2027, 1, 29), "Several requests at once – “complex”", "cwmtaf.officer",
                at(LocalDate.of(2027, 1, 29)), new ExtensionNotice("gwen@example.org", Locale.forLanguageTag("cy-GB"),
                        Instant.parse("2026-11-05T10:00:00Z")));
        request.pause(SubjectAccessPause.CLARIFICATION, "Which e-mails: the 2024 ones or all?", "cwmtaf.officer",
                LocalDate.of(2026, 11, 10));
        request.resume(LocalDate.of(2026, 11, 11), WORKING_DAY, at(LocalDate.of(2027, 2, 1)));
        assertThat(request.answerDue()).as("29 January + 1 day is a Saturday").isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(request.firstMonthEndsOn()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void theClockCannotPauseTwiceNorResumeUnpausedNorBeforeItWasAsked() {
        SubjectAccessRequest request = recorded();
        assertThatThrownBy(() -> request.resume(LocalDate.of(2026, 11, 3), WORKING_DAY, at(DUE)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not paused");
        request.pause(SubjectAccessPause.IDENTITY, "ID", "cwmtaf.officer", LocalDate.of(2026, 11, 9));
        assertThatThrownBy(() -> request.pause(SubjectAccessPause.CLARIFICATION, "Which?", "cwmtaf.officer",
                LocalDate.of(2026, 11, 10))).isInstanceOf(IllegalStateException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> request.resume(LocalDate.of(2026, 11, 8), WORKING_DAY, at(DUE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(request.answerDue()).isEqualTo(DUE);
    }

    @Test
    void anExtensionWithoutANoticeToThePersonIsRefused() {
        SubjectAccessRequest request = recorded();
        assertThatThrownBy(() -> request.extend(LocalDate.of(2027, 1, 29), "Complex", "cwmtaf.officer",
                at(LocalDate.of(2027, 1, 29)), null)).isInstanceOf(ExtensionRefusedException.class)
                .hasMessageContaining("needs a notice to the person");
        assertThatThrownBy(() -> request.extend(LocalDate.of(2027, 1, 29), "Complex", "cwmtaf.officer",
                at(LocalDate.of(2027, 1, 29)), new ExtensionNotice(" ", Locale.ENGLISH,
                        Instant.parse("2026-11-05T10:00:00Z")))).isInstanceOf(ExtensionRefusedException.class);
        assertThat(request.extendedTo()).isNull();
        assertThat(request.answerDue()).isEqualTo(DUE);
    }

    @Test
    void anExtensionWhoseNoticeIsSentAfterTheFirstMonthIsRefused() {
        SubjectAccessRequest request = recorded();
        Instant dayAfter = Instant.parse("2026-12-03T09:00:00Z");
        assertThatThrownBy(() -> request.extend(LocalDate.of(2027, 1, 29), "Complex", "cwmtaf.officer",
                at(LocalDate.of(2027, 1, 29)), new ExtensionNotice("gwen@example.org", Locale.ENGLISH, dayAfter)))
                .isInstanceOf(ExtensionRefusedException.class).hasMessageContaining("first month ended on 2026-12-02");
        assertThat(request.extendedTo()).isNull();

        // The last minute of the first month (UK time) is still within it.
        request.extend(LocalDate.of(2027, 1, 29), "Complex", "cwmtaf.officer", at(LocalDate.of(2027, 1, 29)),
                new ExtensionNotice("gwen@example.org", Locale.ENGLISH, Instant.parse("2026-12-02T23:59:00Z")));
        assertThat(request.answerDue()).isEqualTo(LocalDate.of(2027, 1, 29));
        assertThat(request.extensionNoticeTo()).isEqualTo("gwen@example.org");
        assertThat(request.extensionNoticeLanguage()).isEqualTo("en");
    }

    @Test
    void aPauseMovesTheFirstMonthSoANoticeWithinTheMovedMonthStands() {
        SubjectAccessRequest request = recorded();
        request.pause(SubjectAccessPause.CLARIFICATION, "Which information?", "cwmtaf.officer",
                LocalDate.of(2026, 11, 20));
        request.resume(LocalDate.of(2026, 11, 30), WORKING_DAY, at(LocalDate.of(2026, 12, 14)));
        assertThat(request.firstMonthEndsOn()).isEqualTo(LocalDate.of(2026, 12, 14));
        request.extend(LocalDate.of(2027, 2, 12), "Complex", "cwmtaf.officer", at(LocalDate.of(2027, 2, 12)),
                new ExtensionNotice("gwen@example.org", Locale.forLanguageTag("cy-GB"),
                        Instant.parse("2026-12-10T10:00:00Z")));
        assertThat(request.extendedTo()).isEqualTo(LocalDate.of(2027, 2, 12));
        assertThat(request.extensionNoticeLanguage()).isEqualTo("cy-GB");
    }
}
