package uk.safeguardcases.domain.leaving;

import java.util.Optional;

/** The erasures of boards that leave: asked for, withdrawn, or done (the certificate stays). */
public interface BoardErasureRepository {

    /** The board's erasure once done. */
    Optional<BoardErasure> erased(String boardId);

    /** The board's erasure asked for and neither withdrawn nor done. */
    Optional<BoardErasure> open(String boardId);

    Optional<BoardErasure> byId(long id);

    void add(BoardErasure erasure);

    /** Writes what the transaction changed and forgets every record it loaded: the board's rows go next. */
    void writeAndForget();

    /**
     * Writes what the transaction changed and empties the second-level cache: the board and its organisations are
     * kept there, and their rows have gone underneath it.
     */
    void writeAndEmptyTheCache();
}
