package uk.safeguardcases.workflows;

import jakarta.enterprise.context.ApplicationScoped;

/** The nightly check of each board's audit chain. */
@ApplicationScoped
public class AuditModels extends ClasspathModels {

    public AuditModels() {
        super("bpmn/audit-chain-check.bpmn");
    }
}
