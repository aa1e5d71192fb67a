package uk.safeguardcases.workflows.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.safeguardcases.application.official.AccreditationCycle;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.official.Certification;
import uk.safeguardcases.domain.official.OfficialAccountProcess;

/**
 * The service tasks of an accreditation's three-year cycle (CHSCB authorised use 3.1), run as the board's system
 * caller (board from the execution). Each is idempotent and belongs to its cycle: a job that runs twice, or one of a
 * cycle a renewal replaced, does nothing.
 */
@ApplicationScoped
public class OfficialAccountDelegates {

    @Inject
    private AccreditationCycle cycles;

    @Produces
    @Named("accreditationFirstReminderDelegate")
    JavaDelegate firstReminder() {
        return execution -> step(execution, (id, cycle) -> cycles.remind(id, Certification.FIRST_REMINDER_DAYS, cycle));
    }

    @Produces
    @Named("accreditationSecondReminderDelegate")
    JavaDelegate secondReminder() {
        return execution -> step(execution, (id, cycle) -> cycles.remind(id, Certification.SECOND_REMINDER_DAYS, cycle));
    }

    @Produces
    @Named("accreditationExpiredDelegate")
    JavaDelegate expired() {
        return execution -> step(execution, (id, cycle) -> cycles.expire(id, cycle));
    }

    private interface Step {
        void run(long accreditationId, LocalDate cycleExpiresOn);
    }

    private static void step(org.camunda.bpm.engine.delegate.DelegateExecution execution, Step step) {
        long id = ((Number) execution.getVariable(OfficialAccountProcess.ACCREDITATION_ID)).longValue();
        LocalDate cycle = LocalDate.parse((String) execution.getVariable(OfficialAccountProcess.EXPIRES_ON));
        CallerContext.runAs(Caller.system(execution.getTenantId()), () -> step.run(id, cycle));
    }
}
