package uk.safeguardcases.infrastructure.engine;

import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import uk.safeguardcases.application.process.ProcessSteps;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * Keeps each subject's step in line with its process, for every process the product deploys: whenever an instance
 * enters a user task or a receive task, the process's {@link ProcessSteps} is told (a case then takes that step).
 * Added to every such activity when a model is parsed, so the BPMN files need no listeners of their own. The
 * board comes from the execution, never from a request.
 */
final class ProcessStepListener extends AbstractBpmnParseListener implements ExecutionListener {

    private final Instance<ProcessSteps> declared;
    private final Map<String, ProcessSteps> byKey = new ConcurrentHashMap<>();

    ProcessStepListener(Instance<ProcessSteps> declared) {
        this.declared = declared;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        activity.addListener(ExecutionListener.EVENTNAME_START, this);
    }

    @Override
    public void parseReceiveTask(Element receiveTaskElement, ScopeImpl scope, ActivityImpl activity) {
        activity.addListener(ExecutionListener.EVENTNAME_START, this);
    }

    @Override
    public void notify(DelegateExecution execution) {
        ProcessSteps steps = stepsOf(processKey(execution));
        if (steps == null) {
            return;
        }
        if (!(execution.getVariable(steps.subjectVariable()) instanceof Number subject)) {
            return;
        }
        String activity = execution.getCurrentActivityId();
        CallerContext.runAs(Caller.system(execution.getTenantId()),
                () -> steps.stepEntered(subject.longValue(), activity));
    }

    private ProcessSteps stepsOf(String processKey) {
        if (processKey == null) {
            return null;
        }
        return byKey.computeIfAbsent(processKey, key -> declared.stream().filter(s -> s.processKey().equals(key))
                .findFirst().orElse(null));
    }

    private static String processKey(DelegateExecution execution) {
        String definitionId = execution.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.split(":")[0];
    }
}
