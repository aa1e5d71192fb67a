package uk.safeguardcases.workflows;

import jakarta.enterprise.context.ApplicationScoped;

/** The nightly retention purge of each board. */
@ApplicationScoped
public class RetentionModels extends ClasspathModels {

    public RetentionModels() {
        super("bpmn/retention-purge.bpmn");
    }
}
