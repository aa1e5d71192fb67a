package uk.safeguardcases.application.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.safeguardcases.domain.transfer.CaseTransfer;
import uk.safeguardcases.domain.transfer.ReceivedTransfer;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;

/**
 * The other board's name as a transfer says it: in English on the timeline (the audit chain keeps one language), in
 * the reader's language on the pages; its id when the board is gone (it left the service).
 */
@ApplicationScoped
public class BoardNames {

    @Inject
    private BoardRepository boards;

    /** In English, for the timeline. */
    public String inEnglish(String id) {
        return boards.byId(id).map(Board::name).orElse(id);
    }

    /** In Welsh where the board has a Welsh name, for the Welsh half of a letter; in English otherwise. */
    public String welsh(String id) {
        return boards.byId(id).map(b -> Texts.wording(Texts.WELSH, b.name(), b.nameCy())).orElse(id);
    }

    /** In the reader's language, for the pages. */
    public String shown(String id) {
        return boards.byId(id).map(b -> Texts.wording(b.name(), b.nameCy())).orElse(id);
    }

    /** The board a transfer went to, in English: a board of this deployment, or the name typed for another's. */
    public String inEnglish(CaseTransfer transfer) {
        return transfer.asPackage() ? transfer.toElsewhere() : inEnglish(transfer.toBoard());
    }

    /** The same in Welsh where the board has a Welsh name. */
    public String welsh(CaseTransfer transfer) {
        return transfer.asPackage() ? transfer.toElsewhere() : welsh(transfer.toBoard());
    }

    /** The same in the reader's language. */
    public String shown(CaseTransfer transfer) {
        return transfer.asPackage() ? transfer.toElsewhere() : shown(transfer.toBoard());
    }

    /** The board a received case came from, in English: of this deployment, or as another's package named it. */
    public String inEnglish(ReceivedTransfer received) {
        return received.imported() ? received.fromBoardName() : inEnglish(received.fromBoard());
    }

    /** The same in the reader's language. */
    public String shown(ReceivedTransfer received) {
        return received.imported() ? received.fromBoardName() : shown(received.fromBoard());
    }
}
