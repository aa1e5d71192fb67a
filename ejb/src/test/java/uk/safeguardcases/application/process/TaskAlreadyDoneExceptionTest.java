package uk.safeguardcases.application.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.process.StepUnavailableException.Reason;

/**
 * What a step says when its process was not where the step expected it (a subject access request's, a child search's,
 * an official account's, a transfer's): to be tried again when one of its own reminders changed it at that moment,
 * otherwise no longer open.
 */
class TaskAlreadyDoneExceptionTest {

    @Test
    void aStepItsReminderChangedAtTheSameMomentIsToBeTriedAgain() {
        String expected = "Nothing was recorded for CHSCB-SAR-7: it changed at the same moment (one of the"
                + " product’s own reminders). Please try again.";
        StepUnavailableException stillWaiting = new StepUnavailableException(Reason.STILL_WAITING, null);
        assertThat(TaskAlreadyDoneException.refused(stillWaiting, "CHSCB-SAR-7")).hasMessage(expected);
        assertThat(TaskAlreadyDoneException.refused(stillWaiting, "CHSCB-SAR-7", "Decided already."))
                .as("whatever the step's own words for one no longer open").hasMessage(expected);
    }

    @Test
    void aStepDoneOrMovedOnMeanwhileIsNoLongerOpen() {
        for (Reason reason : new Reason[] {Reason.NOT_OPEN, Reason.CONFLICT, Reason.NOT_WAITING}) {
            StepUnavailableException e = new StepUnavailableException(reason, null);
            assertThat(TaskAlreadyDoneException.refused(e, "CHSCB-SAR-7")).as(reason.name())
                    .hasMessage("That task of CHSCB-SAR-7 is no longer open.");
            assertThat(TaskAlreadyDoneException.refused(e, "CHSCB-SAR-7", "Decided already.")).as(reason.name())
                    .hasMessage("Decided already.");
        }
    }
}
