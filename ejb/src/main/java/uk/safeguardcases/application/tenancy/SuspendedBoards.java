package uk.safeguardcases.application.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import uk.safeguardcases.domain.board.BoardRepository;

/**
 * Which boards the hosting operator has suspended ({@code board_suspension}): the one place the product asks. Their
 * people cannot sign in (the people directory finds none of them), their API keys open nothing, their public page
 * says it is closed, their e-mails wait in the outbox and their processes' timers wait in the engine.
 */
@ApplicationScoped
public class SuspendedBoards {

    /** The condition on a row's {@code tenant_id} column (in {@code alias}) that its board is not suspended. */
    public static String notSuspended(String alias) {
        return "not exists (select 1 from board_suspension bs where bs.tenant_id = " + alias + ".tenant_id)";
    }

    @Inject
    private BoardRepository boards;

    public boolean suspended(String board) {
        return board != null && boards.suspended(board);
    }

    /** Every suspended board's id. */
    public Set<String> all() {
        return boards.suspendedBoards();
    }
}
