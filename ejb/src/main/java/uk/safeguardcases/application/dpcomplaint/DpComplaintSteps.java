package uk.safeguardcases.application.dpcomplaint;

import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguardcases.application.process.ProcessSteps;
import uk.safeguardcases.domain.dpcomplaint.DpComplaintProcess;

/** Its steps: nothing happens on entering a task (the complaint's own rules say what is open). */
@ApplicationScoped
public class DpComplaintSteps implements ProcessSteps {
    @Override
    public String processKey() {
        return DpComplaintProcess.KEY;
    }

    @Override
    public String subjectVariable() {
        return DpComplaintProcess.COMPLAINT_ID;
    }

    @Override
    public void stepEntered(long subjectId, String activityId) {
        // The complaint's status is set by the acts themselves (received, acknowledged, closed).
    }
}
