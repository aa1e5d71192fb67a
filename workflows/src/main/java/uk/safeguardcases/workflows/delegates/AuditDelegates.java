package uk.safeguardcases.workflows.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.safeguardcases.application.chaincheck.AuditChainChecks;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;

/** The service task of the nightly audit chain check, run as the board's system caller (board from the execution). */
@ApplicationScoped
public class AuditDelegates {

    @Inject
    private AuditChainChecks checks;

    @Produces
    @Named("checkAuditChainDelegate")
    JavaDelegate checkAuditChain() {
        return execution -> CallerContext.runAs(Caller.system(execution.getTenantId()), () -> checks.checkNightly());
    }
}
