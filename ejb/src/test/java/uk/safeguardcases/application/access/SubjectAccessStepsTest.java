package uk.safeguardcases.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.process.StepUnavailableException.Reason;

/** What a subject access request's step says when its process was not where the step expected it. */
class SubjectAccessStepsTest {

    @Test
    void aStepItsReminderChangedAtTheSameMomentIsToBeTriedAgain() {
        assertThat(SubjectAccessSteps.refused(new StepUnavailableException(Reason.STILL_WAITING, null), "CHSCB-SAR-7"))
                .hasMessage("Nothing was recorded for CHSCB-SAR-7: it changed at the same moment (one of the"
                        + " product’s own reminders). Please try again.");
    }

    @Test
    void aStepDoneOrMovedOnMeanwhileIsNoLongerOpen() {
        for (Reason reason : new Reason[] {Reason.NOT_OPEN, Reason.CONFLICT, Reason.NOT_WAITING}) {
            assertThat(SubjectAccessSteps.refused(new StepUnavailableException(reason, null), "CHSCB-SAR-7"))
                    .as(reason.name()).hasMessage("That task of CHSCB-SAR-7 is no longer open.");
        }
    }
}
