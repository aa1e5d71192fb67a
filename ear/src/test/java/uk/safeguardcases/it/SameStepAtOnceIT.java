package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.domain.cases.CaseStatus;

/**
 * The same step taken twice at the same moment (an HR partner's acknowledgement, from two browsers): one is recorded,
 * the other is told someone recorded it, and the process goes on once. Before, the engine sometimes failed the second
 * part way (the message's subscription gone under it: "does not have a subscription to a message event") and the
 * person got a 500, as an acknowledgement did at 400 people on one node (benchmarks/rounds/load.md, 2026-12-03). And
 * the same step at the moment a job of the process (its reminder's timer) changes it, a message delivered or a user
 * task completed: not recorded, the person told to try again (not that someone else recorded it, nor that the step is
 * not open), and recorded when they do.
 */
@ExtendWith(ArquillianExtension.class)
class SameStepAtOnceIT {

    private static final int CASES = 8;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(SameStepAtOnceIT.class);
    }

    @Inject
    private ProcessEngine engine;

    /**
     * An acknowledgement at the very moment its reminder's timer runs: recorded, or, when the reminder's change won,
     * refused as not recorded (never as recorded by someone else, since no one did) and recorded when asked again.
     */
    @Test
    void anAcknowledgementAtTheMomentItsReminderRunsIsRecordedOrToldToTryAgain() throws Exception {
        ExecutorService both = Executors.newCachedThreadPool();
        try {
            for (int i = 0; i < CASES; i++) {
                String ref = CaseFixtures.a("chscb").about("Siân “ap” Dafydd " + i).at(CaseStatus.REFERRED_TO_HR)
                        .reference();
                String instance = instanceOf(ref);
                Throwable refused = atTheMomentItsTimersRun(both, instance, ref + ": the acknowledgement's reminders",
                        () -> acknowledge(ref));
                if (refused != null) {
                    // Refused while delivering: not recorded, try again (never "recorded by someone else"); or at the
                    // commit, by the engine's own check, which the pages answer as changed meanwhile (Pages).
                    if (refused instanceof TaskAlreadyDoneException) {
                        assertThat(refused).hasMessageContaining("was not recorded: the case changed at the same moment")
                                .hasMessageNotContaining("someone else");
                    } else {
                        assertThat(CaseFixtures.foundAtTheCommit(refused)).as(ref + ": " + refused).isTrue();
                    }
                    as("chscb.hr", () -> bean(ReferralService.class).acknowledge(ref));
                }
                CaseFixtures.awaitStep("chscb", ref, CaseStatus.AWAITING_HR_OUTCOME);
            }
        } finally {
            both.shutdownNow();
        }
    }

    /**
     * A user task completed at the very moment its timer runs (the LADO referral recorded as its timescale's timer
     * escalates it): recorded, or, when the timer's change won, refused as not recorded (never as done or no longer
     * open, since it is neither) and recorded when asked again, once.
     */
    @Test
    void aLadoReferralRecordedAtTheMomentItsTimescaleRunsIsRecordedOrToldToTryAgain() throws Exception {
        ExecutorService both = Executors.newCachedThreadPool();
        int refusedWhileCompleting = 0;
        int refusedAtCommit = 0;
        try {
            for (int i = 0; i < CASES; i++) {
                String ref = CaseFixtures.raise("chscb", "Llŷr “Lado” Ŵyn " + i,
                        "A post naming a pupil – £5 a photo ‏(RTL‏) 😀");
                CaseFixtures.triage("chscb", ref, true);
                CaseFixtures.awaitStep("chscb", ref, CaseStatus.AWAITING_LADO_REFERRAL);
                String instance = instanceOf(ref);
                Throwable refused = atTheMomentItsTimersRun(both, instance, ref + ": the LADO timescale's timer",
                        () -> ladoReferral(ref));
                if (refused != null) {
                    if (refused instanceof TaskAlreadyDoneException) {
                        refusedWhileCompleting++;
                        assertThat(refused).as(ref).hasMessage("The LADO referral for case " + ref + " was not recorded:"
                                + " the case changed at the same moment. Nothing was saved; please try again.");
                    } else {
                        refusedAtCommit++;
                        assertThat(CaseFixtures.foundAtTheCommit(refused)).as(ref + ": " + refused).isTrue();
                    }
                    assertThat(ladoReferral(ref)).as(ref + ": asked again").isNull();
                }
                assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance)
                        .taskDefinitionKey("lado-referral").count()).as(ref + ": the referral's task open").isZero();
                assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance)
                        .taskDefinitionKey("lado-referral").finished().count()).as(ref + ": done once").isEqualTo(1);
            }
        } finally {
            both.shutdownNow();
            System.out.println("LADO referrals refused while completing: " + refusedWhileCompleting
                    + ", at the commit: " + refusedAtCommit + ", of " + CASES);
        }
    }

    @Test
    void anAcknowledgementSentTwiceAtOnceIsRecordedOnceAndTheOtherIsToldSo() throws Exception {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            references.add(CaseFixtures.a("chscb").about("Gwenllïan “Dŷ” " + i).at(CaseStatus.REFERRED_TO_HR)
                    .reference());
        }
        ExecutorService browsers = Executors.newFixedThreadPool(2);
        try {
            for (String ref : references) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Throwable>> answers = new ArrayList<>();
                for (int b = 0; b < 2; b++) {
                    answers.add(browsers.submit(() -> acknowledgeWith(together, ref)));
                }
                List<Throwable> refused = new ArrayList<>();
                for (Future<Throwable> answer : answers) {
                    Throwable e = answer.get(60, TimeUnit.SECONDS);
                    if (e != null) {
                        refused.add(e);
                    }
                }
                assertThat(refused).as(ref + ": the acknowledgements refused").hasSizeLessThanOrEqualTo(1)
                        .allSatisfy(e -> assertThat(e).as(ref + ": " + e).isInstanceOf(TaskAlreadyDoneException.class));
                CaseFixtures.awaitStep("chscb", ref, CaseStatus.AWAITING_HR_OUTCOME);
            }
        } finally {
            browsers.shutdownNow();
        }
    }

    /**
     * Runs {@code step} at the same moment as every timer job of {@code instance} (a job that loses to the step is
     * run again by the job executor, which this does not look at); what refused the step, or null.
     */
    private Throwable atTheMomentItsTimersRun(ExecutorService threads, String instance, String timersOf,
            Callable<Throwable> step) throws Exception {
        List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(instance).timers().list();
        assertThat(timers).as(timersOf).isNotEmpty();
        CyclicBarrier together = new CyclicBarrier(1 + timers.size());
        Future<Throwable> taken = threads.submit(() -> {
            together.await(10, TimeUnit.SECONDS);
            return step.call();
        });
        List<Future<?>> jobs = new ArrayList<>();
        for (Job timer : timers) {
            jobs.add(threads.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                try {
                    engine.getManagementService().executeJob(timer.getId());
                } catch (RuntimeException lostToTheStep) {
                    // run again by the job executor
                }
                return null;
            }));
        }
        Throwable refused = taken.get(60, TimeUnit.SECONDS);
        for (Future<?> job : jobs) {
            job.get(60, TimeUnit.SECONDS);
        }
        return refused;
    }

    /** The HR partner acknowledges {@code ref} once everyone at {@code together} is there; what refused it, or null. */
    private static Throwable acknowledgeWith(CyclicBarrier together, String ref) throws Exception {
        together.await(10, TimeUnit.SECONDS);
        return acknowledge(ref);
    }

    /** The HR partner acknowledges {@code ref}; what refused it, or null. */
    private static Throwable acknowledge(String ref) {
        try {
            as("chscb.hr", () -> bean(ReferralService.class).acknowledge(ref));
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** The officer records {@code ref}'s LADO referral; what refused it, or null. */
    private static Throwable ladoReferral(String ref) {
        try {
            as("chscb.officer", () -> bean(TriageService.class).recordLadoReferral(ref, "LADO–" + ref));
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** The process instance of the case, or other record, whose reference is {@code ref}. */
    private String instanceOf(String ref) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ref).singleResult()
                .getId();
    }
}
