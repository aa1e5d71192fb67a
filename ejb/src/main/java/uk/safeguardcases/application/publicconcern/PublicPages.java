package uk.safeguardcases.application.publicconcern;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.publicconcern.ReportThrottle;

/**
 * Concerns from anyone (issue 41): what every public page asks before it shows or takes anything. Nobody is signed in
 * on them: each step works as the board named in the address ({@link PublicSteps}), under the page's own caller
 * ({@link #REPORTER}); limits per address and per board, and a proof-of-work, keep out floods
 * ({@link PublicPageLimits}). Raising a concern is {@link ConcernIntake}'s, following one up
 * {@link ReporterFollowUp}'s, the board's side {@link ReportsForOfficers}'.
 */
@Stateless
public class PublicPages {

    /** Who the timeline and the case name for what the reporter does: never the reporter. */
    public static final String REPORTER = "public-page";
    /** The page whose button confirms a reporter's e-mail address (the link in the one e-mail sent before). */
    public static final String CONFIRM_PAGE = "/concern/confirm-address.xhtml";

    /** The public pages whose posts are weighed against the limits before anything of them is read. */
    public enum Door {
        /** Raising a concern: the address's and the board's counts. */
        RAISE,
        /** Following one up: the address's follow-ups, and its wrong codes. */
        FOLLOW_UP
    }

    @Resource
    private SessionContext context;

    @Inject
    private ReportingBoards boards;

    @Inject
    private PublicPageLimits limits;

    /** The board of a public page's address, or empty for an address that names none. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<PublicBoard> board(String boardId) {
        if (!PublicSteps.namesABoard(boardId)) {
            return Optional.empty();
        }
        return PublicSteps.asBoard(boardId, Locale.UK, () -> self().boardNow(boardId));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<PublicBoard> boardNow(String boardId) {
        Optional<Board> found = boards.board(boardId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Board board = found.get();
        return Optional.of(new PublicBoard(board.id(), board.name(), board.nameCy(), board.welshInterface(),
                boards.activeOrganisations().stream()
                        .map(o -> new PublicBoard.Choice(o.id(), o.name(), o.nameCy())).toList()));
    }

    /** A new proof-of-work challenge for a page to solve before it sends. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String challenge() {
        return limits.challenge();
    }

    /** A challenge for a board's page: harder as the board's count for the hour grows (a flood costs more). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String challenge(String boardId) {
        return limits.challenge(boardId);
    }

    /**
     * Before a post to a public page is read (its files may be 21 MB): the minutes to wait when the address, or the
     * board, has already reached a limit that the post would go over, else 0. Counts nothing: the step itself counts
     * (and checks again) once it is read. The rule is the step's own ({@link ReportThrottle#refusedAt}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long minutesToWait(String boardId, String address, Door door) {
        if (!PublicSteps.namesABoard(boardId)) {
            return 0;
        }
        return PublicSteps.asBoard(boardId, Locale.UK, () -> self().minutesToWaitNow(address, door));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long minutesToWaitNow(String address, Door door) {
        return limits.minutesToWait(address, door);
    }

    private PublicPages self() {
        return context.getBusinessObject(PublicPages.class);
    }
}
