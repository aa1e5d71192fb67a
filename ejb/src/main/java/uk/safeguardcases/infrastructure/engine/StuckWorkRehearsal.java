package uk.safeguardcases.infrastructure.engine;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.application.stuckwork.StuckWorkRehearsals;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * The operator's drill of stuck work on a rehearsal node ({@code -Dsafeguard.rehearsal=true}, a copy cut off from
 * people, never production; {@code ops/rehearse-stuck-work.sh}): a board's nightly chain check made to fail until it
 * stops (an incident, as after a day of tries), and an e-mail given up on at its first failure, each through the
 * product's own paths, so the figures, the alerts and the board's Stuck work page show them as they would show real
 * ones. Uses the engine's API only; nothing here edits a table.
 */
@Stateless
@Local(StuckWorkRehearsals.class)
public class StuckWorkRehearsal implements StuckWorkRehearsals {

    private static final String CHAIN_CHECK = "audit-chain-check";
    private static final String CHECK_STEP = "check-chain";

    @Inject
    private ProcessEngine engine;

    @Inject
    private Outbox outbox;

    @Inject
    private PersonRepository people;

    @Override
    public boolean enabled() {
        return Boolean.getBoolean(StepFaults.REHEARSAL);
    }

    /**
     * The board's nightly chain check fails now and every time until {@link #mend}: made due now, the job executor
     * runs it and it fails; then its last try (the day of tries the retry cycle would take, in one) fails too, and it
     * stops. The job executor runs it each time, in its own transaction, as it runs every job; this only waits.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String stuckStep(String board) {
        require();
        String job = chainCheckOf(board).getId();
        StepFaults.failNext(board, CHECK_STEP, Integer.MAX_VALUE);
        ManagementService management = engine.getManagementService();
        management.setJobDuedate(job, ClockUtil.getCurrentTime());
        await(() -> {
            Job now = management.createJobQuery().jobId(job).singleResult();
            return now != null && now.getExceptionMessage() != null;
        }, "the first failure of board " + board + "'s chain check");
        management.setJobRetries(1).jobId(job).dueDate(ClockUtil.getCurrentTime()).execute();
        await(() -> engine.getRuntimeService().createIncidentQuery().configuration(job).count() > 0,
                "board " + board + "'s chain check to stop");
        return "The nightly audit chain check of board " + board + " failed and stopped, and fails until mended."
                + " Watch: the board's Stuck work page, safeguard_incidents{board=\"" + board + "\"} and"
                + " SafeguardIncident. Then: ops/rehearse-stuck-work.sh mend " + board + ", and \"Try again\".";
    }

    /** The board's chain check no longer fails: "Try again" on Stuck work then runs it to its end. */
    @Override
    public String mend(String board) {
        require();
        chainCheckOf(board);
        StepFaults.disarm(board, CHECK_STEP);
        return "The nightly audit chain check of board " + board + " no longer fails: press \"Try again\" on the"
                + " board's Stuck work page.";
    }

    /**
     * An e-mail to the board's first senior manager or administrator, given up at its first failure: on a rehearsal
     * node whose mail relay is pointed where nothing listens, as the runbook's drill node is, that is at once.
     */
    @Override
    public String givenUpMail(String board) {
        require();
        chainCheckOf(board);
        return CallerContext.runAs(Caller.system(board), () -> {
            List<String> to = people.emailsOf(List.of(Role.SENIOR, Role.ADMIN));
            if (to.isEmpty()) {
                throw new NotFoundException("Board " + board + " has no senior manager or administrator to write to");
            }
            long id = outbox.queue(null, Notice.REHEARSAL_EMAIL, to.get(0), "A rehearsal of stuck work – an e-mail given up on",
                    "Hello,\n\nThis e-mail is part of a rehearsal of the service's stuck work; nothing needs doing."
                            + "\n\nPlease do not reply to it.");
            return "E-mail " + id + " of board " + board + " is queued and is given up at its first failure. Watch:"
                    + " the board's Stuck work page, safeguard_outbox_given_up{board=\"" + board + "\"} and"
                    + " SafeguardMailGivenUp. Then \"Try again\" or \"Dealt with another way\" on Stuck work.";
        });
    }

    /** Waits, a minute at most, for what the job executor does (it looks for due jobs every few seconds). */
    private static void await(java.util.function.BooleanSupplier done, String what) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("Not within a minute: " + what + " (is the job executor running?)");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
        }
    }

    private Job chainCheckOf(String board) {
        List<Job> timers = engine.getManagementService().createJobQuery().tenantIdIn(board)
                .processDefinitionKey(CHAIN_CHECK).timers().list();
        if (timers.isEmpty()) {
            throw new NotFoundException("No board " + board + " on this node");
        }
        return timers.get(0);
    }

    private void require() {
        if (!enabled()) {
            throw new IllegalStateException("Not a rehearsal node: start it with -D" + StepFaults.REHEARSAL + "=true");
        }
    }
}
