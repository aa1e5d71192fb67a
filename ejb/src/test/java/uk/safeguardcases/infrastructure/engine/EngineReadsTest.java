package uk.safeguardcases.infrastructure.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.people.Role;

/**
 * A case page lists the case's open tasks and the role each is offered to. Found under the national load (700 people,
 * two seniors on one account): between the list and the roles, the other senior approved the referral, its task was
 * gone, and the engine's {@code getIdentityLinksForTask} failed the page with a 500 ("Cannot find task with id …").
 * A task gone since it was listed now simply has no role, and the page shows what is open when it is drawn.
 */
class TaskRoleTest {

    private ProcessEngine engine;

    @BeforeEach
    void engine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:task-role-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName("task-role-" + UUID.randomUUID());
        configuration.setJobExecutorActivate(false);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("approval.bpmn",
                Bpmn.createExecutableProcess("approval").startEvent().userTask("approve")
                        .camundaCandidateGroups("senior").endEvent().done()).deploy();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void anOpenTaskIsOfferedToItsRoleAndATaskCompletedSinceItWasListedToNone() {
        engine.getRuntimeService().startProcessInstanceByKey("approval");
        String taskId = engine.getTaskService().createTaskQuery().singleResult().getId();
        assertThat(EngineProcesses.roleOf(engine, taskId)).isEqualTo(Role.SENIOR);

        engine.getTaskService().complete(taskId);

        assertThat(EngineProcesses.roleOf(engine, taskId)).as("the task another person completed meanwhile").isNull();
        assertThatThrownBy(() -> engine.getTaskService().getIdentityLinksForTask(taskId))
                .as("what the page asked before, which failed it").isInstanceOf(NullValueException.class);
    }
}
