package uk.safeguardcases.application.process;

import jakarta.ejb.ApplicationException;
import java.time.Instant;
import uk.safeguardcases.application.Texts;

/**
 * The task is not the caller's to do: someone else completed it first, or it is assigned to someone else. The
 * message says who (and when), in the caller's language.
 */
@ApplicationException(rollback = true)
public class TaskAlreadyDoneException extends RuntimeException {

    public TaskAlreadyDoneException(String message) {
        super(message);
    }

    /**
     * "Nothing was recorded for CHSCB-SAR-7: it changed at the same moment …": a step whose process one of its own
     * jobs (a reminder's timer) changed at that moment, so not done, and to be tried again.
     */
    public static TaskAlreadyDoneException changedMeanwhile(String reference) {
        return new TaskAlreadyDoneException(Texts.text("task.changedMeanwhileOn", reference));
    }

    /**
     * The refusal of a step on {@code reference} that the engine would not take: changed at the same moment by one of
     * its process's own jobs (a reminder's timer), so not done and to be tried again ({@link #changedMeanwhile});
     * otherwise no longer open (done in another window, or by a colleague), said by {@code noLongerOpen}.
     */
    public static TaskAlreadyDoneException refused(StepUnavailableException e, String reference,
            String noLongerOpen) {
        return e.reason() == StepUnavailableException.Reason.STILL_WAITING ? changedMeanwhile(reference)
                : new TaskAlreadyDoneException(noLongerOpen);
    }

    /** {@link #refused(StepUnavailableException, String, String)}: otherwise "That task of … is no longer open." */
    public static TaskAlreadyDoneException refused(StepUnavailableException e, String reference) {
        return refused(e, reference, Texts.text("task.noLongerOpen", reference));
    }

    /**
     * "Triage of CHSCB-2026-0042 was already done by chscb.officer on 5 May 2026 at 10:04."
     *
     * @param step the step's name as the message says it (a {@code step.*} or {@code task.*} text)
     * @param by who did it, as the caller may read it ({@code PeopleNames.describedToCaller})
     */
    public static TaskAlreadyDoneException doneBy(String step, String reference, String by, Instant at) {
        return new TaskAlreadyDoneException(Texts.text("task.alreadyDone", step, reference, by,
                Texts.day(at), Texts.time(at)));
    }
}
