package uk.safeguardcases.application.official;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.notification.BoardLetter;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.notification.NoticeKind;
import uk.safeguardcases.domain.official.Accreditation;
import uk.safeguardcases.domain.official.AccreditationNotice;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * The e-mails of an accreditation (CHSCB authorised use 3.1), through the product's outbox like every other reminder:
 * 60 and 30 days before the certification expires, to the person and the board's senior managers; at expiry, to the
 * person and to the owner of each account they were suspended from. In the board's languages (Welsh first for a
 * bilingual board); names and dates only.
 */
@Stateless
public class AccreditationMail {

    @Inject
    private Outbox outbox;

    @Inject
    private PersonRepository people;

    @Inject
    private BoardRepository boards;

    public void expiring(Accreditation a, String name, int daysBefore) {
        Set<String> to = new LinkedHashSet<>();
        people.byUsername(a.username()).map(Person::email).ifPresent(to::add);
        to.addAll(people.emailsOf(List.of(Role.SENIOR)));
        send(AccreditationNotice.ACCREDITATION_EXPIRING, to,
                language -> AccountWords.in(language, "mail.expiring.subject"),
                language -> AccountWords.in(language, "mail.expiring.body", name, daysBefore,
                        date(language, a.expiresOn())));
    }

    public void expired(Accreditation a, String name, String handles, Collection<String> owners) {
        Set<String> to = new LinkedHashSet<>();
        people.byUsername(a.username()).map(Person::email).ifPresent(to::add);
        people.byUsernames(owners).stream().map(Person::email).forEach(to::add);
        send(AccreditationNotice.ACCREDITATION_EXPIRED, to,
                language -> AccountWords.in(language, "mail.expired.subject"),
                language -> AccountWords.in(language, "mail.expired.body", name, date(language, a.expiresOn()),
                        handles.isEmpty() ? AccountWords.in(language, "mail.noAccounts") : handles));
    }

    private static String date(Locale language, LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", language));
    }

    private void send(NoticeKind notice, Set<String> to, Function<Locale, String> subject,
            Function<Locale, String> text) {
        Board board = boards.current();
        BoardLetter letter = BoardLetter.of(board, subject, language -> text.apply(language) + "\n\n"
                + AccountWords.in(language, "mail.footer") + "\n\n"
                + Texts.wording(language, board.name(), board.nameCy()), false);
        for (String address : to) {
            if (address != null && !address.isBlank()) {
                outbox.queue(null, notice, address.strip(), letter.subject(), letter.body());
            }
        }
    }
}
