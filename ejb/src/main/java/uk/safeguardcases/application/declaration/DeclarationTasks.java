package uk.safeguardcases.application.declaration;

import java.util.Map;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.domain.declaration.Declaration;

/** The member's and the manager's tasks in a declaration's process. */
final class DeclarationTasks {

    private DeclarationTasks() {
    }

    /**
     * Completes the declaration's {@code task}; one done already (by another tab, or another node) is said so, and one
     * a reminder's job changed at the same moment is not done, and the person asked to try again.
     */
    static void complete(Processes processes, Declaration declaration, String task, String username,
            Map<String, Object> variables) {
        try {
            processes.complete(declaration.processInstanceId(), task, username, variables);
        } catch (StepUnavailableException e) {
            throw new TaskAlreadyDoneException(DeclarationWords.text(
                    e.reason() == StepUnavailableException.Reason.STILL_WAITING ? "declaration.changedMeanwhile"
                            : "declaration.alreadySigned"));
        }
    }
}
