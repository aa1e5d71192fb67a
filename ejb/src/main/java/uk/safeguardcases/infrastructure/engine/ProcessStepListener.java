package uk.safeguardcases.infrastructure.engine;

import jakarta.enterprise.inject.Instance;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import uk.safeguardcases.application.investigation.InvestigationSteps;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.InvestigationProcess;

/**
 * Keeps each case's step in line with its process: whenever an investigation enters a user task or a
 * receive task, the case takes that step. Added to every such activity when a model is parsed, so the
 * BPMN files need no listeners of their own. The tenant comes from the execution, never from the request.
 */
final class CaseStepListener extends AbstractBpmnParseListener implements ExecutionListener {

    private final Instance<InvestigationSteps> steps;

    CaseStepListener(Instance<InvestigationSteps> steps) {
        this.steps = steps;
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
        Object caseId = execution.getVariable(InvestigationProcess.CASE_ID);
        if (!(caseId instanceof Number id) || !InvestigationProcess.KEY.equals(processKey(execution))) {
            return;
        }
        String activity = execution.getCurrentActivityId();
        CallerContext.runAs(Caller.system(execution.getTenantId()),
                () -> steps.get().stepEntered(id.longValue(), activity));
    }

    private static String processKey(DelegateExecution execution) {
        String definitionId = execution.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.split(":")[0];
    }
}
