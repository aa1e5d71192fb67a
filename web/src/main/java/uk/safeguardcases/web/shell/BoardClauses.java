package uk.safeguardcases.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.ClauseView;

/**
 * The board's clauses in force, read once a request for the forms that offer them. Not kept in a page's state: every
 * page a person keeps open holds its beans in the session, and a board's clauses, in both languages, are the largest
 * thing a case's page would otherwise hold (issue 43: memory per signed-in person).
 */
@RequestScoped
public class BoardClauses {

    @Inject
    private BoardService boards;

    private List<ClauseView> inForce;

    public List<ClauseView> inForce() {
        if (inForce == null) {
            inForce = boards.clauses();
        }
        return inForce;
    }
}
