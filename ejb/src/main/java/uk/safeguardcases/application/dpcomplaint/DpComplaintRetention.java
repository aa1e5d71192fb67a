package uk.safeguardcases.application.dpcomplaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import uk.safeguardcases.application.retention.RetentionStep;

/** A closed complaint is kept two years after its outcome, then removed. */
@ApplicationScoped
public class DpComplaintRetention implements RetentionStep {
    @Inject
    DataProtectionComplaints complaints;

    @Override
    public int removeDue(LocalDate today) {
        return complaints.removeDue(today);
    }
}
