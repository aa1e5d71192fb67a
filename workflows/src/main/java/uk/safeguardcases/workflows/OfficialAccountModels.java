package uk.safeguardcases.workflows;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Official accounts (CHSCB Authorised Use of Official Social Media Accounts): one process per business case for a new
 * account, and one per accredited person with the three-year certification's timers.
 */
@ApplicationScoped
public class OfficialAccountModels extends ClasspathModels {

    public OfficialAccountModels() {
        super("bpmn/official-account-request.bpmn", "bpmn/official-account-accreditation.bpmn");
    }
}
