package uk.safeguardcases.workflows.delegates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.trustedtime.ChainHeadTimestamps;
import uk.safeguardcases.application.trustedtime.EvidenceStamping;

/** The service tasks of trusted time, run as the board's system caller (the board from the execution). */
@ApplicationScoped
public class TrustedTimeDelegates {

    @Inject
    private ChainHeadTimestamps chainHeads;

    @Inject
    private EvidenceStamping evidence;

    @Produces
    @Named("stampChainHeadDelegate")
    JavaDelegate stampChainHead() {
        return execution -> CallerContext.runAs(Caller.system(execution.getTenantId()), () -> chainHeads.stampTheHead());
    }

    @Produces
    @Named("stampWaitingEvidenceDelegate")
    JavaDelegate stampWaitingEvidence() {
        return execution -> CallerContext.runAs(Caller.system(execution.getTenantId()), () -> evidence.fillWaiting());
    }
}
