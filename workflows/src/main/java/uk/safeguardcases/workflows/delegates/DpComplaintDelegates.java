package uk.safeguardcases.workflows.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.safeguardcases.application.dpcomplaint.DataProtectionComplaints;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.dpcomplaint.DpComplaintProcess;

/**
 * The complaint's own steps, run as the board's system caller: the reminder to acknowledge, and the escalation on the
 * last day. Each happens at most once however often its job runs, and not at all once the complaint is acknowledged.
 */
@ApplicationScoped
public class DpComplaintDelegates {

    @Inject
    private DataProtectionComplaints complaints;

    @Produces
    @Named("dpComplaintReminderDelegate")
    JavaDelegate reminder() {
        return execution -> CallerContext.runAs(Caller.system(execution.getTenantId()),
                () -> complaints.remindToAcknowledge(complaintId(execution)));
    }

    @Produces
    @Named("dpComplaintEscalationDelegate")
    JavaDelegate escalation() {
        return execution -> CallerContext.runAs(Caller.system(execution.getTenantId()),
                () -> complaints.escalateAcknowledgement(complaintId(execution)));
    }

    private static long complaintId(DelegateExecution execution) {
        return ((Number) execution.getVariable(DpComplaintProcess.COMPLAINT_ID)).longValue();
    }
}
