package uk.safeguardcases.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.safeguardcases.domain.search.ChildSearchOutcome;
import uk.safeguardcases.domain.search.ChildSearchProcess;

/**
 * Searches about a child as the engine runs them (LSCB §3): authorised by a senior then searched, finished and closed
 * with each outcome; refused; and an authorisation that expires (the clock moved) ends the search window, after which
 * the outcome is still recorded.
 */
class ChildSearchProcessTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private ProcessEngine engine;
    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void start() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        engine = TestEngines.withModels(new ChildSearchModels(), "lscb", "chscb");
        Mocks.register("childSearchExpiredDelegate",
                (JavaDelegate) e -> steps.add("expired " + e.getVariable(ChildSearchProcess.SEARCH_ID)));
    }

    @AfterEach
    void closeEngine() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aRequestIsOfferedToTheBoardsSeniorsToAuthorise() {
        ProcessInstance search = request("lscb", 1L);
        Task authorise = task(search);
        assertThat(authorise).hasDefinitionKey(ChildSearchProcess.AUTHORISE).hasCandidateGroup("senior");
        assertThat(candidateGroups(authorise)).as("and no other group").containsExactly("senior");
        assertThat(authorise.getTenantId()).isEqualTo("lscb");
    }

    @Test
    void aRefusedSearchEndsRefusedWithNothingToSearch() {
        ProcessInstance search = request("lscb", 2L);
        engine.getTaskService().complete(task(search).getId(), Map.of(ChildSearchProcess.DECISION, "REFUSED"));

        assertThat(search).isEnded().hasPassed("search-refused").hasNotPassed(ChildSearchProcess.SEARCH);
        assertThat(steps).isEmpty();
    }

    @ParameterizedTest(name = "authorised, searched, finished and closed: {0}")
    @EnumSource(ChildSearchOutcome.class)
    void anAuthorisedSearchIsSearchedByTheOfficersThenClosedWithItsOutcome(ChildSearchOutcome outcome) {
        ProcessInstance search = request("lscb", 3L);
        authorise(search, NOW.plus(7, ChronoUnit.DAYS));

        Task searching = task(search);
        assertThat(searching).hasDefinitionKey(ChildSearchProcess.SEARCH).hasCandidateGroup("officer");
        assertThat(candidateGroups(searching)).as("and no other group").containsExactly("officer");
        assertThat(timers(search)).extracting(j -> j.getDuedate().toInstant())
                .containsExactly(NOW.plus(7, ChronoUnit.DAYS));

        moveTo(NOW.plus(2, ChronoUnit.DAYS));
        engine.getTaskService().complete(searching.getId());
        assertThat(timers(search)).as("finishing early cancels the expiry").isEmpty();

        Task outcomeTask = task(search);
        assertThat(outcomeTask).hasDefinitionKey(ChildSearchProcess.OUTCOME).hasCandidateGroup("officer");
        assertThat(candidateGroups(outcomeTask)).as("and no other group").containsExactly("officer");
        engine.getTaskService().complete(outcomeTask.getId(), Map.of(ChildSearchProcess.OUTCOME_VARIABLE,
                outcome.name()));

        assertThat(search).isEnded().hasPassedInOrder(ChildSearchProcess.AUTHORISE, ChildSearchProcess.SEARCH,
                ChildSearchProcess.OUTCOME, "search-closed").hasNotPassed("end-search-window");
        assertThat(steps).as("the window was closed by the officer, not by expiry").isEmpty();
    }

    @Test
    void anAuthorisationThatExpiresEndsTheSearchWindowThenTheOutcomeIsRecorded() {
        ProcessInstance search = request("lscb", 4L);
        Instant until = NOW.plus(7, ChronoUnit.DAYS);
        authorise(search, until);

        moveTo(until.minusSeconds(60));
        runDue(search);
        assertThat(steps).as("nothing before its time").isEmpty();
        assertThat(task(search)).hasDefinitionKey(ChildSearchProcess.SEARCH);

        moveTo(until.plusSeconds(1));
        runDue(search);
        assertThat(steps).containsExactly("expired 4");
        Task outcomeTask = task(search);
        // The search task is gone; the outcome is next.
        assertThat(outcomeTask).hasDefinitionKey(ChildSearchProcess.OUTCOME);
        assertThat(timers(search)).isEmpty();

        engine.getTaskService().complete(outcomeTask.getId(), Map.of(ChildSearchProcess.OUTCOME_VARIABLE,
                ChildSearchOutcome.LADO.name()));
        assertThat(search).isEnded().hasPassedInOrder(ChildSearchProcess.SEARCH, "authorisation-expires",
                "end-search-window", ChildSearchProcess.OUTCOME, "search-closed");
    }

    @Test
    void aBoardsSearchesAreThatBoardsOnly() {
        ProcessInstance lscb = request("lscb", 5L);
        authorise(lscb, NOW.plus(3, ChronoUnit.DAYS));
        ProcessInstance chscb = request("chscb", 6L);
        assertThat(timers(lscb)).extracting(Job::getTenantId).containsOnly("lscb");
        assertThat(engine.getTaskService().createTaskQuery().tenantIdIn("chscb").list())
                .extracting(Task::getProcessInstanceId).containsExactly(chscb.getId());
        assertThat(engine.getTaskService().createTaskQuery().tenantIdIn("lscb").list())
                .extracting(Task::getProcessInstanceId).containsExactly(lscb.getId());
    }

    @Test
    void everyServiceTaskOfTheModelHasItsProductionDelegate() {
        ChildSearchModels models = new ChildSearchModels();
        java.util.Set<String> named = new java.util.HashSet<>();
        for (String resource : models.resourceNames()) {
            org.camunda.bpm.model.bpmn.Bpmn.readModelFromStream(models.openFor("lscb", resource))
                    .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.ServiceTask.class)
                    .forEach(t -> named.add(t.getCamundaDelegateExpression().replace("${", "").replace("}", "")));
        }
        java.util.Set<String> produced = java.util.Arrays.stream(
                        uk.safeguardcases.workflows.delegates.ChildSearchDelegates.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(jakarta.inject.Named.class))
                .map(m -> m.getAnnotation(jakarta.inject.Named.class).value())
                .collect(java.util.stream.Collectors.toSet());
        assertThat(produced).isEqualTo(named).hasSize(1);
    }

    private ProcessInstance request(String board, long id) {
        return engine.getRuntimeService().createProcessInstanceByKey(ChildSearchProcess.KEY)
                .processDefinitionTenantId(board).businessKey(board.toUpperCase() + "-CS-2026-000" + id)
                .setVariables(Map.of(ChildSearchProcess.SEARCH_ID, id, ChildSearchProcess.REQUESTED_BY,
                        board + ".officer")).execute();
    }

    private void authorise(ProcessInstance search, Instant until) {
        engine.getTaskService().complete(task(search).getId(), Map.of(ChildSearchProcess.DECISION, "AUTHORISED",
                ChildSearchProcess.AUTHORISED_UNTIL, Date.from(until)));
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(l -> l.getGroupId()).filter(g -> g != null).toList();
    }

    private List<Job> timers(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().list();
    }

    private void runDue(ProcessInstance instance) {
        for (int round = 0; round < 5; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    private static void moveTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
