package uk.safeguardcases.workflows;

import jakarta.enterprise.context.ApplicationScoped;

/** The breach investigation (DESIGN.md, "The breach investigation process"). */
@ApplicationScoped
public class InvestigationModels extends ClasspathModels {

    public InvestigationModels() {
        super("bpmn/breach-investigation.bpmn");
    }
}
