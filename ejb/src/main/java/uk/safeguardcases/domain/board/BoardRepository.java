package uk.safeguardcases.domain.board;

/** The boards. */
public interface BoardRepository {

    /** The caller's own board. */
    Board current();

    /** A board by its id, whoever asks (a case's own board, for its letters). */
    java.util.Optional<Board> byId(String id);

    /** Keeps when the board's people last signed in (a time per board, nobody's name). */
    void signedIn(String board, java.time.Instant at);

    /** Holds the board's row until the transaction ends: what is numbered per board queues here. */
    void lock(Board board);

    /** The board, read and held (as {@link #lock}) until the transaction ends. */
    Board locked(String id);

    /** Whether the board is suspended, as stored now (read in SQL, past any cache). */
    boolean suspended(String board);

    /** Every suspended board's id, as stored now. */
    java.util.Set<String> suspendedBoards();
}
