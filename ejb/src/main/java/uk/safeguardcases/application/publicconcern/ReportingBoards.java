package uk.safeguardcases.application.publicconcern;

import java.util.List;
import java.util.Optional;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.organisation.ParentOrganisation;

/**
 * The boards a public page names, and the parent organisations a reporter picks from: a read model
 * ({@code infrastructure/persistence/jpa}), which also keeps the one organisation the public pages add.
 */
public interface ReportingBoards {

    Optional<Board> board(String boardId);

    /** The board's active organisations, by name. */
    List<ParentOrganisation> activeOrganisations();

    /** The organisation with this id, any board's (the caller checks it is theirs). */
    Optional<ParentOrganisation> organisation(long id);

    /** The board's organisation with exactly this name. */
    Optional<ParentOrganisation> organisationNamed(String name);

    /** Stores a new organisation now, so that a case can name it in this transaction. */
    void addOrganisation(ParentOrganisation organisation);
}
