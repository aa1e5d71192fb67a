package uk.safeguardcases.workflows;

import jakarta.enterprise.context.ApplicationScoped;

/** Authorised searches about a child (LSCB §3): one process per search, from the request to its outcome. */
@ApplicationScoped
public class ChildSearchModels extends ClasspathModels {

    public ChildSearchModels() {
        super("bpmn/child-search.bpmn");
    }
}
