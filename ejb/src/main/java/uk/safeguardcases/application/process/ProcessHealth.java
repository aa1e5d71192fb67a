package uk.safeguardcases.application.process;

/** The engine's readiness: its job executor runs, and how many boards have the process deployed. */
public record ProcessHealth(String engineName, boolean jobsRunning, long deployedForBoards) {
}
