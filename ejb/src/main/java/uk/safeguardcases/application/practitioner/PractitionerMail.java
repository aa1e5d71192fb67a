package uk.safeguardcases.application.practitioner;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import uk.safeguardcases.application.PublicAddress;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.notification.BoardLetter;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.deadline.Deadline;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.practitioner.PractitionerNotice;

/**
 * The practitioner concerns' e-mails, through the product's outbox: a missed designated person's deadline goes to
 * each of the board's senior managers, as the LADO's missed timescale does, in the board's languages (Welsh first on
 * a bilingual board's). The case's reference and the deadline only: no name, no detail of the concern.
 */
@Stateless
public class PractitionerMail {

    @Inject
    private Outbox outbox;

    @Inject
    private BoardRepository boards;

    @Inject
    private PersonRepository people;

    /** Section 5: the designated person was not told within their deadline. */
    public void designatedDeadlineMissed(SafeguardingCase c, Deadline due) {
        Board board = boards.current();
        String link = PublicAddress.of("/officer/case.xhtml?ref=" + c.reference());
        BoardLetter letter = BoardLetter.of(board,
                language -> PractitionerWords.in(language, "mail.missed.subject"),
                language -> Texts.in(language, "mail.greeting.hr") + "\n\n"
                        + PractitionerWords.in(language, "mail.missed.body", Texts.when(language, due.due()))
                        + "\n\n" + Texts.in(language, "mail.footer", c.reference(), link) + "\n\n"
                        + BoardLetter.named(language, board.name(), board.nameCy()), true);
        List<String> seniors = people.emailsOf(List.of(Role.SENIOR));
        for (String to : seniors) {
            if (to != null && !to.isBlank()) {
                outbox.queue(c.id(), PractitionerNotice.DESIGNATED_PERSON_DEADLINE_MISSED, to.strip(),
                        c.reference() + ": " + letter.subject(), letter.body());
            }
        }
    }
}
