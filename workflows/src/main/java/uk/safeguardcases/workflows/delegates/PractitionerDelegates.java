package uk.safeguardcases.workflows.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.safeguardcases.application.practitioner.PractitionerConcerns;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;

/** The service task of the designated persons' deadline check, run as the board's system caller. */
@ApplicationScoped
public class PractitionerDelegates {

    @Inject
    private PractitionerConcerns concerns;

    @Produces
    @Named("checkDesignatedPersonDeadlinesDelegate")
    JavaDelegate checkDesignatedPersonDeadlines() {
        return execution -> CallerContext.runAs(Caller.system(execution.getTenantId()),
                () -> {
                    concerns.checkDesignatedPersonDeadlines();
                });
    }
}
