package uk.safeguardcases.workflows;

import jakarta.enterprise.context.ApplicationScoped;

/** Trusted time's timers: each board's chain head every night, and its evidence still waiting every ten minutes. */
@ApplicationScoped
public class TrustedTimeModels extends ClasspathModels {

    public TrustedTimeModels() {
        super("bpmn/chain-head-timestamp.bpmn", "bpmn/evidence-timestamp-retry.bpmn");
    }
}
