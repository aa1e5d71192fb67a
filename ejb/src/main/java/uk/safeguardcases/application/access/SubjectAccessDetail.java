package uk.safeguardcases.application.access;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import uk.safeguardcases.domain.access.SubjectAccessPause;
import uk.safeguardcases.domain.deadline.DeadlineState;

/**
 * A subject access request as its page shows it.
 *
 * @param hasAccount the person has an account on the board (found by the e-mail address given)
 * @param firstDue one calendar month from receipt
 * @param answerDue the date it must be answered by now (extended, or the first)
 * @param latestExtension the latest date an extension may give
 * @param canExtend whether it may still be extended (unanswered, within the first month)
 * @param redactions the third parties' details marked, one per line
 * @param leftOut whole cases left out of the answer, by reference, one per line; {@code leftOutReason} why
 * @param erasedAt when the answer and the personal details were erased, 12 months after answering, or null
 * @param pausedOn since when the clock is paused (UK GDPR Article 12A), or null while it runs; {@code pausedFor}
 *        what the board waits for, {@code pausedAsked} what it asked, {@code pausedDays} the days of ended pauses
 * @param firstMonthEnds the first month's end, moved by the pauses
 * @param noticeTo where the notice of an extension went, {@code noticeLanguage} its language tag, {@code noticeAt} when
 * @param mayPause whether the board's rule lets the clock pause
 */
public record SubjectAccessDetail(String reference, String requestedBy, String subjectName, String subjectEmail,
        boolean hasAccount, LocalDate receivedOn, String identityCheckedBy, String identityEvidence,
        String recordedBy, Instant recordedAt, LocalDate firstDue, LocalDate extendedTo, String extensionReason,
        String extendedBy, LocalDate answerDue, LocalDate latestExtension, boolean canExtend, DeadlineState state,
        Instant remindedAt, Instant overdueAt, String redactions, Instant answeredAt, String answeredBy,
        String exportSha256, Integer exportSizeBytes, Instant erasedAt, String leftOut, String leftOutReason,
        LocalDate pausedOn, SubjectAccessPause pausedFor, String pausedAsked, String pausedBy, int pausedDays,
        LocalDate firstMonthEnds, String noticeTo, String noticeLanguage, Instant noticeAt, boolean mayPause)
        implements Serializable {

    public boolean paused() {
        return pausedOn != null;
    }

    public boolean answered() {
        return answeredAt != null;
    }
}
