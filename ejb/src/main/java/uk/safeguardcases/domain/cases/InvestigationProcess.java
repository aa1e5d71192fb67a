package uk.safeguardcases.domain.cases;

/**
 * The names shared by the breach investigation BPMN model (workflows module) and the services that
 * drive it: one place, so a renamed task cannot silently disconnect them.
 */
public final class InvestigationProcess {

    public static final String KEY = "breach-investigation";

    /** User task: the officer triages the concern. */
    public static final String TRIAGE_TASK = "triage";

    /** Process variables. */
    public static final String CASE_ID = "caseId";
    public static final String CASE_REFERENCE = "caseReference";

    private InvestigationProcess() {
    }
}
