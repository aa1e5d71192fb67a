package uk.safeguardcases.workflows.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.safeguardcases.application.retention.PurgeTurn;
import uk.safeguardcases.application.retention.RetentionPurge;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * The service task of the nightly retention purge, run as the board's system caller (board from the execution).
 * "Today" is the engine's clock, the one every deadline of the product runs on.
 */
@ApplicationScoped
public class RetentionDelegates {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** One turn's time: well inside the engine's five-minute job lock and the server's transaction timeout. */
    static final Duration TURN = Duration.ofMinutes(2);

    @Inject
    private RetentionPurge purge;

    @Produces
    @Named("removeDueCasesDelegate")
    JavaDelegate removeDueCases() {
        return execution -> {
            LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(UK).toLocalDate();
            PurgeTurn turn = CallerContext.runAs(Caller.system(execution.getTenantId()),
                    () -> purge.removeDue(today, TURN));
            execution.setVariable("removed", turn.removed());
            execution.setVariable("more", turn.more());
        };
    }
}
