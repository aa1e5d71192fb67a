package uk.safeguardcases.application.hosting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import uk.safeguardcases.application.PublicAddress;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.notification.BoardLetter;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.hosting.HostingAction;
import uk.safeguardcases.domain.hosting.HostingNotice;
import uk.safeguardcases.domain.people.CredentialRepository;
import uk.safeguardcases.domain.people.PasswordHashing;
import uk.safeguardcases.domain.people.PasswordReset;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.people.SecretToken;

/**
 * The operator's work that writes a board's own records (its people, their links, its e-mails): each in a transaction
 * of its own, begun while the caller is the operator acting on that board, so the session belongs to the board and
 * every row it writes carries the board's id. Called by {@link HostedBoards} only, after its checks.
 */
@Stateless
public class HostingBoardWork {

    @Inject
    private PersonRepository people;

    @Inject
    private CredentialRepository credentials;

    @Inject
    private TimelineService timeline;

    @Inject
    private Outbox outbox;

    /**
     * The administrator's account (no password anyone knows until they choose one), their link, good once within
     * {@link HostedBoards#INVITATION_VALID_FOR}, and the e-mail in the board's languages, each letter's link opening
     * the page in its own language on a bilingual board.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void invite(Board board, String username, String name, String address, Instant now) {
        String token = SecretToken.newToken();
        Person person = new Person(username, PasswordHashing.hash(SecretToken.newToken().toCharArray()), name, address,
                null, EnumSet.of(Role.ADMIN), now);
        people.add(person);
        credentials.add(new PasswordReset(person.id(), SecretToken.digest(token), now, HostedBoards.INVITATION_VALID_FOR));
        String link = PublicAddress.base() + "/invitation.xhtml?token=" + token;
        BoardLetter letter = BoardLetter.of(board,
                language -> HostingWords.in(language, "invitation.subject",
                        BoardLetter.named(language, board.name(), board.nameCy())),
                language -> HostingWords.in(language, "invitation.body", name,
                        BoardLetter.named(language, board.name(), board.nameCy()), username,
                        board.welshInterface() ? link + "&lang=" + language.getLanguage() : link,
                        HostedBoards.INVITATION_VALID_FOR.toDays()),
                true);
        outbox.queue(null, HostingNotice.ADMINISTRATOR_INVITATION, address, letter.subject(), letter.body());
        timeline.record(null, HostingAction.ADMINISTRATOR_INVITED, username + " (" + name + ")");
    }
}
