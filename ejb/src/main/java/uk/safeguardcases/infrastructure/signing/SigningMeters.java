package uk.safeguardcases.infrastructure.signing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguardcases.application.signing.SignedWithoutTime;

/**
 * The figure of documents signed without a trusted time, per board, beside the product's own (WildFly's micrometer
 * subsystem serves it at the management interface's {@code /prometheus} as
 * {@code safeguard_documents_signed_without_time_total}): counted once the step that signed commits.
 */
@ApplicationScoped
public class SigningMeters {

    public static final String SIGNED_WITHOUT_TIME = "safeguard_documents_signed_without_time";

    private static final Logger LOG = Logger.getLogger(SigningMeters.class.getName());

    @Inject
    private MeterRegistry registry;

    public void signedWithoutTime(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignedWithoutTime signed) {
        registry.counter(SIGNED_WITHOUT_TIME, Tags.of("board", signed.board())).increment();
    }

    /** The registry outlives the deployment: its counter goes with it (as the product's own meters do). */
    @PreDestroy
    void removeMeters() {
        try {
            registry.getMeters().stream().filter(m -> SIGNED_WITHOUT_TIME.equals(m.getId().getName())).toList()
                    .forEach(registry::remove);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The signing meter could not be taken off the server's registry: {0}",
                    e.toString());
        }
    }
}
