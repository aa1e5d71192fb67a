package uk.safeguardcases.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;

/** The boards of a unit test, by id; the current one is the caller's. */
public class InMemoryBoards implements BoardRepository {

    private final Map<String, Board> boards = new HashMap<>();

    /** A board as its hosting operator would add it: English only unless given a Welsh name. */
    public Board add(String id, String name, String nameCy, String referencePrefix, String policyTitle,
            String policyTitleCy) {
        Board board = new Board() {
        };
        Wiring.set(board, "id", id);
        Wiring.set(board, "name", name);
        Wiring.set(board, "nameCy", nameCy);
        Wiring.set(board, "referencePrefix", referencePrefix);
        Wiring.set(board, "policyTitle", policyTitle);
        Wiring.set(board, "policyTitleCy", policyTitleCy);
        Wiring.set(board, "welshInterface", nameCy != null);
        boards.put(id, board);
        return board;
    }

    @Override
    public Board current() {
        return boards.get(CallerContext.current().tenantId());
    }

    @Override
    public Optional<Board> byId(String id) {
        return Optional.ofNullable(boards.get(id));
    }

    @Override
    public void signedIn(String board, Instant at) {
        // Not kept here.
    }

    @Override
    public void lock(Board board) {
        // One test, one thread: nobody to queue behind.
    }

    @Override
    public Board locked(String id) {
        return boards.get(id);
    }

    @Override
    public boolean suspended(String board) {
        return false;
    }

    @Override
    public Set<String> suspendedBoards() {
        return Set.of();
    }
}
