package uk.safeguardcases.infrastructure.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.people.Role;

/**
 * What a case page reads from the engine while another person's step (or a job on another node) moves the case on.
 * Found under the national load, each a 500: at 700 people, two seniors on one account, the other senior approved the
 * referral between the list of the case's open tasks and their roles, and the engine's
 * {@code getIdentityLinksForTask} failed the page ("Cannot find task with id …"); on two nodes at 400 people, a case's
 * process ended between the engine's reads of its steps, and {@code getActiveActivityIds} failed ("list of executions
 * is empty"), marking the page's transaction for rollback. A task gone since it was listed now simply has no role,
 * an instance gone since it was read waits in no step, and the page shows what is open when it is drawn.
 */
class EngineReadsTest {

    private ProcessEngine engine;

    @BeforeEach
    void engine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:engine-reads-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName("engine-reads-" + UUID.randomUUID());
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
    void anInstanceWaitsInItsStepsAndOneThatEndsWhileItIsReadInNone() {
        String id = engine.getRuntimeService().startProcessInstanceByKey("approval").getId();
        assertThat(EngineProcesses.activeStepsOf(engine, id)).containsExactly("approve");

        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration();
        List<String> steps = configuration.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity instance = context.getExecutionManager().findExecutionById(id);
            // Between the engine's reads of the instance and of its executions, the process ends elsewhere.
            endedElsewhere(context, id);
            assertThatThrownBy(instance::findActiveActivityIds).as("what the page asked before, which failed it")
                    .isInstanceOf(NullValueException.class).hasMessageContaining("list of executions is empty");
            return EngineProcesses.activeStepsOf(instance);
        });

        assertThat(steps).as("the steps of the instance that ended meanwhile").isEmpty();
        engine.getRuntimeService().startProcessInstanceByKey("approval");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .as("the engine goes on: the command that read the ended instance failed nothing").isEqualTo(1);
    }

    @Test
    void anotherBoardCannotReadAnInstancesSteps() {
        engine.getRepositoryService().createDeployment().tenantId("chscb").addModelInstance("board.bpmn",
                Bpmn.createExecutableProcess("board").startEvent().userTask("triage").endEvent().done()).deploy();
        String id = engine.getRuntimeService().startProcessInstanceByKey("board").getId();

        engine.getIdentityService().setAuthentication("officer", List.of("officer"), List.of("lscb"));
        try {
            assertThatThrownBy(() -> EngineProcesses.activeStepsOf(engine, id)).as("another board's officer")
                    .hasMessageContaining("no authenticated tenant");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        engine.getIdentityService().setAuthentication("officer", List.of("officer"), List.of("chscb"));
        try {
            assertThat(EngineProcesses.activeStepsOf(engine, id)).as("the board's own officer")
                    .containsExactly("triage");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** The instance's runtime rows deleted in the command's own transaction, as the end of its process would. */
    private static void endedElsewhere(CommandContext context, String instanceId) {
        Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
        for (String delete : List.of("delete from ACT_RU_IDENTITYLINK where TASK_ID_ in"
                + " (select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?)",
                "delete from ACT_RU_TASK where PROC_INST_ID_ = ?",
                "delete from ACT_RU_EXECUTION where PROC_INST_ID_ = ?")) {
            try (PreparedStatement statement = connection.prepareStatement(delete)) {
                statement.setString(1, instanceId);
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
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
