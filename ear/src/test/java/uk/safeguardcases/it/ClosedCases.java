package uk.safeguardcases.it;

import org.jboss.shrinkwrap.api.spec.WebArchive;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.application.investigation.DecisionService;

/**
 * Cases closed through the services, for the benchmarks of another package ({@link CaseFixtures} is this package's
 * own): the two ways most cases close, so a benchmark can copy what the product leaves behind for each.
 */
public final class ClosedCases {

    private ClosedCases() {
    }

    /** Adds the fixtures these cases are walked with to a deployment's WAR. */
    public static void addTo(WebArchive war) {
        war.addClasses(ClosedCases.class, CaseFixtures.class, TestBoard.class, Browser.class, Browser.Page.class,
                Browser.Upload.class, Tls.class);
    }

    /** Raised, then closed by the officer at triage with no further action; its reference. */
    public static String atTriage(String board, String subjectName) {
        return CaseFixtures.closedAtTriage(board, subjectName);
    }

    /**
     * Investigated in full (authorised, evidence captured, the post removed, the member's statement, removal
     * verified) and closed by the officer's decision of no breach; its reference.
     */
    public static String afterInvestigation(String board, String subjectName) {
        String ref = CaseFixtures.a(board).about(subjectName)
                .alleging(subjectName + " posted about a service user’s family.")
                .withEvidence(CaseFixtures.textPost("A post about a family known through work – “not OK”."))
                .at(CaseStatus.DECIDING_OUTCOME).reference();
        CaseFixtures.as(board + ".officer", () -> CaseFixtures.bean(DecisionService.class).decideOutcome(ref,
                CaseOutcome.NO_BREACH, "The post was not about anyone known through work; no breach."));
        CaseFixtures.awaitStep(board, ref, CaseStatus.CLOSED);
        return ref;
    }
}
