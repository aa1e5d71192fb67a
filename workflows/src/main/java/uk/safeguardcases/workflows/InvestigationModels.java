package uk.safeguardcases.workflows;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.List;
import uk.safeguardcases.infrastructure.engine.ProcessModels;

/** The BPMN models of this module, deployed by the engine for every board. */
@ApplicationScoped
public class InvestigationModels implements ProcessModels {

    static final List<String> RESOURCES = List.of("bpmn/breach-investigation.bpmn", "bpmn/audit-chain-check.bpmn");

    @Override
    public List<String> resourceNames() {
        return RESOURCES;
    }

    @Override
    public InputStream open(String resourceName) {
        if (!RESOURCES.contains(resourceName)) {
            throw new IllegalArgumentException("Not a process model of this module: " + resourceName);
        }
        return InvestigationModels.class.getClassLoader().getResourceAsStream(resourceName);
    }
}
