package uk.safeguardcases.infrastructure.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A stopping engine waits for the jobs it has handed to the container's executor: the container shuts the
 * application's beans down once the engine has stopped, and a job still running then fails (and a failed nightly
 * timer leaves its board a second timer).
 */
class ManagedJobExecutorTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void stoppingWaitsForTheJobsAlreadyRunning() throws Exception {
        CountDownLatch jobStarted = new CountDownLatch(1);
        CountDownLatch jobMayFinish = new CountDownLatch(1);
        TestExecutor jobExecutor = new TestExecutor(executorOf(threads), () -> {
            jobStarted.countDown();
            await(jobMayFinish);
            events.add("job finished");
        });
        jobExecutor.executeJobs(List.of("nightly-chain-check"), null);
        assertThat(jobStarted.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
            jobExecutor.stop();
            events.add("engine stopped");
        }, threads);
        Awaitility.await("the engine waits while the job runs").pollInSameThread().during(Duration.ofMillis(300))
                .atMost(Duration.ofSeconds(2)).until(() -> !stopped.isDone());

        jobMayFinish.countDown();
        stopped.get(5, TimeUnit.SECONDS);
        assertThat(events).containsExactly("job finished", "engine stopped");
    }

    @Test
    void aJobThatFailsOrIsRefusedIsNotWaitedFor() throws Exception {
        TestExecutor failing = new TestExecutor(executorOf(threads), () -> {
            throw new IllegalStateException("the check failed");
        });
        failing.executeJobs(List.of("a"), null);
        assertThat(failing.awaitJobsInFlight(Duration.ofSeconds(5))).isTrue();

        AtomicReference<List<String>> rejected = new AtomicReference<>();
        TestExecutor full = new TestExecutor(refusing(), () -> events.add("ran"));
        full.setRejectedJobsHandler((jobIds, engine, executor) -> rejected.set(jobIds));
        full.executeJobs(List.of("b", "c"), null);
        assertThat(rejected.get()).as("handed back to the engine to run later").containsExactly("b", "c");
        assertThat(full.awaitJobsInFlight(Duration.ZERO)).isTrue();
        assertThat(events).isEmpty();
    }

    @Test
    void aJobThatNeverEndsDoesNotHoldTheServerForever() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        TestExecutor stuck = new TestExecutor(executorOf(threads), () -> await(never));
        stuck.executeJobs(List.of("stuck"), null);
        long started = System.nanoTime();
        assertThat(stuck.awaitJobsInFlight(Duration.ofMillis(300))).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(250), Duration.ofSeconds(5));
        never.countDown();
        assertThat(stuck.awaitJobsInFlight(Duration.ofSeconds(5))).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The container's managed executor, as far as the job executor uses it: {@code execute}. */
    private static ManagedExecutorService executorOf(ExecutorService threads) {
        return (ManagedExecutorService) Proxy.newProxyInstance(ManagedJobExecutorTest.class.getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(threads, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static ManagedExecutorService refusing() {
        return (ManagedExecutorService) Proxy.newProxyInstance(ManagedJobExecutorTest.class.getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    throw new RejectedExecutionException("queue full");
                });
    }

    /** The job executor with each batch of jobs replaced by {@code batch}, and acquisition a thread that ends. */
    private static final class TestExecutor extends ManagedJobExecutor {

        private final Runnable batch;

        TestExecutor(ManagedExecutorService executor, Runnable batch) {
            super(executor, (ManagedThreadFactory) null);
            this.batch = batch;
        }

        @Override
        public Runnable getExecuteJobsRunnable(List<String> jobIds, ProcessEngineImpl processEngine) {
            return batch;
        }

        /** What the engine's close does to its job executor: acquisition stopped, then the jobs. */
        void stop() {
            jobAcquisitionThread = new Thread(() -> { });
            jobAcquisitionThread.start();
            stopExecutingJobs();
        }
    }
}
