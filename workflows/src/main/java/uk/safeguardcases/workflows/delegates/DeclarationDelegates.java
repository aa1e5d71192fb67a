package uk.safeguardcases.workflows.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.safeguardcases.application.declaration.PolicyDeclarations;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.declaration.DeclarationProcess;

/**
 * The service tasks of the policy declaration processes, run as the board's system caller (board from the
 * execution). Each step is idempotent: asking, reminding and escalating are each recorded once however often their
 * job runs.
 */
@ApplicationScoped
public class DeclarationDelegates {

    @Inject
    private PolicyDeclarations declarations;

    @Produces
    @Named("askMembersDelegate")
    JavaDelegate askMembers() {
        return run(DeclarationProcess.VERSION_ID, id -> declarations.askMembers(id));
    }

    @Produces
    @Named("policyReviewDelegate")
    JavaDelegate reviewDue() {
        return run(DeclarationProcess.VERSION_ID, id -> declarations.reviewDue(id));
    }

    @Produces
    @Named("declarationReminderDelegate")
    JavaDelegate remind() {
        return run(DeclarationProcess.DECLARATION_ID, id -> declarations.remind(id, false));
    }

    @Produces
    @Named("declarationSecondReminderDelegate")
    JavaDelegate remindAgain() {
        return run(DeclarationProcess.DECLARATION_ID, id -> declarations.remind(id, true));
    }

    @Produces
    @Named("declarationEscalationDelegate")
    JavaDelegate escalate() {
        return run(DeclarationProcess.DECLARATION_ID, id -> declarations.escalate(id));
    }

    private static JavaDelegate run(String variable, LongConsumer step) {
        return execution -> {
            long id = ((Number) execution.getVariable(variable)).longValue();
            CallerContext.runAs(Caller.system(execution.getTenantId()), () -> step.accept(id));
        };
    }
}
