package uk.safeguardcases.application.trustedtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import uk.safeguardcases.application.retention.RetentionStep;
import uk.safeguardcases.domain.trustedtime.TrustedTimeRecords;

/** The tokens of evidence removed with its case under retention go with it (the chain heads' stay with the chain). */
@ApplicationScoped
public class TrustedTimeRetention implements RetentionStep {

    @Inject
    private TrustedTimeRecords records;

    @Override
    public int removeDue(LocalDate today) {
        return records.removeOfRemovedEvidence();
    }
}
