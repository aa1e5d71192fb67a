package uk.safeguardcases.application.cases;

import java.io.Serializable;
import java.util.List;

/**
 * The way a case has gone through its process, as the diagram on the case page draws it.
 *
 * @param taken the steps (model element ids) the case passed through, in the order it reached them, the
 *        current ones included; a step reached twice (a second removal request after a contest) is listed twice
 * @param active the steps it waits in now; empty once the process has ended
 * @param ended whether the process has ended (the case is closed): the last step taken is where it ended
 */
public record CasePath(List<String> taken, List<String> active, boolean ended) implements Serializable {
}
