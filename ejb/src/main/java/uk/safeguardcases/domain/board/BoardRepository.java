package uk.safeguardcases.domain.board;

/** The boards. */
public interface BoardRepository {

    /** The caller's own board. */
    Board current();
}
