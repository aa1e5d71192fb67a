package uk.safeguardcases.workflows;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Policy declarations (NSCB model policy 4.2, 5.1, 11 and Appendix 1): a process per published version (ask every
 * member, remind the owner of the review) and one per member's declaration (sign, countersign, reminders).
 */
@ApplicationScoped
public class DeclarationModels extends ClasspathModels {

    public DeclarationModels() {
        super("bpmn/policy-version.bpmn", "bpmn/policy-declaration.bpmn");
    }
}
