package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.domain.cases.CaseStatus;

/**
 * The same step taken twice at the same moment (an HR partner's acknowledgement, from two browsers): one is recorded,
 * the other is told someone recorded it, and the process goes on once. Before, the engine sometimes failed the second
 * part way (the message's subscription gone under it: "does not have a subscription to a message event") and the
 * person got a 500, as an acknowledgement did at 400 people on one node (benchmarks/rounds/load.md, 2026-12-03).
 */
@ExtendWith(ArquillianExtension.class)
class SameStepAtOnceIT {

    private static final int CASES = 8;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(SameStepAtOnceIT.class);
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
                    answers.add(browsers.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        try {
                            as("chscb.hr", () -> bean(ReferralService.class).acknowledge(ref));
                            return null;
                        } catch (RuntimeException e) {
                            return e;
                        }
                    }));
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
}
