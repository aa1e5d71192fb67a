package uk.safeguardcases.infrastructure.engine;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import uk.safeguardcases.domain.process.FailureInWords;
import uk.safeguardcases.application.process.ProcessHealth;
import uk.safeguardcases.application.process.ProcessTask;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.process.StuckStep;
import uk.safeguardcases.application.process.StepUnavailableException.Reason;
import uk.safeguardcases.application.process.TaskRecord;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.people.Role;

/**
 * The process port on the embedded Camunda engine. Every call runs authenticated as the caller with their board as
 * the only tenant ({@link EngineAccess}), so the engine's tenant check filters whatever a query forgets to.
 */
@Stateless
public class EngineProcesses implements Processes {

    @Inject
    private EngineAccess engineAccess;

    @Inject
    private EngineWaits waits;

    @Inject
    private ProcessEngine engine;

    @Override
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        String tenant = CallerContext.current().tenantId();
        ProcessInstance instance = engineAccess.asCaller(engine -> engine.getRuntimeService()
                .createProcessInstanceByKey(processKey)
                .processDefinitionTenantId(tenant)
                .businessKey(businessKey)
                .setVariables(variables)
                .execute());
        return instance.getId();
    }

    @Override
    public void complete(String instanceId, String taskKey, String username, Map<String, Object> variables) {
        engineAccess.asCaller(engine -> {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
                    .taskDefinitionKey(taskKey).singleResult();
            if (task == null) {
                throw new StepUnavailableException(Reason.NOT_OPEN, null);
            }
            if (task.getAssignee() != null && !task.getAssignee().equals(username)) {
                throw new StepUnavailableException(Reason.ASSIGNED_ELSEWHERE, task.getAssignee());
            }
            try {
                if (task.getAssignee() == null) {
                    // Taking the task is a command of its own, so a concurrent completion is detected here, before
                    // the process moves on and before anything else of the caller's step is written.
                    engine.getTaskService().setAssignee(task.getId(), username);
                }
                // A task the caller already has is guarded by completion's own revision check; one completed on
                // another node since the query above is no longer found.
                engine.getTaskService().complete(task.getId(), variables);
            } catch (OptimisticLockingException | NotFoundException | NullValueException e) {
                // Completed or cancelled meanwhile (by another request, or an interrupting timer); given to someone
                // else; or changed at the same moment by a job of the process (a reminder's timer), the task still
                // open and not done: as the process now stands, read in a transaction of its own, this one's doomed.
                String holder = waits.openTaskHolder(instanceId, taskKey).orElse(null);
                if (holder == null) {
                    throw new StepUnavailableException(Reason.NOT_OPEN, null);
                }
                if (!holder.isEmpty() && !holder.equals(username)) {
                    throw new StepUnavailableException(Reason.ASSIGNED_ELSEWHERE, holder);
                }
                throw new StepUnavailableException(Reason.STILL_WAITING, null);
            }
            return null;
        });
    }

    @Override
    public List<ProcessTask> openTasks(String instanceId) {
        return engineAccess.asCaller(engine -> engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
                .orderByTaskCreateTime().asc().list().stream()
                .map(t -> task(t, roleOf(engine, t.getId()), null)).toList());
    }

    @Override
    public Map<String, List<String>> assigneesOf(Collection<String> instanceIds) {
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return engineAccess.asCaller(engine -> {
            Map<String, List<String>> holders = new java.util.HashMap<>();
            engine.getTaskService().createTaskQuery().processInstanceIdIn(instanceIds.toArray(String[]::new))
                    .orderByTaskCreateTime().asc().list()
                    .forEach(t -> holders.computeIfAbsent(t.getProcessInstanceId(), id -> new java.util.ArrayList<>())
                            .add(t.getAssignee()));
            return holders;
        });
    }

    @Override
    public List<ProcessTask> tasksFor(String username, Collection<Role> roles, int max) {
        List<String> groups = roles.stream().map(Role::roleName).toList();
        if (groups.isEmpty()) {
            return List.of();
        }
        String tenant = CallerContext.current().tenantId();
        return engineAccess.asCaller(engine -> {
            List<Task> tasks = engine.getTaskService().createTaskQuery().tenantIdIn(tenant)
                    .or().taskCandidateGroupIn(groups).taskAssignee(username).endOr()
                    .orderByTaskCreateTime().desc().listPage(0, max);
            if (tasks.isEmpty()) {
                return List.of();
            }
            Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
            Map<String, String> businessKeys = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceIds(instanceIds).list().stream()
                    .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
            return tasks.stream().map(t -> task(t, null, businessKeys.getOrDefault(t.getProcessInstanceId(), "")))
                    .toList();
        });
    }

    @Override
    public void assign(String taskId, String username) {
        try {
            engineAccess.asCaller(engine -> {
                engine.getTaskService().setAssignee(taskId, username);
                return null;
            });
        } catch (OptimisticLockingException | NotFoundException | NullValueException e) {
            throw new StepUnavailableException(Reason.NOT_OPEN, null);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<TaskRecord> task(String taskId) {
        return Optional.ofNullable(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
                .singleResult()).map(EngineProcesses::record);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<TaskRecord> lastCompleted(String instanceId, String taskKey) {
        return engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instanceId)
                .taskDefinitionKey(taskKey).finished().orderByHistoricTaskInstanceEndTime().desc()
                .listPage(0, 1).stream().findFirst().filter(t -> t.getEndTime() != null).map(EngineProcesses::record);
    }

    @Override
    public void deliver(String instanceId, String waitingAt, String message, Map<String, Object> variables) {
        engineAccess.asCaller(engine -> {
            boolean waiting = engine.getRuntimeService().createExecutionQuery().processInstanceId(instanceId)
                    .activityId(waitingAt).count() > 0;
            if (!waiting) {
                throw new StepUnavailableException(Reason.NOT_WAITING, null);
            }
            try {
                engine.getRuntimeService().createMessageCorrelation(message).processInstanceId(instanceId)
                        .setVariables(variables).correlate();
            } catch (OptimisticLockingException | MismatchingMessageCorrelationException e) {
                // Another delivery moved the process on between the check above and this one; or a job (a reminder's
                // timer) changed it at the same moment and it still waits here, the step not done.
                throw new StepUnavailableException(waits.waitingAt(instanceId, waitingAt) ? Reason.STILL_WAITING
                        : Reason.CONFLICT, null);
            } catch (ProcessEngineException | NullPointerException e) {
                // The engine may also fail part way when another request moves the process on while this delivery
                // reads it (the message's subscription gone, or the execution it left: a 500 at 400 people, and in
                // SameStepAtOnceIT): a conflict if the process, as now committed, no longer waits there; otherwise
                // the delivery's own failure.
                if (!waits.waitingAt(instanceId, waitingAt)) {
                    throw new StepUnavailableException(Reason.CONFLICT, null);
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public List<String> activeSteps(String instanceId) {
        return engineAccess.asCaller(engine -> {
            // The query is kept to the caller's board: another board's instance is not running, for this caller.
            boolean running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId)
                    .count() > 0;
            return running ? activeStepsOf(engine, instanceId) : List.<String>of();
        });
    }

    /**
     * The steps a process instance waits in, none once it has ended. Read in a command of its own that cannot fail
     * when the instance ends between its reads (another person's step, or a job on another node): the engine's
     * getActiveActivityIds then threw ("list of executions is empty"), and a failed command marks the caller's
     * transaction for rollback, so catching it afterwards still failed the rest of the case page with a 500 (two
     * nodes, 400 people, 2026-11-28).
     */
    static List<String> activeStepsOf(ProcessEngine engine, String instanceId) {
        return commands(engine).execute(context -> {
            ExecutionEntity instance = context.getExecutionManager().findExecutionById(instanceId);
            if (instance == null) {
                return List.<String>of();
            }
            // As the engine's own command: the caller's board (its tenant check) may read the instance.
            context.getProcessEngineConfiguration().getCommandCheckers()
                    .forEach(checker -> checker.checkReadProcessInstance(instance));
            return activeStepsOf(instance);
        });
    }

    /**
     * The engine's command executor, in the caller's transaction: the product's own reads that must not fail a page
     * (a failed engine command marks the caller's transaction for rollback).
     */
    private static CommandExecutor commands(ProcessEngine engine) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }

    /** The steps of an instance already read, none if its executions are gone since: it ended meanwhile. */
    static List<String> activeStepsOf(ExecutionEntity instance) {
        try {
            return List.copyOf(instance.findActiveActivityIds());
        } catch (NullValueException endedMeanwhile) {
            return List.of();
        }
    }

    @Override
    public List<String> stepsTaken(String instanceId) {
        return engineAccess.asCaller(engine -> engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instanceId).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList());
    }

    @Override
    public int forget(String businessKey) {
        return engineAccess.asCaller(engine -> {
            List<String> finished = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey).finished().list().stream()
                    .map(HistoricProcessInstance::getId).toList();
            if (!finished.isEmpty()) {
                engine.getHistoryService().deleteHistoricProcessInstancesIfExists(finished);
            }
            return finished.size();
        });
    }

    @Override
    public String model(String instanceId) {
        return engineAccess.asCaller(engine -> {
            HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processInstanceId(instanceId).singleResult();
            try (InputStream model = engine.getRepositoryService().getProcessModel(instance.getProcessDefinitionId())) {
                return new String(model.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public List<StuckStep> stuckSteps() {
        String tenant = CallerContext.current().tenantId();
        return engineAccess.asCaller(engine -> {
            List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().tenantIdIn(tenant)
                    .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).orderByIncidentTimestamp().asc().list();
            if (incidents.isEmpty()) {
                return List.of();
            }
            Set<String> instanceIds = incidents.stream().map(Incident::getProcessInstanceId)
                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            Map<String, String> businessKeys = new java.util.HashMap<>();
            if (!instanceIds.isEmpty()) {
                engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                        .forEach(i -> businessKeys.put(i.getId(), i.getBusinessKey()));
            }
            return incidents.stream().map(i -> stuckStep(engine, i, businessKeys.get(i.getProcessInstanceId())))
                    .toList();
        });
    }

    @Override
    public StuckStep tryAgain(String stuckStepId) {
        String tenant = CallerContext.current().tenantId();
        return engineAccess.asCaller(engine -> {
            Incident incident = stuckStepId == null ? null : engine.getRuntimeService().createIncidentQuery()
                    .incidentId(stuckStepId).tenantIdIn(tenant).incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
                    .singleResult();
            if (incident == null) {
                throw new uk.safeguardcases.application.tenancy.NotFoundException("No stuck step " + stuckStepId);
            }
            String businessKey = incident.getProcessInstanceId() == null ? null : engine.getRuntimeService()
                    .createProcessInstanceQuery().processInstanceId(incident.getProcessInstanceId()).singleResult()
                    .getBusinessKey();
            StuckStep step = stuckStep(engine, incident, businessKey);
            try {
                // One more try, due now: the job executor takes it within seconds. Should it fail again, it is an
                // incident again at once (its retries are spent), and shown again.
                engine.getManagementService().setJobRetries(1).jobId(incident.getConfiguration())
                        .dueDate(ClockUtil.getCurrentTime()).execute();
            } catch (OptimisticLockingException | NotFoundException | NullValueException e) {
                throw new uk.safeguardcases.application.tenancy.NotFoundException("No stuck step " + stuckStepId);
            }
            return step;
        });
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, Long> stuckStepsByBoard() {
        // Every board's: the engine's tenant check applies to authenticated callers only, and none is set here.
        return engine.getRuntimeService().createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE).list()
                .stream().filter(i -> i.getTenantId() != null)
                .collect(Collectors.groupingBy(Incident::getTenantId, java.util.TreeMap::new, Collectors.counting()));
    }

    @Override
    public long stuckJobsOfNoBoard() {
        return engine.getRuntimeService().createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE).list()
                .stream().filter(i -> i.getTenantId() == null).count();
    }

    @Override
    public List<StuckStep> retryingSteps() {
        String tenant = CallerContext.current().tenantId();
        return engineAccess.asCaller(engine -> {
            List<org.camunda.bpm.engine.runtime.Job> jobs = engine.getManagementService().createJobQuery()
                    .tenantIdIn(tenant).withException().withRetriesLeft().orderByJobDuedate().asc().listPage(0, 200);
            Set<String> instanceIds = jobs.stream().map(org.camunda.bpm.engine.runtime.Job::getProcessInstanceId)
                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            Map<String, String> businessKeys = new java.util.HashMap<>();
            if (!instanceIds.isEmpty()) {
                engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                        .forEach(i -> businessKeys.put(i.getId(), i.getBusinessKey()));
            }
            return jobs.stream().map(job -> step(engine, job.getId(), job.getProcessDefinitionId(),
                    job.getFailedActivityId(), businessKeys.get(job.getProcessInstanceId()),
                    job.getDuedate().toInstant(), job.getExceptionMessage(), job.getId())).toList();
        });
    }

    private static StuckStep stuckStep(ProcessEngine engine, Incident incident, String businessKey) {
        return step(engine, incident.getId(), incident.getProcessDefinitionId(),
                incident.getFailedActivityId() != null ? incident.getFailedActivityId() : incident.getActivityId(),
                businessKey, incident.getIncidentTimestamp().toInstant(), incident.getIncidentMessage(),
                incident.getConfiguration());
    }

    private static StuckStep step(ProcessEngine engine, String id, String definitionId, String stepId,
            String businessKey, java.time.Instant since, String error, String jobId) {
        String processKey = definitionId == null ? null : definitionId.split(":")[0];
        String processName = processKey;
        String stepName = stepId;
        if (definitionId != null) {
            processName = java.util.Objects.requireNonNullElse(
                    engine.getRepositoryService().getProcessDefinition(definitionId).getName(), processKey);
            if (stepId != null && engine.getRepositoryService().getBpmnModelInstance(definitionId)
                    .getModelElementById(stepId) instanceof FlowElement element && element.getName() != null) {
                stepName = element.getName();
            }
        }
        return new StuckStep(id, processKey, processName, businessKey, stepId, stepName, since,
                FailureInWords.of(error), jobId);
    }

    @Override
    public ProcessHealth health(String processKey) {
        long deployed = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().count();
        boolean jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor()
                .isActive();
        return new ProcessHealth(engine.getName(), jobs, deployed);
    }

    @Override
    public int loadModels(int most, java.time.Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        int loaded = 0;
        for (var definition : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion()
                .orderByDeploymentTime().desc().listPage(0, most)) {
            if (System.nanoTime() > deadline) {
                break;
            }
            // Through the deployment cache: parsed from the stored model when it is not there yet.
            engine.getRepositoryService().getProcessDefinition(definition.getId());
            loaded++;
        }
        return loaded;
    }

    private static ProcessTask task(Task t, Role role, String businessKey) {
        return new ProcessTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), role,
                t.getAssignee(), t.getCreateTime().toInstant(), instant(t.getDueDate()), businessKey);
    }

    /**
     * The role a task is offered to (its candidate group). Read straight from the task's identity links, which are
     * simply none once the task is gone: a task listed a moment ago may have been completed since by someone else (two
     * seniors on one case, one approving while the other's page lists the case's tasks), and the engine's
     * getIdentityLinksForTask would then fail the whole page ("Cannot find task with id …"), marking its transaction
     * for rollback. The task ids come from a query kept to the caller's board.
     */
    static Role roleOf(ProcessEngine engine, String taskId) {
        List<IdentityLinkEntity> links = commands(engine)
                .execute(context -> context.getIdentityLinkManager().findIdentityLinksByTaskId(taskId));
        for (IdentityLink link : links) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                try {
                    return Role.fromRoleName(link.getGroupId());
                } catch (IllegalArgumentException notARole) {
                    // A group the product does not know gives no role.
                }
            }
        }
        return null;
    }

    private static TaskRecord record(HistoricTaskInstance task) {
        return new TaskRecord(task.getTaskDefinitionKey(), task.getAssignee(), instant(task.getEndTime()));
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
