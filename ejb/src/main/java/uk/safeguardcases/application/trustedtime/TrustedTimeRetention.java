package uk.safeguardcases.application.trustedtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import uk.safeguardcases.application.retention.RetentionStep;

/**
 * The tokens of evidence removed with its case under retention go with it (the chain heads' stay with the
 * chain), in a transaction of their own ({@link TrustedTimeStore}): the purge that calls it runs outside one.
 */
@ApplicationScoped
public class TrustedTimeRetention implements RetentionStep {

    @Inject
    private TrustedTimeStore store;

    @Override
    public int removeDue(LocalDate today) {
        return store.removeOfRemovedEvidence();
    }
}
