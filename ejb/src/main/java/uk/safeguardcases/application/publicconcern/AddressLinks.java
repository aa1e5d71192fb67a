package uk.safeguardcases.application.publicconcern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import uk.safeguardcases.application.PublicAddress;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.publicconcern.AddressConfirmation;
import uk.safeguardcases.domain.publicconcern.PublicConcernNotice;
import uk.safeguardcases.domain.publicconcern.PublicReport;

/**
 * The one e-mail to an address a reporter gave before it is confirmed: someone gave it when reporting a concern to
 * the board; if it was them, the link (to a page whose button confirms it); if not, ignore it. No case, no names, no
 * words of the concern. Both languages for a bilingual board, the reporter's first.
 */
@ApplicationScoped
public class AddressLinks {

    @Inject
    private ReportingBoards boards;

    @Inject
    private Outbox outbox;

    /** The first link, when the reporter gave an address ({@link PublicReport#askToConfirmAddress}). */
    void askToConfirm(PublicReport report, String boardId, Instant now) {
        report.askToConfirmAddress(now).ifPresent(token -> send(report, boardId, token));
    }

    void send(PublicReport report, String boardId, String token) {
        Board board = boards.board(boardId).orElseThrow();
        boolean welshFirst = board.welshInterface() && Texts.isWelsh(CallerContext.language());
        List<Locale> languages = !board.welshInterface() ? List.of(Texts.ENGLISH)
                : welshFirst ? List.of(Texts.WELSH, Texts.ENGLISH) : List.of(Texts.ENGLISH, Texts.WELSH);
        StringBuilder subject = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (Locale language : languages) {
            boolean welsh = Texts.isWelsh(language);
            String name = welsh && board.nameCy() != null ? board.nameCy() : board.name();
            String link = PublicAddress.of(PublicPages.CONFIRM_PAGE + "?board=" + board.id() + "&token=" + token
                    + (welsh ? "&lang=cy" : ""));
            subject.append(subject.length() == 0 ? "" : " / ").append(ReportWords.in(language, "confirm.mail.subject",
                    name));
            body.append(body.length() == 0 ? "" : "\n\n----------\n\n").append(ReportWords.in(language,
                    "confirm.mail.body", name, link, AddressConfirmation.LIFETIME.toDays()));
        }
        outbox.queue(null, PublicConcernNotice.REPORTER_ADDRESS_CONFIRMATION, report.reporterEmail(),
                subject.toString(), body.toString());
    }
}
