package uk.safeguardcases.application.trustedtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import uk.safeguardcases.application.retention.RetentionStep;
import uk.safeguardcases.domain.trustedtime.TrustedTimeRecords;

/**
 * The tokens of evidence removed with its case under retention go with it (the chain heads' stay with the
 * chain), in a transaction of their own: the purge that calls it runs outside one.
 */
@ApplicationScoped
@Transactional
public class TrustedTimeRetention implements RetentionStep {

    @Inject
    private TrustedTimeRecords records;

    @Override
    public int removeDue(LocalDate today) {
        return records.removeOfRemovedEvidence();
    }
}
