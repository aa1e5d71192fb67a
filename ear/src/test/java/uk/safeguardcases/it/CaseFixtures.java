package uk.safeguardcases.it;

import jakarta.enterprise.inject.spi.CDI;
import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.investigation.AllegationService;
import uk.safeguardcases.application.investigation.AuthorisationService;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.requests.MemberResponse;

/**
 * Cases walked to a step through the services, inside the server, for tests that then look at the pages: each
 * call acts as the demo person of the board who would do it ({@code <board>.officer}, {@code .senior},
 * {@code .member}). The case is about the board's demo member, in their organisation, so they can answer it.
 */
final class CaseFixtures {

    static final String PASSWORD = "Safeguard-Demo-2026";
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private CaseFixtures() {
    }

    static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }

    static Caller caller(String username) {
        return bean(PeopleDirectory.class).callerFor(username).orElseThrow();
    }

    static <T> T as(String username, Callable<T> work) {
        return CallerContext.runAs(caller(username), work);
    }

    static void as(String username, Runnable work) {
        CallerContext.runAs(caller(username), work);
    }

    /** The server's own address, for talking to the pages from inside it. */
    static URI base() {
        return URI.create("http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/");
    }

    static Browser signedIn(String username) {
        Browser browser = new Browser(base());
        browser.signIn(username, PASSWORD);
        return browser;
    }

    /** A concern the board's officer raises about the board's demo member; returns the reference. */
    static String raise(String board, String subjectName, String summary) {
        Long organisation = caller(board + ".member").organisationId();
        return as(board + ".officer", () -> bean(CaseService.class).raiseConcern(new NewConcern(subjectName,
                organisation, CaseSource.COLLEAGUE_REPORT, summary, board + ".member")).reference());
    }

    static void triage(String board, String ref, boolean harmThresholdMet) {
        as(board + ".officer", () -> bean(TriageService.class).recordTriage(ref, new TriageInput(false, null, false,
                null, false, null, harmThresholdMet, TriageDecision.INVESTIGATE, "Likely breach; investigate.")));
    }

    /** An allegation citing the board's first clause. */
    static void allege(String board, String ref, String particulars) {
        allege(board, ref, 0, particulars);
    }

    /** An allegation citing the board's clause at {@code index} in its policy's order. */
    static void allege(String board, String ref, int index, String particulars) {
        Long clause = as(board + ".officer", () -> bean(BoardService.class).clauses()).get(index).id();
        as(board + ".officer", () -> bean(AllegationService.class).allege(ref, clause,
                AllegationCategory.IMAGES_WITHOUT_CONSENT, Severity.MEDIUM, null, particulars));
    }

    static void authorise(String board, String ref) {
        as(board + ".senior", () -> bean(AuthorisationService.class).decide(ref, true, "Proportionate."));
    }

    static EvidenceView captureText(String board, String ref, String text, boolean shownToMember) {
        return as(board + ".officer", () -> bean(EvidenceService.class).capture(ref, EvidenceInput.text(
                "https://www.facebook.com/fixture/posts/" + Math.abs(text.hashCode()), Platform.FACEBOOK, text,
                Instant.now().minusSeconds(600), CaptureMethod.PUBLIC_PAGE_VIEWED, true)
                .withShownToMember(shownToMember)));
    }

    static EvidenceView capturePng(String board, String ref, String fileName, boolean shownToMember) {
        return as(board + ".officer", () -> bean(EvidenceService.class).capture(ref, EvidenceInput.file(null,
                Platform.INSTAGRAM, fileName, "image/png", PNG, Instant.now().minusSeconds(300),
                CaptureMethod.PUBLIC_PAGE_VIEWED, true).withShownToMember(shownToMember)));
    }

    /** Raised, triaged (investigate), authorised and gathered: the removal request waits for the member. */
    static String awaitingRemoval(String board, String subjectName) {
        String ref = raise(board, subjectName, "A colleague reported a public post by " + subjectName + ".");
        triage(board, ref, false);
        allege(board, ref, "Posted a photograph of a family without their consent.");
        authorise(board, ref);
        captureText(board, ref, "Public post by " + subjectName + " showing a family at a contact centre.", true);
        as(board + ".officer", () -> bean(EvidenceService.class).finishGathering(ref, "One public post captured."));
        awaitStep(board, ref, CaseStatus.AWAITING_REMOVAL);
        return ref;
    }

    /** The member answers the removal request; the case moves on to the step that answer leads to. */
    static void memberAnswers(String board, String ref, MemberResponse response, String text, CaseStatus next) {
        as(board + ".member", () -> bean(RequestService.class).respondToRemoval(ref, response, text));
        awaitStep(board, ref, next);
    }

    static CaseStatus stepOf(String board, String ref) {
        return as(board + ".officer", () -> bean(CaseService.class).findByReference(ref)).statusValue();
    }

    /**
     * Waits (up to 40 s) until the case is at {@code step}. The job executor normally gets there first; the
     * case's due jobs are run here too only when it is slow, so the two rarely race for the same job.
     */
    static void awaitStep(String board, String ref, CaseStatus step) {
        await(ref, () -> stepOf(board, ref) == step, ref + " at " + step + " (is " + stepOf(board, ref) + ")");
    }

    static void await(String ref, BooleanSupplier condition, String what) {
        ProcessEngine engine = bean(ProcessEngine.class);
        long started = System.currentTimeMillis();
        while (!condition.getAsBoolean()) {
            ProcessInstance instance = System.currentTimeMillis() - started < 3_000 ? null : engine.getRuntimeService()
                    .createProcessInstanceQuery().processInstanceBusinessKey(ref).singleResult();
            if (instance != null) {
                for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                        .executable().list()) {
                    try {
                        engine.getManagementService().executeJob(job.getId());
                    } catch (RuntimeException raceWithTheJobExecutor) {
                        // The job executor ran it first: look again next time.
                    }
                }
            }
            if (System.currentTimeMillis() - started > 40_000) {
                throw new AssertionError("Not within 40 s: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
