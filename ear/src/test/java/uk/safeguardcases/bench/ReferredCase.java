package uk.safeguardcases.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.investigation.AllegationService;
import uk.safeguardcases.application.investigation.AuthorisationService;
import uk.safeguardcases.application.investigation.DecisionService;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.requests.MemberResponse;

/**
 * For the benchmarks that read a long case (in the server): a City &amp; Hackney case walked through the investigation
 * by its people, with many evidence items and a long history shared with HR, to the referral to HR.
 */
@Dependent
class ReferredCase {

    @Inject
    private PeopleDirectory people;

    @Inject
    private CaseService cases;

    @Inject
    private BoardService boards;

    @Inject
    private TriageService triage;

    @Inject
    private AuthorisationService authorisation;

    @Inject
    private AllegationService allegations;

    @Inject
    private EvidenceService evidence;

    @Inject
    private RequestService requests;

    @Inject
    private DecisionService decisions;

    @Inject
    private ReferralService referrals;

    @Inject
    private TimelineService timeline;

    /**
     * Walks a new case to the HR referral with {@code evidenceItems} captured and {@code entries} shared with HR. The
     * pack holds what was shared until it was sent, so the long history is written before the outcome: a first case
     * walked without it tells how many entries the walk itself shares, the second adds the rest.
     */
    String withEvidenceAndTimeline(int evidenceItems, int entries) {
        Caller officer = as("chscb.officer");
        String probe = walk(evidenceItems, 0);
        int walked = CallerContext.runAs(officer, () -> referrals.packForBoard(probe)).timeline().size();
        if (walked > entries) {
            throw new IllegalStateException("the walk alone shares " + walked + " entries, more than " + entries);
        }
        return walk(evidenceItems, entries - walked);
    }

    private String walk(int evidenceItems, int notes) {
        Caller officer = as("chscb.officer");
        Caller senior = as("chscb.senior");
        Caller member = as("chscb.member");
        Caller hr = as("chscb.hr");
        String ref = CallerContext.runAs(officer, () -> cases.raiseConcern(new NewConcern("Gwenllian Dŷ",
                hr.organisationId(), CaseSource.PUBLIC_COMPLAINT, "Photographs of a service user's family posted at"
                + " Gŵyl Dŷ without consent.", "chscb.member"))).reference();
        CallerContext.runAs(officer, () -> triage.recordTriage(ref, new TriageInput(false, null, false, null, false,
                null, false, TriageDecision.INVESTIGATE, "Screened.")));
        Long clauseId = CallerContext.runAs(officer, () -> boards.clauses()).stream()
                .filter(c -> c.reference().equals("3.5(d)")).findFirst().orElseThrow().id();
        CallerContext.runAs(officer, () -> allegations.allege(ref, clauseId, AllegationCategory.IMAGES_WITHOUT_CONSENT,
                Severity.HIGH, null, "Three photographs of a family known through work."));
        CallerContext.runAs(senior, () -> authorisation.decide(ref, true, "Justifiable concern; open methods only."));
        Instant first = Instant.now().minus(evidenceItems + 1, ChronoUnit.MINUTES);
        for (int i = 0; i < evidenceItems; i++) {
            int n = i;
            CallerContext.runAs(officer, () -> evidence.capture(ref, EvidenceInput.text(
                    "https://www.facebook.com/posts/" + (4700 + n), Platform.FACEBOOK,
                    "Captured post number " + n + ": look who I met at work today",
                    first.plus(n, ChronoUnit.MINUTES), CaptureMethod.PUBLIC_PAGE_VIEWED,
                    CaptureForm.TEXT_COPIED, true)));
        }
        CallerContext.runAs(officer, () -> evidence.finishGathering(ref, evidenceItems + " public posts captured."));
        awaitStatus(ref, CaseStatus.AWAITING_REMOVAL);
        CallerContext.runAs(member, () -> requests.respondToRemoval(ref, MemberResponse.REMOVED, "Deleted them."));
        awaitStatus(ref, CaseStatus.AWAITING_COOPERATION);
        CallerContext.runAs(member, () -> requests.recordCooperation(ref, MemberResponse.STATEMENT,
                "I posted them; I have taken them down.", false));
        awaitStatus(ref, CaseStatus.VERIFYING_REMOVAL);
        // The rest of a long case's history, shared with HR, before the pack is sent.
        long caseId = CallerContext.runAs(officer, () -> cases.findByReference(ref)).id();
        for (int i = 0; i < notes; i++) {
            int n = i;
            CallerContext.runAs(officer, () -> timeline.recordNote(caseId, AuditAction.REMOVAL_VERIFIED, "Note " + n
                    + ": the member's manager confirmed the account is the member's own and was public at the time.",
                    false));
        }
        CallerContext.runAs(officer, () -> decisions.verifyRemoval(ref, "The posts are gone."));
        CallerContext.runAs(officer, () -> decisions.decideOutcome(ref, CaseOutcome.DISCIPLINARY_REFERRAL,
                "Breach of 3.5(d) confirmed: photographs posted without consent."));
        CallerContext.runAs(senior, () -> decisions.approveReferral(ref, true, "Referral approved: proportionate."));
        awaitStatus(ref, CaseStatus.REFERRED_TO_HR);
        return ref;
    }

    Caller as(String username) {
        return people.callerFor(username).orElseThrow();
    }

    private void awaitStatus(String ref, CaseStatus expected) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!statusOf(ref).equals(expected.label()) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertEquals(expected.label(), statusOf(ref), "case " + ref + " reached its step in 30 s");
    }

    private String statusOf(String ref) {
        return CallerContext.runAs(as("chscb.officer"), () -> cases.findByReference(ref)).status();
    }
}
