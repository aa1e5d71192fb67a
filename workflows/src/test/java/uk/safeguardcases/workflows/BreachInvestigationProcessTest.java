package uk.safeguardcases.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.cases.InvestigationProcess;

/** The breach investigation model on a real (in-memory) engine, deployed per board as the product does. */
class BreachInvestigationProcessTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void engineWithTwoBoards() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:workflows-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuration.setHistory("audit");
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("workflows-test");
        engine = configuration.buildProcessEngine();
        InvestigationModels models = new InvestigationModels();
        for (String board : List.of("chscb", "nscb")) {
            var deployment = engine.getRepositoryService().createDeployment().tenantId(board).name("safeguard-" + board);
            models.resourceNames().forEach(r -> deployment.addInputStream(r, models.open(r)));
            deployment.deploy();
        }
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void aRaisedConcernWaitsForAnOfficerOfItsBoardToTriageItAndThenEnds() {
        ProcessInstance instance = start("chscb", "CHSCB-2026-0001");

        Task triage = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(triage.getTaskDefinitionKey()).isEqualTo(InvestigationProcess.TRIAGE_TASK);
        assertThat(triage.getName()).isEqualTo("Triage the concern");
        assertThat(triage.getTenantId()).isEqualTo("chscb");
        assertThat(engine.getTaskService().createTaskQuery().taskId(triage.getId()).taskCandidateGroup("officer").count())
                .isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskId(triage.getId()).taskCandidateGroup("member").count())
                .isZero();

        engine.getTaskService().complete(triage.getId());

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
                .isZero();
        var history = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult();
        assertThat(history.getEndActivityId()).isEqualTo("concern-triaged");
        assertThat(history.getBusinessKey()).isEqualTo("CHSCB-2026-0001");
    }

    @Test
    void anotherBoardsUserSeesNeitherTheInstanceNorItsTask() {
        ProcessInstance instance = start("chscb", "CHSCB-2026-0002");
        try {
            engine.getIdentityService().setAuthentication("nscb.officer", List.of("officer"), List.of("nscb"));
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
                    .isZero();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        try {
            engine.getIdentityService().setAuthentication("chscb.officer", List.of("officer"), List.of("chscb"));
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isOne();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void eachBoardHasItsOwnDefinition() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(InvestigationProcess.KEY).tenantIdIn("chscb").count()).isOne();
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(InvestigationProcess.KEY).tenantIdIn("nscb").count()).isOne();
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(InvestigationProcess.KEY).withoutTenantId().count()).isZero();
    }

    @Test
    void theModelOpensInAModellerWithEveryElementDrawnAndAHistoryTimeToLive() {
        InvestigationModels models = new InvestigationModels();
        for (String resource : models.resourceNames()) {
            BpmnModelInstance model = Bpmn.readModelFromStream(models.open(resource));
            Bpmn.validateModel(model);
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
            }
            var shapes = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(s -> s.getBpmnElement().getId()).toList();
            var edges = model.getModelElementsByType(BpmnEdge.class).stream()
                    .map(e -> e.getBpmnElement().getId()).toList();
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(shapes).as("shape for " + node.getId()).contains(node.getId());
                assertThat(node.getName()).as("label of " + node.getId()).isNotBlank();
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                assertThat(edges).as("edge for " + flow.getId()).contains(flow.getId());
            }
        }
    }

    private static ProcessInstance start(String board, String reference) {
        return engine.getRuntimeService().createProcessInstanceByKey(InvestigationProcess.KEY)
                .processDefinitionTenantId(board)
                .businessKey(reference)
                .setVariables(Map.of(InvestigationProcess.CASE_REFERENCE, reference))
                .execute();
    }
}
