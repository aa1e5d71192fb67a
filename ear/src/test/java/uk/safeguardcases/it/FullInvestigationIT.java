package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.investigation.AllegationService;
import uk.safeguardcases.application.investigation.AllegationView;
import uk.safeguardcases.application.investigation.AuthorisationService;
import uk.safeguardcases.application.investigation.DecisionService;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.PossibleOffence;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.requests.MemberResponse;

/** The breach investigation from concern to the HR partner's outcome, on the real server. */
@ExtendWith(ArquillianExtension.class)
class FullInvestigationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWith(FullInvestigationIT.class);
    }

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
    private EvidenceService evidence;

    @Inject
    private RequestService requests;

    @Inject
    private DecisionService decisions;

    @Inject
    private ReferralService referrals;

    @Inject
    private TimelineService timeline;

    @Inject
    private AllegationService allegations;

    @Resource
    private ManagedExecutorService executor;

    private Caller as(String username) {
        return people.callerFor(username).orElseThrow();
    }

    @Test
    void aConcernGoesAllTheWayToTheHrOutcomeWhileAnotherBoardSeesNoneOfIt() {
        Caller officer = as("chscb.officer");
        Caller senior = as("chscb.senior");
        Caller member = as("chscb.member");
        Caller hr = as("chscb.hr");
        Caller otherOfficer = as("nscb.officer");
        Caller otherHr = as("nscb.hr");

        CaseSummary raised = CallerContext.runAs(officer, () -> cases.raiseConcern(new NewConcern(
                "Morgan Evans", hr.organisationId(), CaseSource.PUBLIC_COMPLAINT,
                "Photographs of a service user's family posted without consent (CHSCB 3.5(d)).", "chscb.member")));
        String ref = raised.reference();

        CallerContext.runAs(officer, () -> triage.recordTriage(ref, new TriageInput(false, null, false, null, false,
                null, false, TriageDecision.INVESTIGATE, "Clause 3.5(d); consent not given.")));
        assertEquals(CaseStatus.AWAITING_AUTHORISATION.label(), statusOf(officer, ref));

        Caller officerWhoIsAlsoSenior = new Caller("chscb.officer", "Olivia Okafor", "chscb",
                Set.of(Role.OFFICER, Role.SENIOR), null);
        assertThrows(AccessRefusedException.class, () -> CallerContext.runAs(officerWhoIsAlsoSenior,
                () -> authorisation.decide(ref, true, "Authorising my own triage")), "four eyes");
        CallerContext.runAs(senior, () -> authorisation.decide(ref, true, "Justifiable concern; open methods only."));
        assertEquals(CaseStatus.GATHERING_EVIDENCE.label(), statusOf(officer, ref));

        CallerContext.runAs(officer, () -> evidence.finishGathering(ref, "Two public posts captured."));
        awaitStatus(officer, ref, CaseStatus.AWAITING_REMOVAL);

        CallerContext.runAs(member, () -> requests.respondToRemoval(ref, MemberResponse.REMOVED, ""));
        awaitStatus(officer, ref, CaseStatus.AWAITING_COOPERATION);

        CallerContext.runAs(member, () -> requests.recordCooperation(ref, MemberResponse.STATEMENT,
                "I posted them; I have taken them down.", true));
        assertEquals(CaseStatus.VERIFYING_REMOVAL.label(), statusOf(officer, ref));

        CallerContext.runAs(officer, () -> decisions.verifyRemoval(ref, "Both posts are gone."));
        CallerContext.runAs(officer, () -> decisions.decideOutcome(ref, CaseOutcome.DISCIPLINARY_REFERRAL,
                "Breach of 3.5(d) confirmed."));
        assertEquals(CaseStatus.AWAITING_REFERRAL_APPROVAL.label(), statusOf(officer, ref));
        CallerContext.runAs(senior, () -> decisions.approveReferral(ref, true, "Referral approved."));
        awaitStatus(officer, ref, CaseStatus.REFERRED_TO_HR);

        assertThrows(NotFoundException.class, () -> CallerContext.runAs(otherHr, () -> referrals.acknowledge(ref)));
        CallerContext.runAs(hr, () -> referrals.acknowledge(ref));
        assertEquals(CaseStatus.AWAITING_HR_OUTCOME.label(), statusOf(officer, ref));
        assertTrue(CallerContext.runAs(hr, () -> cases.referralsToMyOrganisation()).stream()
                .anyMatch(c -> c.reference().equals(ref)), "in the HR partner's inbox");
        CallerContext.runAs(hr, () -> referrals.recordOutcome(ref, HrOutcome.WRITTEN_WARNING, false, null));
        awaitStatus(officer, ref, CaseStatus.CLOSED);

        List<String> actions = CallerContext.runAs(officer, () -> cases.timelineOf(ref)).stream()
                .map(TimelineLine::action).toList();
        assertEquals(List.of("Concern raised", "Triage recorded", "Investigation authorised", "Evidence gathered",
                "Content removal request sent", "Removal request answered", "Co-operation request sent",
                "Co-operation recorded", "Removal verified", "Outcome decided", "Referral approved",
                "Referred to the parent organisation", "Referral pack sent", "Referral acknowledged", "Disciplinary outcome recorded",
                "Case closed"), actions);
        String closed = CallerContext.runAs(officer, () -> cases.timelineOf(ref)).get(actions.size() - 1).detail();
        LocalDate keepUntil = raised.raisedAt().atZone(ZoneId.of("Europe/London")).toLocalDate().plusYears(10);
        assertTrue(closed.startsWith("Disciplinary outcome recorded. Concern raised "), closed);
        assertTrue(closed.contains("Removal request: removed the content."), closed);
        assertTrue(closed.contains("Outcome: disciplinary referral."), closed);
        assertTrue(closed.contains(": written warning."), closed);
        assertTrue(closed.endsWith("Kept until " + keepUntil + " (10 years from the allegation)."), closed);
        assertTrue(CallerContext.runAs(officer, () -> timeline.verify()).intact());

        assertTrue(CallerContext.runAs(otherOfficer, () -> cases.boardCases()).stream()
                .noneMatch(c -> c.reference().equals(ref)));
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(otherOfficer, () -> cases.findByReference(ref)));
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(otherOfficer,
                () -> decisions.verifyRemoval(ref, "Trying another board's case")));
    }

    @Test
    void twoOfficersTriagingTheSameCaseAtOnceGiveOneTriageAndOneClearMessage() throws Exception {
        Caller first = as("chscb.officer");
        Caller second = as("chscb.officer2");
        Long organisation = CallerContext.runAs(first, () -> boards.organisations()).get(0).id();
        String ref = CallerContext.runAs(first, () -> cases.raiseConcern(new NewConcern("Race Subject", organisation,
                CaseSource.MONITORING, "Detected by monitoring."))).reference();

        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (Caller officer : List.of(first, second)) {
            results.add(executor.submit(() -> {
                start.await();
                try {
                    CallerContext.runAs(officer, () -> triage.recordTriage(ref, new TriageInput(false, null, false,
                            null, false, null, false, TriageDecision.ADVICE_ONLY, "Advice only, by " + officer.username())));
                    return "done";
                } catch (TaskAlreadyDoneException e) {
                    return e.getMessage();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        assertEquals(1, outcomes.stream().filter("done"::equals).count(), outcomes.toString());
        String refused = outcomes.stream().filter(o -> !"done".equals(o)).findFirst().orElseThrow();
        assertTrue(refused.matches("Triage of " + ref + " was already done by (Olivia Okafor|Owen Price) \\(Compliance officer\\) on .*"), refused);
        long triageEntries = CallerContext.runAs(first, () -> cases.timelineOf(ref)).stream()
                .filter(line -> line.action().equals("Triage recorded")).count();
        assertEquals(1, triageEntries);
        awaitStatus(first, ref, CaseStatus.CLOSED);
    }

    @Test
    void anAllegationCitesAClauseOfTheBoardsOwnPolicyQuotedInFull() {
        Caller officer = as("chscb.officer");
        Caller otherOfficer = as("nscb.officer");
        Long organisation = CallerContext.runAs(officer, () -> boards.organisations()).get(0).id();
        String ref = CallerContext.runAs(officer, () -> cases.raiseConcern(new NewConcern("Alex Alleged", organisation,
                CaseSource.COLLEAGUE_REPORT, "Posted photographs of a family without consent."))).reference();
        Long chscbClause = clauseId(officer, "3.5(d)");
        Long nscbClause = clauseId(otherOfficer, "8.1");

        AllegationView cited = CallerContext.runAs(officer, () -> allegations.allege(ref, chscbClause,
                AllegationCategory.IMAGES_WITHOUT_CONSENT, Severity.HIGH, PossibleOffence.HARASSMENT_ALARM_DISTRESS,
                "Three photographs of a family known through work."));
        assertEquals("3.5(d)", cited.clauseReference());
        assertEquals("Posting comments or photographs of Board members or members of the community without their"
                + " express consent.", cited.clauseText());

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(officer,
                () -> allegations.allege(ref, nscbClause, AllegationCategory.OTHER, Severity.LOW, null, "Wrong board")));
        assertTrue(refused.fieldMessages().containsKey("clauseId"));
        assertEquals(1, CallerContext.runAs(officer, () -> allegations.allegationsOf(ref)).size());
        assertThrows(NotFoundException.class,
                () -> CallerContext.runAs(otherOfficer, () -> allegations.allegationsOf(ref)));
        assertTrue(CallerContext.runAs(officer, () -> cases.timelineOf(ref)).stream()
                .anyMatch(line -> line.action().equals("Allegation recorded") && line.detail().startsWith("Clause 3.5(d)")));
    }

    private Long clauseId(Caller caller, String reference) {
        return CallerContext.runAs(caller, () -> boards.clauses()).stream()
                .filter(c -> c.reference().equals(reference)).findFirst().orElseThrow().id();
    }

    private String statusOf(Caller officer, String ref) {
        return CallerContext.runAs(officer, () -> cases.findByReference(ref)).status();
    }

    /** Steps after an asynchronous service task happen on the job executor, a moment later. */
    private void awaitStatus(Caller officer, String ref, CaseStatus expected) {
        Supplier<String> status = () -> statusOf(officer, ref);
        Waiting.waitingFor("case " + ref + " at " + expected.label()).atMost(Duration.ofSeconds(30))
                .until(() -> status.get().equals(expected.label()));
    }
}
