package uk.safeguardcases.infrastructure.trustedtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The trusted time's figures, served to Prometheus with the product's: the tokens the authority gave, its failures by
 * kind ({@code unreachable}, {@code refused}, {@code invalid}), and whether an authority is set at all. Counted on the
 * node that asked; labels are those fixed kinds only.
 */
@ApplicationScoped
public class TrustedTimeMeters {

    public static final String TOKENS = "safeguard_trusted_time_tokens";
    public static final String FAILURES = "safeguard_trusted_time_failures";
    public static final String CONFIGURED = "safeguard_trusted_time_configured";
    private static final Set<String> OURS = Set.of(TOKENS, FAILURES, CONFIGURED);

    private static final Logger LOG = Logger.getLogger(TrustedTimeMeters.class.getName());

    @Inject
    private MeterRegistry registry;

    @Inject
    private AuthorityTrustedTime authority;

    private volatile boolean gaugeMade;

    /** At start: the gauge and the counters are there before the authority is first asked (or when it never is). */
    void started(@Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class) Object started) {
        made();
    }

    public void asked(@Observes TrustedTimeAsked asked) {
        made();
        if (asked.failure() == null) {
            registry.counter(TOKENS).increment();
        } else {
            registry.counter(FAILURES, Tags.of("kind", asked.failure().name().toLowerCase(Locale.ROOT))).increment();
        }
    }

    /** The gauge and each kind of failure from the first ask, at 0 until counted. */
    synchronized void made() {
        if (!gaugeMade) {
            gaugeMade = true;
            registry.gauge(CONFIGURED, Tags.empty(), this, meters -> meters.authority.configured() ? 1 : 0);
            for (Rfc3161Client.Failure failure : Rfc3161Client.Failure.values()) {
                registry.counter(FAILURES, Tags.of("kind", failure.name().toLowerCase(Locale.ROOT)));
            }
            registry.counter(TOKENS);
        }
    }

    /** Gone with the deployment, as the product's own meters are ({@code ProductMeters}). */
    @PreDestroy
    void removeMeters() {
        try {
            registry.getMeters().stream().filter(meter -> OURS.contains(meter.getId().getName())).toList()
                    .forEach(registry::remove);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The trusted time's meters could not be taken off the server's registry: {0}",
                    e.toString());
        }
    }
}
