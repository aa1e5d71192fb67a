package uk.safeguardcases.application.health;

import uk.safeguardcases.application.process.ProcessHealth;
import uk.safeguardcases.application.process.Processes;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import uk.safeguardcases.application.cases.IssuedReferences;
import uk.safeguardcases.application.metrics.BoardFigures;
import uk.safeguardcases.application.metrics.LatestFigures;
import uk.safeguardcases.domain.cases.InvestigationProcess;

/** Readiness of the database and the process engine, for load balancers and the run command. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthService {

    @Inject
    private DatabaseProbe probe;

    @Inject
    private Processes processes;

    @Inject
    private IssuedReferences issuedReferences;

    @Inject
    private LatestFigures latestFigures;

    public Readiness readiness() {
        Map<String, Object> database = new LinkedHashMap<>();
        long started = System.nanoTime();
        DatabaseProbe.DatabaseState state = probe.probe();
        database.putAll(state.details());
        int boards = state.boards();
        database.put("responseMillis", (System.nanoTime() - started) / 1_000_000);

        Map<String, Object> engineStatus = new LinkedHashMap<>();
        boolean engineUp = false;
        try {
            ProcessHealth health = processes.health(InvestigationProcess.KEY);
            // Every board has its processes; a production node before its first board has none to have.
            engineUp = health.jobsRunning() && health.deployedForBoards() >= boards;
            engineStatus.put("status", engineUp ? "UP" : "DOWN");
            engineStatus.put("name", health.engineName());
            engineStatus.put("investigationDefinitions", health.deployedForBoards());
            engineStatus.put("jobExecutorActive", health.jobsRunning());
        } catch (Exception e) {
            engineStatus.put("status", "DOWN");
            engineStatus.put("error", e.getClass().getSimpleName());
        }
        try {
            // Counted, never failing readiness: a stuck step is the board's to put right (its Stuck work page), and the
            // node serves everything else. Board ids and counts only; nothing of what is stuck.
            Map<String, Long> stuck = processes.stuckStepsByBoard();
            engineStatus.put("stuckSteps", stuck.values().stream().mapToLong(Long::longValue).sum());
            engineStatus.put("stuckStepsByBoard", stuck);
        } catch (Exception e) {
            engineStatus.put("stuckSteps", "unknown");
        }
        try {
            // Jobs of no board (the engine's history cleanup): no board's Stuck work page shows them, so the operator's
            // readiness does; counted, never failing readiness, like a board's.
            engineStatus.put("stuckJobsOfNoBoard", processes.stuckJobsOfNoBoard());
        } catch (Exception e) {
            engineStatus.put("stuckJobsOfNoBoard", "unknown");
        }
        return new Readiness("UP".equals(database.get("status")) && engineUp, database, engineStatus,
                references(), mail());
    }

    /**
     * E-mail failing and being tried again, and given up on, by board, as the figures last read them (every 30 s: no
     * query here). Said, never failing readiness: a mail relay down is the operator's to mend, and every page serves
     * meanwhile; a warning to the board's staff that cannot be mailed shows here and on their Stuck work page.
     */
    private Map<String, Object> mail() {
        BoardFigures figures = latestFigures.figures();
        Map<String, Object> mail = new LinkedHashMap<>();
        mail.put("failingByBoard", new TreeMap<>(figures.outboxFailing()));
        mail.put("givenUpByBoard", new TreeMap<>(figures.outboxGivenUp()));
        mail.put("asOf", figures.takenAt().toString());
        return mail;
    }

    /**
     * Whether new records can be given references. Said, never failing readiness: every node of a cluster shares the
     * folder, so taking the nodes out for it would stop every reading and every step, while only raising is refused
     * (with a message that keeps what was typed); the figure and a critical alert tell the operator at once.
     */
    private Map<String, Object> references() {
        Map<String, Object> references = new LinkedHashMap<>();
        references.put("kept", issuedReferences.kept());
        String problem = issuedReferences.problem();
        references.put("status", problem == null ? "UP" : "DOWN");
        if (problem != null) {
            references.put("reason", "New records are refused: the folder where this node keeps the references it"
                    + " gives cannot be written (" + problem + "). Mend the folder (safeguard.references.ledger):"
                    + " raising works again at once.");
        }
        return references;
    }
}
