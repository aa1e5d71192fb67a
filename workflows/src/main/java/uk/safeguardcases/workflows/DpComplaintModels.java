package uk.safeguardcases.workflows;

import jakarta.enterprise.context.ApplicationScoped;

/** Data protection complaints (DPA 2018 s.164A): one process per complaint, from receipt to its outcome. */
@ApplicationScoped
public class DpComplaintModels extends ClasspathModels {

    public DpComplaintModels() {
        super("bpmn/data-protection-complaint.bpmn");
    }
}
