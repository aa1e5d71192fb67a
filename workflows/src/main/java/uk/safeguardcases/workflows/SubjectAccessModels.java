package uk.safeguardcases.workflows;

import jakarta.enterprise.context.ApplicationScoped;

/** Subject access requests (UK GDPR Article 15): one process per request, with its deadline's timers. */
@ApplicationScoped
public class SubjectAccessModels extends ClasspathModels {

    public SubjectAccessModels() {
        super("bpmn/subject-access-request.bpmn");
    }
}
