package uk.safeguardcases.workflows;

import jakarta.enterprise.context.ApplicationScoped;

/** The check, every quarter of an hour, of each board's designated persons' deadlines (practitioner concerns). */
@ApplicationScoped
public class PractitionerModels extends ClasspathModels {

    public PractitionerModels() {
        super("bpmn/practitioner-deadline-check.bpmn");
    }
}
