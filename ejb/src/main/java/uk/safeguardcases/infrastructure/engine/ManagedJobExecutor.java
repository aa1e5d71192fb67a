package uk.safeguardcases.infrastructure.engine;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Camunda's job executor on threads the container manages: acquisition on a managed thread, jobs on the
 * managed executor configured in the server (configure.cli). The container then owns their lifecycle,
 * transactions and naming context, instead of threads the engine would start on its own.
 * <p>
 * When the engine stops (the server shuts down, or the application is redeployed) acquisition stops first and then
 * the jobs already handed to the executor are waited for, up to {@link #FINISH_WITHIN}: the container would shut
 * the application's beans down under a job still running, the job would fail, and a failed repeating timer (the
 * nightly chain check, the retention sweep) gets its next occurrence scheduled at once while the failed one waits to
 * be tried again, so each such shutdown left the board one more timer until that retry. The wait keeps the engine
 * (and its transactions' resources) up for the jobs; the container may still stop, in parallel, a bean a job calls
 * (nothing orders the beans' stops after the engine's), so a job can still fail at a stop, more rarely: it is then
 * tried again on the next start. (The wait holds Camunda's job executor lock; job threads never take it.)
 */
public class ManagedJobExecutor extends JobExecutor {

    /** How long a stopping engine waits for the jobs it has already started. */
    static final Duration FINISH_WITHIN = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(ManagedJobExecutor.class.getName());

    private final ManagedExecutorService executor;
    private final ManagedThreadFactory threadFactory;
    private final Object inFlightLock = new Object();
    private int inFlight;

    public ManagedJobExecutor(ManagedExecutorService executor, ManagedThreadFactory threadFactory) {
        this.executor = executor;
        this.threadFactory = threadFactory;
    }

    @Override
    protected void startExecutingJobs() {
        startJobAcquisitionThread();
    }

    @Override
    protected void startJobAcquisitionThread() {
        if (jobAcquisitionThread == null) {
            jobAcquisitionThread = threadFactory.newThread(acquireJobsRunnable);
            jobAcquisitionThread.start();
        }
    }

    @Override
    protected void stopExecutingJobs() {
        // The executor belongs to the container, which shuts it down; acquisition is ours to stop, and the jobs we
        // handed it ours to wait for.
        stopJobAcquisitionThread();
        awaitJobsInFlight(FINISH_WITHIN);
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        Runnable jobs = getExecuteJobsRunnable(jobIds, processEngine);
        synchronized (inFlightLock) {
            inFlight++;
        }
        try {
            executor.execute(() -> {
                try {
                    jobs.run();
                } finally {
                    finished();
                }
            });
        } catch (RejectedExecutionException e) {
            finished();
            logRejectedExecution(processEngine, jobIds.size());
            rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
        } catch (RuntimeException e) {
            finished();
            throw e;
        }
    }

    /** Waits until every batch of jobs handed to the executor has run, or {@code limit} has passed. */
    boolean awaitJobsInFlight(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (inFlightLock) {
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    int running = inFlight;
                    LOG.warning(() -> running + " batch(es) of jobs still running after " + limit.toMillis()
                            + " ms; the engine stops without them (their locks expire and they run again)");
                    return false;
                }
                try {
                    inFlightLock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    private void finished() {
        synchronized (inFlightLock) {
            inFlight--;
            inFlightLock.notifyAll();
        }
    }
}
