package uk.safeguardcases.workflows.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.safeguardcases.application.search.SearchLogging;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.search.ChildSearchProcess;

/** The search's own step, run as the board's system caller: the authorisation expired, the window ends (idempotent). */
@ApplicationScoped
public class ChildSearchDelegates {

    @Inject
    private SearchLogging searching;

    @Produces
    @Named("childSearchExpiredDelegate")
    JavaDelegate expired() {
        return execution -> {
            long id = ((Number) execution.getVariable(ChildSearchProcess.SEARCH_ID)).longValue();
            CallerContext.runAs(Caller.system(execution.getTenantId()), () -> searching.authorisationExpired(id));
        };
    }
}
