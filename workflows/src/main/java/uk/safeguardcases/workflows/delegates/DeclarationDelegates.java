package uk.safeguardcases.workflows.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import uk.safeguardcases.application.declaration.AskingMembers;
import uk.safeguardcases.application.declaration.DeclarationChasing;
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
    private AskingMembers asking;

    @Inject
    private DeclarationChasing chasing;

    @Produces
    @Named("askMembersDelegate")
    JavaDelegate askMembers() {
        return execution -> {
            long id = ((Number) execution.getVariable(DeclarationProcess.VERSION_ID)).longValue();
            // A version published before the model asked in batches (its job still waiting when the node was
            // upgraded) has no way back to this step: there every batch is asked in this one job, as then.
            boolean batchesAsJobs = ((FlowNode) execution.getBpmnModelElementInstance()).getOutgoing().stream()
                    .anyMatch(flow -> DeclarationProcess.MEMBERS_LEFT.equals(flow.getTarget().getId()));
            boolean more;
            do {
                more = CallerContext.runAs(Caller.system(execution.getTenantId()), () -> asking.askMembers(id));
            } while (more && !batchesAsJobs);
            execution.setVariable(DeclarationProcess.MORE_TO_ASK, more);
        };
    }

    @Produces
    @Named("policyReviewDelegate")
    JavaDelegate reviewDue() {
        return run(DeclarationProcess.VERSION_ID, id -> chasing.reviewDue(id));
    }

    @Produces
    @Named("declarationReminderDelegate")
    JavaDelegate remind() {
        return run(DeclarationProcess.DECLARATION_ID, id -> chasing.remind(id, false));
    }

    @Produces
    @Named("declarationSecondReminderDelegate")
    JavaDelegate remindAgain() {
        return run(DeclarationProcess.DECLARATION_ID, id -> chasing.remind(id, true));
    }

    @Produces
    @Named("declarationEscalationDelegate")
    JavaDelegate escalate() {
        return run(DeclarationProcess.DECLARATION_ID, id -> chasing.escalate(id));
    }

    private static JavaDelegate run(String variable, LongConsumer step) {
        return execution -> {
            long id = ((Number) execution.getVariable(variable)).longValue();
            CallerContext.runAs(Caller.system(execution.getTenantId()), () -> step.accept(id));
        };
    }
}
