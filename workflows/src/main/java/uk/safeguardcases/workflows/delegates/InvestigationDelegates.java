package uk.safeguardcases.workflows.delegates;

import uk.safeguardcases.domain.deadline.Deadline;
import java.util.Date;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.safeguardcases.application.investigation.InvestigationSteps;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.InvestigationProcess;

/**
 * The service tasks of the breach investigation, by the names the BPMN model uses. Each runs as the
 * board's system caller, with the board taken from the execution (job threads have no request), and
 * calls one idempotent step: a job that runs twice changes nothing the second time.
 */
@ApplicationScoped
public class InvestigationDelegates {

    @Inject
    private InvestigationSteps steps;

    @Produces
    @Named("escalateLadoDelegate")
    JavaDelegate escalateLado() {
        return run(caseId -> steps.escalateLado(caseId));
    }

    @Produces
    @Named("escalateAdultReportDelegate")
    JavaDelegate escalateAdultReport() {
        return run(caseId -> steps.escalateAdultReport(caseId));
    }

    @Produces
    @Named("sendRemovalRequestDelegate")
    JavaDelegate sendRemovalRequest() {
        return runAndSet(caseId -> {
            Deadline removal = steps.sendRemovalRequest(caseId);
            return Map.of(InvestigationProcess.REMOVAL_REMINDER_AT, Date.from(removal.reminderAt()),
                    InvestigationProcess.REMOVAL_DEADLINE, Date.from(removal.due()));
        });
    }

    @Produces
    @Named("removalReminderDelegate")
    JavaDelegate removalReminder() {
        return run(caseId -> steps.remindAboutRemoval(caseId));
    }

    @Produces
    @Named("recordNonComplianceDelegate")
    JavaDelegate recordNonCompliance() {
        return run(caseId -> steps.recordNonCompliance(caseId));
    }

    @Produces
    @Named("sendCooperationRequestDelegate")
    JavaDelegate sendCooperationRequest() {
        return runAndSet(caseId -> Map.of(InvestigationProcess.COOPERATION_DEADLINE,
                Date.from(steps.sendCooperationRequest(caseId).due())));
    }

    @Produces
    @Named("recordNonCooperationDelegate")
    JavaDelegate recordNonCooperation() {
        return run(caseId -> steps.recordNonCooperation(caseId));
    }

    @Produces
    @Named("sendReferralDelegate")
    JavaDelegate sendReferral() {
        return execution -> {
            String approvedBy = (String) execution.getVariable(InvestigationProcess.REFERRAL_APPROVED_BY);
            execution.setVariables(asBoard(execution, caseId -> {
                Deadline acknowledgement = steps.sendReferral(caseId, approvedBy);
                return Map.of(InvestigationProcess.HR_ACK_REMINDER_AT, Date.from(acknowledgement.reminderAt()),
                        InvestigationProcess.HR_ACK_DUE, Date.from(acknowledgement.due()));
            }));
        };
    }

    @Produces
    @Named("hrAcknowledgementReminderDelegate")
    JavaDelegate hrAcknowledgementReminder() {
        return run(caseId -> steps.remindHr(caseId));
    }

    @Produces
    @Named("escalateHrAcknowledgementDelegate")
    JavaDelegate escalateHrAcknowledgement() {
        return run(caseId -> steps.escalateHrAcknowledgement(caseId));
    }

    @Produces
    @Named("closeCaseDelegate")
    JavaDelegate closeCase() {
        return execution -> {
            String reason = (String) execution.getVariable(InvestigationProcess.CLOSURE_REASON);
            asBoard(execution, caseId -> {
                steps.close(caseId, reason);
                return Map.of();
            });
        };
    }

    private interface Step {
        void run(long caseId);
    }

    private static JavaDelegate run(Step step) {
        return execution -> asBoard(execution, caseId -> {
            step.run(caseId);
            return Map.of();
        });
    }

    private static JavaDelegate runAndSet(Function<Long, Map<String, Object>> step) {
        return execution -> execution.setVariables(asBoard(execution, step));
    }

    private static Map<String, Object> asBoard(DelegateExecution execution, Function<Long, Map<String, Object>> step) {
        long caseId = ((Number) execution.getVariable(InvestigationProcess.CASE_ID)).longValue();
        return CallerContext.runAs(Caller.system(execution.getTenantId()), () -> step.apply(caseId));
    }
}
