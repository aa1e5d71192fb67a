package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.caller;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.audit.ChainVerification;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.audit.TimelineEntry;

/**
 * A transaction's timeline entries are chained at its commit: while one step is still under way, another person of
 * the same board records and commits without waiting for it; the step's entries then follow, in the order they were
 * recorded, and the chain verifies. A step that rolls back leaves no entry and no gap; a step reads the entries it
 * has just recorded; another board's chain holds none of them.
 */
@ExtendWith(ArquillianExtension.class)
class ChainAtCommitIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(ChainAtCommitIT.class);
    }

    @Inject
    private TimelineService timeline;

    @Resource
    private UserTransaction transaction;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void anotherPersonOfTheBoardIsNotHeldUpByAStepUnderWayAndTheStepsEntriesFollowInOrder() throws Exception {
        Caller admin = caller("chscb.admin");
        String first = "Allwedd gyntaf “ŵ” – £5 🙂 " + System.nanoTime();
        String second = "Ail allwedd ŷ \u200f" + System.nanoTime();
        String other = "Another person’s key – " + System.nanoTime();

        transaction.begin();
        try {
            CallerContext.runAs(admin, () -> {
                timeline.record(null, AuditAction.API_KEY_CREATED, first);
                timeline.record(null, AuditAction.API_KEY_CREATED, second);
                return null;
            });
            // Before the redesign this waited for our commit: the board's chain head was ours from our first entry.
            Future<?> theirs = executor.submit(() -> CallerContext.runAs(admin, () -> {
                timeline.record(null, AuditAction.API_KEY_CREATED, other);
                return null;
            }));
            theirs.get(20, TimeUnit.SECONDS);

            // Our own transaction reads what it recorded, already chained after theirs.
            Map<String, TimelineEntry> seen = CallerContext.runAs(admin, () -> byDetail(timeline.boardEntries(50)));
            assertThat(seen).containsKeys(first, second, other);
        } finally {
            transaction.commit();
        }

        Map<String, TimelineEntry> after = CallerContext.runAs(admin, () -> byDetail(timeline.boardEntries(50)));
        assertThat(after.get(first).sequenceNo()).as("theirs committed first, so it was chained first")
                .isGreaterThan(after.get(other).sequenceNo());
        assertThat(after.get(second).sequenceNo()).as("ours follow each other, in the order recorded")
                .isEqualTo(after.get(first).sequenceNo() + 1);
        assertThat(after.get(second).previousHash()).isEqualTo(after.get(first).entryHash());
        assertThat(after.get(first).detail()).isEqualTo(first);
        assertThat(after.get(first).actor()).isEqualTo("chscb.admin");
        assertThat(after.get(first).occurredAt()).as("when it was recorded, not when it was chained")
                .isBefore(after.get(other).occurredAt());

        ChainVerification verified = CallerContext.runAs(admin, () -> timeline.verify());
        assertThat(verified.intact()).as(verified.toString()).isTrue();

        Map<String, TimelineEntry> elsewhere = as("lscb.admin", () -> byDetail(timeline.boardEntries(200)));
        assertThat(elsewhere).doesNotContainKeys(first, second, other);
        ChainVerification theirChain = as("lscb.admin", () -> timeline.verify());
        assertThat(theirChain.intact()).as(theirChain.toString()).isTrue();
    }

    @Test
    void aStepThatRollsBackLeavesNoEntryAndNoGap() throws Exception {
        Caller admin = caller("nscb.admin");
        String undone = "Undone – “dim” ŵ " + System.nanoTime();
        String kept = "Kept – ŷ " + System.nanoTime();

        transaction.begin();
        CallerContext.runAs(admin, () -> {
            timeline.record(null, AuditAction.API_KEY_CREATED, undone);
            return null;
        });
        transaction.rollback();

        CallerContext.runAs(admin, () -> {
            timeline.record(null, AuditAction.API_KEY_CREATED, kept);
            return null;
        });
        Map<String, TimelineEntry> after = CallerContext.runAs(admin, () -> byDetail(timeline.boardEntries(50)));
        assertThat(after).doesNotContainKey(undone).containsKey(kept);
        // The check finds a missing sequence number as a break: the undone entry took none.
        ChainVerification verified = CallerContext.runAs(admin, () -> timeline.verify());
        assertThat(verified.intact()).as(verified.toString()).isTrue();
        assertThat(verified.entriesChecked()).isGreaterThanOrEqualTo(after.get(kept).sequenceNo());
    }

    /**
     * The nightly check runs while people work: entries committed while it walks the chain are not a chain "cut
     * short" (it once read the head, then found entries past it and e-mailed the seniors that the record was broken).
     * The recorder goes on until at least 120 entries are in and five checks have run beside it, however fast either
     * is on the machine. Bounded: 1,000 entries and 30 seconds at most.
     */
    @Test
    void aCheckWhileOthersRecordFindsTheChainIntact() throws Exception {
        Caller admin = caller("chscb.admin");
        long stopAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        AtomicInteger checks = new AtomicInteger();
        Future<Integer> recorder = executor.submit(() -> {
            int recorded = 0;
            while ((recorded < 120 || checks.get() < 5) && recorded < 1000 && System.nanoTime() < stopAt) {
                String detail = "Cofnod “" + recorded + "” – ŵ £5 🙂 " + System.nanoTime();
                CallerContext.runAs(admin, () -> {
                    timeline.record(null, AuditAction.API_KEY_CREATED, detail);
                    return null;
                });
                recorded++;
            }
            return recorded;
        });
        while (!recorder.isDone() && System.nanoTime() < stopAt) {
            ChainVerification verified = CallerContext.runAs(admin, () -> timeline.verify());
            assertThat(verified.intact()).as("check %d while entries were recorded: %s", checks.get(), verified)
                    .isTrue();
            checks.incrementAndGet();
        }
        assertThat(recorder.get(30, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(120);
        assertThat(checks.get()).as("the checks ran while the entries were recorded").isGreaterThanOrEqualTo(5);
        ChainVerification after = CallerContext.runAs(admin, () -> timeline.verify());
        assertThat(after.intact()).as(after.toString()).isTrue();
    }

    private static Map<String, TimelineEntry> byDetail(List<TimelineEntry> entries) {
        return entries.stream().collect(Collectors.toMap(TimelineEntry::detail, Function.identity(), (a, b) -> a));
    }
}
