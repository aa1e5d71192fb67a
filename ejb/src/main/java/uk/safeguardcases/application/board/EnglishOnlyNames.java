package uk.safeguardcases.application.board;

import java.util.Collection;
import uk.safeguardcases.domain.board.Board;

/**
 * What a process shows by a name the board gave no Welsh for (a version of its policy, say), so the pages can mark
 * each such name as English only. Every bean of this interface is asked; the core names none of them.
 */
public interface EnglishOnlyNames {

    /** The names of the board's records this process shows in English only; none when it has none. */
    Collection<String> of(Board board);
}
