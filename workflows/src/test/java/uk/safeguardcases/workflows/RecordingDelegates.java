package uk.safeguardcases.workflows;

import static uk.safeguardcases.domain.cases.InvestigationProcess.CLOSURE_REASON;
import static uk.safeguardcases.domain.cases.InvestigationProcess.COOPERATION_DEADLINE;
import static uk.safeguardcases.domain.cases.InvestigationProcess.HR_ACK_DUE;
import static uk.safeguardcases.domain.cases.InvestigationProcess.HR_ACK_REMINDER_AT;
import static uk.safeguardcases.domain.cases.InvestigationProcess.HR_OUTCOME;
import static uk.safeguardcases.domain.cases.InvestigationProcess.REMOVAL_DEADLINE;
import static uk.safeguardcases.domain.cases.InvestigationProcess.REMOVAL_REMINDER_AT;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the production delegates (ejb module), registered under the bean names the model's
 * {@code camunda:delegateExpression}s use. Each records its calls in order; the "send" delegates set
 * the deadline variables the way production does, as ISO-8601 instants relative to the engine clock.
 */
final class RecordingDelegates {

    static final String ESCALATE_LADO = "escalateLadoDelegate";
    static final String ESCALATE_ADULT_REPORT = "escalateAdultReportDelegate";
    static final String SEND_REMOVAL_REQUEST = "sendRemovalRequestDelegate";
    static final String REMOVAL_REMINDER = "removalReminderDelegate";
    static final String RECORD_NON_COMPLIANCE = "recordNonComplianceDelegate";
    static final String SEND_COOPERATION_REQUEST = "sendCooperationRequestDelegate";
    static final String RECORD_NON_COOPERATION = "recordNonCooperationDelegate";
    static final String SEND_REFERRAL = "sendReferralDelegate";
    static final String HR_ACK_REMINDER = "hrAcknowledgementReminderDelegate";
    static final String ESCALATE_HR_ACK = "escalateHrAcknowledgementDelegate";
    static final String CLOSE_CASE = "closeCaseDelegate";

    static final List<String> ALL = List.of(ESCALATE_LADO, SEND_REMOVAL_REQUEST, REMOVAL_REMINDER,
            RECORD_NON_COMPLIANCE, SEND_COOPERATION_REQUEST, RECORD_NON_COOPERATION, SEND_REFERRAL,
            HR_ACK_REMINDER, ESCALATE_HR_ACK, CLOSE_CASE, ESCALATE_ADULT_REPORT);

    /** The deadlines production sets, measured from the moment the request is sent. */
    static final Duration REMOVAL_REMINDER_AFTER = Duration.ofDays(3);
    static final Duration REMOVAL_DEADLINE_AFTER = Duration.ofDays(5);
    static final Duration COOPERATION_DEADLINE_AFTER = Duration.ofDays(10);
    static final Duration HR_ACK_REMINDER_AFTER = Duration.ofDays(3);
    static final Duration HR_ACK_DUE_AFTER = Duration.ofDays(5);

    record Call(String delegate, String caseReference) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Object> closureReasonSeen = Collections.synchronizedMap(new HashMap<>());
    private final Map<String, Object> hrOutcomeSeen = Collections.synchronizedMap(new HashMap<>());
    private final Map<String, RuntimeException> failures = new ConcurrentHashMap<>();

    /** Registers every delegate with the mock expression manager (thread-bound: call it from the test thread). */
    void register() {
        ALL.forEach(name -> Mocks.register(name, delegate(name)));
    }

    /** The names of the delegates called for a case, in order. */
    List<String> calledFor(String caseReference) {
        return calls.stream().filter(c -> caseReference.equals(c.caseReference())).map(Call::delegate).toList();
    }

    /** The closure reason "Close the case" found when it ran for this case. */
    Object closureReasonSeenBy(String caseReference) {
        return closureReasonSeen.get(caseReference);
    }

    /** The HR partner's outcome "Close the case" found when it ran for this case (null if none was recorded). */
    Object hrOutcomeSeenBy(String caseReference) {
        return hrOutcomeSeen.get(caseReference);
    }

    /** Makes a delegate fail until {@link #recover(String)}. */
    void fail(String delegate, RuntimeException failure) {
        failures.put(delegate, failure);
    }

    void recover(String delegate) {
        failures.remove(delegate);
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    static String iso(Instant instant) {
        return instant.toString();
    }

    private JavaDelegate delegate(String name) {
        return execution -> {
            RuntimeException failure = failures.get(name);
            if (failure != null) {
                throw failure;
            }
            String reference = execution.getProcessBusinessKey();
            calls.add(new Call(name, reference));
            act(name, reference, execution);
        };
    }

    private void act(String name, String reference, DelegateExecution execution) {
        Instant now = now();
        switch (name) {
            case SEND_REMOVAL_REQUEST -> {
                execution.setVariable(REMOVAL_REMINDER_AT, iso(now.plus(REMOVAL_REMINDER_AFTER)));
                execution.setVariable(REMOVAL_DEADLINE, iso(now.plus(REMOVAL_DEADLINE_AFTER)));
            }
            case SEND_COOPERATION_REQUEST ->
                    execution.setVariable(COOPERATION_DEADLINE, iso(now.plus(COOPERATION_DEADLINE_AFTER)));
            case SEND_REFERRAL -> {
                execution.setVariable(HR_ACK_REMINDER_AT, iso(now.plus(HR_ACK_REMINDER_AFTER)));
                execution.setVariable(HR_ACK_DUE, iso(now.plus(HR_ACK_DUE_AFTER)));
            }
            case CLOSE_CASE -> {
                closureReasonSeen.put(reference, execution.getVariable(CLOSURE_REASON));
                hrOutcomeSeen.put(reference, execution.getVariable(HR_OUTCOME));
            }
            default -> {
                // notifications and records only
            }
        }
    }
}
