package uk.safeguardcases.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Named;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.workflows.delegates.InvestigationDelegates;

/** Every delegate the model names exists in production, and production has no delegate the model never uses. */
class DelegateContractTest {

    @Test
    void everyServiceTaskOfTheModelHasItsProductionDelegate() {
        InvestigationModels models = new InvestigationModels();
        BpmnModelInstance model = Bpmn.readModelFromStream(models.openFor("chscb", "bpmn/breach-investigation.bpmn"));
        Set<String> named = model.getModelElementsByType(ServiceTask.class).stream()
                .map(ServiceTask::getCamundaDelegateExpression)
                .map(expression -> expression.replace("${", "").replace("}", ""))
                .collect(Collectors.toSet());
        Set<String> produced = Arrays.stream(InvestigationDelegates.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Named.class))
                .map(DelegateContractTest::nameOf)
                .collect(Collectors.toSet());

        assertThat(produced).isEqualTo(named).hasSize(11);
    }

    private static String nameOf(Method producer) {
        return producer.getAnnotation(Named.class).value();
    }
}
