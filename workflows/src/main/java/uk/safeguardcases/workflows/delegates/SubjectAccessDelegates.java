package uk.safeguardcases.workflows.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.safeguardcases.application.access.SubjectAccessRequests;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.access.SubjectAccessProcess;

/**
 * The service tasks of a subject access request, run as the board's system caller (board from the execution). Each
 * step is idempotent: the reminder and the escalation are recorded once however often their job runs.
 */
@ApplicationScoped
public class SubjectAccessDelegates {

    @Inject
    private SubjectAccessRequests requests;

    @Produces
    @Named("subjectAccessReminderDelegate")
    JavaDelegate remind() {
        return run(id -> requests.remind(id));
    }

    @Produces
    @Named("subjectAccessOverdueDelegate")
    JavaDelegate overdue() {
        return run(id -> requests.overdue(id));
    }

    private static JavaDelegate run(LongConsumer step) {
        return execution -> {
            long id = ((Number) execution.getVariable(SubjectAccessProcess.REQUEST_ID)).longValue();
            CallerContext.runAs(Caller.system(execution.getTenantId()), () -> step.accept(id));
        };
    }
}
