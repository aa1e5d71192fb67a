package uk.safeguardcases.application.declaration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import uk.safeguardcases.application.PublicAddress;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.notification.BoardLetter;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.declaration.DeclarationNotice;
import uk.safeguardcases.domain.people.Person;

/**
 * The e-mails of the policy declarations, through the product's outbox: to a member asked to complete the Employee
 * Declaration Form and reminded, to their manager when it is overdue or to countersign, and to the policy's owner when
 * its review is due. Each to one person of the board, in the board's languages, with a link to where it is done; the
 * policy's title and version and a member's name only.
 */
@Stateless
public class DeclarationMail {

    /** Where members sign and countersign their declarations. */
    private static final String DECLARATIONS = "/portal/declaration.xhtml";

    /** Where the board's administrators follow the declarations and the policy's versions. */
    private static final String ADMINISTRATION = "/admin/declarations.xhtml";

    @Inject
    private Outbox outbox;

    @Inject
    private BoardRepository boards;

    /** Model policy 4.2: a member is asked to complete the Employee Declaration Form for a published version. */
    public void asked(Person member, int version, String title, LocalDate effectiveFrom) {
        send(member, DeclarationNotice.DECLARATION_ASKED,
                language -> DeclarationWords.in(language, "mail.asked.subject"),
                language -> DeclarationWords.in(language, "mail.asked.body", boardName(language), version, title,
                        Texts.date(language, effectiveFrom)), DECLARATIONS);
    }

    /** The member has not completed the form yet (7 and 14 days after being asked). */
    public void reminder(Person member, int version, String title, Instant askedAt) {
        send(member, DeclarationNotice.DECLARATION_REMINDER,
                language -> DeclarationWords.in(language, "mail.reminder.subject"),
                language -> DeclarationWords.in(language, "mail.reminder.body", Texts.date(language, ukDay(askedAt)),
                        version, boardName(language), title), DECLARATIONS);
    }

    /**
     * Model policy 5.1 (managers ensure the form "is completed by all team members"): the member has not completed
     * it in 21 days. To their manager, or, with none recorded ({@code toManager} false), to an administrator.
     */
    public void overdue(Person recipient, Person member, boolean toManager, int version, String title,
            Instant askedAt) {
        send(recipient, DeclarationNotice.DECLARATION_OVERDUE,
                language -> DeclarationWords.in(language, "mail.overdue.subject"),
                language -> DeclarationWords.in(language, "mail.overdue.body", member.displayName(),
                        Texts.date(language, ukDay(askedAt)), version, boardName(language), title)
                        + (toManager ? "" : "\n\n" + DeclarationWords.in(language, "mail.noManager",
                                member.displayName())),
                toManager ? DECLARATIONS : ADMINISTRATION);
    }

    /** Appendix 1: a member signed the form and named {@code manager}, who countersigns it. */
    public void toCountersign(Person manager, String memberName, int version, String title) {
        send(manager, DeclarationNotice.DECLARATION_TO_COUNTERSIGN,
                language -> DeclarationWords.in(language, "mail.toCountersign.subject"),
                language -> DeclarationWords.in(language, "mail.toCountersign.body", memberName, version,
                        boardName(language), title), DECLARATIONS);
    }

    /** Model policy 11.1: the policy's owner is reminded that its review date is near. */
    public void reviewDue(Person owner, int version, String title, LocalDate reviewDate) {
        send(owner, DeclarationNotice.POLICY_REVIEW_DUE,
                language -> DeclarationWords.in(language, "mail.reviewDue.subject"),
                language -> DeclarationWords.in(language, "mail.reviewDue.body", version, boardName(language), title,
                        Texts.date(language, reviewDate)), ADMINISTRATION);
    }

    private void send(Person person, DeclarationNotice notice, Function<Locale, String> subject,
            Function<Locale, String> text, String path) {
        if (person == null || person.email() == null || person.email().isBlank()) {
            return;
        }
        Board board = boards.current();
        BoardLetter letter = BoardLetter.of(board, subject, language -> Texts.in(language, "mail.greeting.member",
                person.displayName()) + "\n\n" + text.apply(language) + "\n\n"
                + DeclarationWords.in(language, "mail.footer", PublicAddress.of(path)) + "\n\n"
                + BoardLetter.named(language, board.name(), board.nameCy()), true);
        outbox.queue(null, notice, person.email().strip(), letter.subject(), letter.body());
    }

    private String boardName(Locale language) {
        Board board = boards.current();
        return BoardLetter.named(language, board.name(), board.nameCy());
    }

    private static LocalDate ukDay(Instant at) {
        return at.atZone(WorkingCalendar.UK).toLocalDate();
    }
}
