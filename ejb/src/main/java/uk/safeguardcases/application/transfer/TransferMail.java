package uk.safeguardcases.application.transfer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.PublicAddress;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.notification.BoardLetter;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.transfer.CaseTransfer;
import uk.safeguardcases.domain.transfer.FollowUpResult;
import uk.safeguardcases.domain.transfer.ReceivedTransfer;
import uk.safeguardcases.domain.transfer.TransferNotice;

/**
 * The transfers' e-mails, through the product's outbox, each to a board's senior managers in the board's languages
 * (Welsh first on a bilingual board's): references, the boards' names and a link, never the person or what was sent.
 */
@Stateless
public class TransferMail {

    @Inject
    private Outbox outbox;

    @Inject
    private BoardRepository boards;

    @Inject
    private PersonRepository people;

    @Inject
    private BoardNames names;

    /** To the board's senior managers but the one who proposed it: a transfer of the case waits for their check. */
    public void toCheck(SafeguardingCase c, String proposedBy) {
        String proposer = people.byUsername(proposedBy).map(Person::email).orElse(null);
        send(c.id(), TransferNotice.TRANSFER_TO_CHECK, c.reference(), "mail.check.subject",
                language -> TransferWords.in(language, "mail.check.body") + "\n\n"
                        + Texts.in(language, "mail.footer", c.reference(),
                                PublicAddress.of("/officer/case.xhtml?ref=" + c.reference())),
                proposer);
    }

    /** To the receiving board's senior managers: a case came from another board, to accept or decline. */
    public void received(ReceivedTransfer received, String fromBoard) {
        String link = PublicAddress.of("/transfer/received.xhtml?id=" + received.id());
        send(null, TransferNotice.TRANSFER_RECEIVED, received.fromReference(), "mail.received.subject",
                language -> TransferWords.in(language, "mail.received.body", fromBoard, received.fromReference(),
                        link), null);
    }

    /** To the board's senior managers: a case another board sent still waits for their decision. */
    public void remind(ReceivedTransfer received, String fromBoard) {
        String link = PublicAddress.of("/transfer/received.xhtml?id=" + received.id());
        send(null, TransferNotice.TRANSFER_DECISION_REMINDER, received.fromReference(), "mail.remind.subject",
                language -> TransferWords.in(language, "mail.remind.body", fromBoard, received.fromReference(),
                        PlainFormat.day(language, received.receivedAt()), link), null);
    }

    /** To the sending board's senior managers: the receiving board accepted or declined the case it was sent. */
    public void decided(CaseTransfer transfer, SafeguardingCase c) {
        String to = names.inEnglish(transfer);
        String key = transfer.receivedReference() != null ? "mail.accepted.body" : "mail.declined.body";
        send(c.id(), TransferNotice.TRANSFER_DECIDED, c.reference(), "mail.decided.subject",
                language -> TransferWords.in(language, key, to) + "\n\n" + Texts.in(language, "mail.footer",
                        c.reference(), PublicAddress.of("/officer/case.xhtml?ref=" + c.reference())), null);
    }

    /**
     * To the receiving board's senior managers: the board {@code fromBoard} changed the case it sent them (reopened,
     * a finding) or removed its record, and what the board did with its copy ({@code result}).
     */
    public void changed(ReceivedTransfer received, String fromBoard, FollowUpResult result) {
        String link = PublicAddress.of("/transfer/received.xhtml?id=" + received.id());
        String key = switch (result) {
            case COPY_REMOVED -> "mail.changed.removed.body";
            case COPY_KEPT_UNDER_HOLD -> "mail.changed.kept.body";
            default -> "mail.changed.body";
        };
        send(received.caseId(), TransferNotice.TRANSFER_CHANGED, received.fromReference(), "mail.changed.subject",
                language -> TransferWords.in(language, key, fromBoard, received.fromReference(), link), null);
    }

    /** Whether the case's member has an active account with an e-mail address, at which they can be told. */
    public boolean memberReachable(SafeguardingCase c) {
        return member(c).isPresent();
    }

    /**
     * To the member, in the board's languages: the case about them went to the board named {@code toBoard} ({@code
     * toBoardCy} in Welsh), on which legal basis, and whom to ask about it. False (nothing queued) when the member
     * has no active account with an e-mail address: the board tells them another way.
     */
    public boolean toMember(SafeguardingCase c, CaseTransfer transfer, String toBoard, String toBoardCy) {
        Optional<Person> member = member(c);
        if (member.isEmpty()) {
            return false;
        }
        Board board = boards.current();
        BoardLetter letter = BoardLetter.of(board, language -> TransferWords.in(language, "mail.member.subject"),
                language -> Texts.in(language, "mail.greeting.member", member.get().displayName()) + "\n\n"
                        + TransferWords.in(language, "mail.member.body", Texts.isWelsh(language) ? toBoardCy : toBoard,
                                c.reference(), TransferWords.in(language, "LegalBasis." + transfer.legalBasis().name()))
                        + "\n\n" + BoardLetter.named(language, board.name(), board.nameCy()), true);
        outbox.queue(c.id(), TransferNotice.TRANSFER_MEMBER_TOLD, member.get().email().strip(),
                c.reference() + ": " + letter.subject(), letter.body());
        return true;
    }

    private Optional<Person> member(SafeguardingCase c) {
        if (c.subjectPersonId() == null) {
            return Optional.empty();
        }
        return people.byId(c.subjectPersonId()).filter(Person::active)
                .filter(p -> p.email() != null && !p.email().isBlank());
    }

    private void send(Long caseId, TransferNotice kind, String reference, String subjectKey,
            java.util.function.Function<Locale, String> text, String except) {
        Board board = boards.current();
        BoardLetter letter = BoardLetter.of(board, language -> TransferWords.in(language, subjectKey),
                language -> Texts.in(language, "mail.greeting.hr") + "\n\n" + text.apply(language) + "\n\n"
                        + BoardLetter.named(language, board.name(), board.nameCy()), true);
        List<String> seniors = people.emailsOf(List.of(Role.SENIOR));
        for (String address : seniors) {
            if (address != null && !address.isBlank() && !address.strip().equalsIgnoreCase(except)) {
                outbox.queue(caseId, kind, address.strip(), reference + ": " + letter.subject(), letter.body());
            }
        }
    }
}
