package uk.safeguardcases.application.access;

import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;

/** What a request's step says when its process was not where the step expected it. */
final class SubjectAccessSteps {

    private SubjectAccessSteps() {
    }

    /**
     * The refusal of a step on request {@code reference}: changed at the same moment by one of its process's own jobs
     * (a reminder's timer), so not done and to be tried again; otherwise no longer open (answered, paused or resumed
     * in another window, or by a colleague).
     */
    static TaskAlreadyDoneException refused(StepUnavailableException e, String reference) {
        return e.reason() == StepUnavailableException.Reason.STILL_WAITING
                ? TaskAlreadyDoneException.changedMeanwhile(reference)
                : new TaskAlreadyDoneException(Texts.text("task.noLongerOpen", reference));
    }
}
