package uk.safeguardcases.application.access;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.PublicAddress;
import uk.safeguardcases.application.notification.BoardLetter;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.domain.access.SubjectAccessNotice;
import uk.safeguardcases.domain.access.SubjectAccessRequest;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * The e-mails of a subject access request, through the product's outbox: due within a working week (to the board's
 * officers) or not answered in time (to its senior managers), in the board's languages. Each names the request's
 * reference and the date it is due, never the person it is about.
 */
@Stateless
public class SubjectAccessMail {

    @Inject
    private Outbox outbox;

    @Inject
    private PersonRepository people;

    @Inject
    private BoardRepository boards;

    /** UK GDPR Article 12(3): {@code request} is due within a working week, or ({@code overdue}) was not answered. */
    public void reminder(SubjectAccessRequest request, boolean overdue) {
        SubjectAccessNotice notice = overdue ? SubjectAccessNotice.SUBJECT_ACCESS_OVERDUE
                : SubjectAccessNotice.SUBJECT_ACCESS_DUE_SOON;
        String reference = request.reference();
        Function<Locale, String> subject = overdue
                ? language -> AccessWords.in(language, "mail.overdue.subject")
                : language -> AccessWords.in(language, "mail.dueSoon.subject");
        Function<Locale, String> text = overdue
                ? language -> AccessWords.in(language, "mail.overdue.body", reference, due(language, request))
                : language -> AccessWords.in(language, "mail.dueSoon.body", reference, due(language, request));
        String link = PublicAddress.of("/officer/subject-access-request.xhtml?ref=" + reference);
        Board board = boards.current();
        BoardLetter letter = BoardLetter.of(board, subject, language -> AccessWords.in(language, "mail.greeting")
                + "\n\n" + text.apply(language) + "\n\n" + AccessWords.in(language, "mail.footer", link) + "\n\n"
                + BoardLetter.named(language, board.name(), board.nameCy()), false);
        for (String address : people.emailsOf(List.of(overdue ? Role.SENIOR : Role.OFFICER))) {
            outbox.queue(null, notice, address, reference + ": " + letter.subject(), letter.body());
        }
    }

    /**
     * The notice of an extension to the person (UK GDPR Article 12(3)), in their language alone: the new date and
     * the board's reasons, in the board's words. Queued in the caller's transaction, so no extension stands without it.
     */
    public void extensionNotice(SubjectAccessRequest request, String address, Locale language, String reasons) {
        Board board = boards.current();
        String subject = AccessWords.in(language, "mail.extension.subject", request.reference());
        String body = AccessWords.in(language, "mail.extension.greeting") + "\n\n"
                + AccessWords.in(language, "mail.extension.body", request.reference(),
                        PlainFormat.dayWithWeekday(language, request.receivedOn()),
                        PlainFormat.dayWithWeekday(language, request.answerDue()), reasons)
                + "\n\n" + AccessWords.in(language, "mail.extension.rights") + "\n\n"
                + BoardLetter.named(language, board.name(), board.nameCy());
        outbox.queue(null, SubjectAccessNotice.SUBJECT_ACCESS_EXTENSION_NOTICE, address, subject, body);
    }

    private static String due(Locale language, SubjectAccessRequest request) {
        return PlainFormat.dayWithWeekday(language, request.answerDue());
    }
}
