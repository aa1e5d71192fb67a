package uk.safeguardcases.infrastructure.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ParseUtil;

/**
 * The retry cycle ({@link EngineSettings#RETRY_CYCLE}) for every failed job, those of no process step included. The
 * engine gives a job with no step behind it (its nightly history cleanup) its own default instead: three tries at once,
 * then an incident of no board that nobody's page showed. Jobs of a step keep the engine's own handling, which reads
 * the same cycle from the engine's configuration.
 */
final class RetryEveryJob implements FailedJobCommandFactory {

    @Override
    public Command<Object> getCommand(String jobId, Throwable exception) {
        return new Retry(jobId, exception);
    }

    private static final class Retry extends DefaultJobRetryCmd {

        Retry(String jobId, Throwable exception) {
            super(jobId, exception);
        }

        @Override
        public Object execute(CommandContext commandContext) {
            JobEntity job = getJob();
            if (job == null || getCurrentActivity(commandContext, job) != null) {
                return super.execute(commandContext);
            }
            FailedJobRetryConfiguration cycle = ParseUtil.parseRetryIntervals(EngineSettings.RETRY_CYCLE);
            // Read before the failure is logged on the job: the first failure is the one with no error on it yet.
            boolean first = isFirstJobExecution(job);
            logException(job);
            if (first) {
                initializeRetries(job, cycle.getRetries());
            }
            // As the engine does for a step: the wait after the n-th failure is the cycle's n-th.
            List<String> waits = cycle.getRetryIntervals();
            int wait = Math.max(0, Math.min(waits.size() - 1, waits.size() - (job.getRetries() - 1)));
            try {
                job.setDuedate(getDurationHelper(waits.get(wait)).getDateAfter());
            } catch (Exception e) {
                throw new IllegalStateException("The retry cycle " + waits.get(wait) + " cannot be read", e);
            }
            job.unlock();
            decrementRetries(job);
            notifyAcquisition(commandContext);
            return null;
        }
    }
}
