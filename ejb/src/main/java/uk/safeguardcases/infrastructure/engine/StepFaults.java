package uk.safeguardcases.infrastructure.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A test-only fault switch: makes a board's service task fail a given number of times, as a real fault would (the
 * mail server down, the database failing over), so the integration tests can watch the retries, the incident and the
 * Stuck work page. The engine adds it only when the server runs with {@code -Dsafeguard.test.faults=true}, which the
 * test server does and {@code run.sh} never does, or as a rehearsal node ({@link #REHEARSAL}, the operator's drill of
 * stuck work, {@code ops/rehearse-stuck-work.sh}): in production no step has it, and nothing can arm it.
 */
public final class StepFaults extends AbstractBpmnParseListener implements ExecutionListener {

    /** The system property that lets the engine add the switch; tests set it, the product never does. */
    public static final String ENABLED = "safeguard.test.faults";

    /** The system property of a rehearsal node: a copy the operator drills on, never a production node. */
    public static final String REHEARSAL = "safeguard.rehearsal";

    private static final Map<String, AtomicInteger> ARMED = new ConcurrentHashMap<>();

    /** Whether the switch is there: on the test server and on a rehearsal node only. */
    public static boolean enabled() {
        return Boolean.getBoolean(ENABLED) || Boolean.getBoolean(REHEARSAL);
    }

    /** Makes the board's step {@code activityId} fail its next {@code times} runs. */
    public static void failNext(String board, String activityId, int times) {
        if (!enabled()) {
            throw new IllegalStateException("The fault switch is off: the server runs without -D" + ENABLED
                    + "=true or -D" + REHEARSAL + "=true");
        }
        ARMED.put(board + "/" + activityId, new AtomicInteger(times));
    }

    /** No more failures for the board's step. */
    public static void disarm(String board, String activityId) {
        ARMED.remove(board + "/" + activityId);
    }

    @Override
    public void parseServiceTask(Element serviceTaskElement, ScopeImpl scope, ActivityImpl activity) {
        activity.addListener(ExecutionListener.EVENTNAME_START, this);
    }

    @Override
    public void notify(DelegateExecution execution) {
        AtomicInteger left = ARMED.get(execution.getTenantId() + "/" + execution.getCurrentActivityId());
        if (left != null && left.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("Test fault: the step " + execution.getCurrentActivityId()
                    + " was made to fail");
        }
    }
}
