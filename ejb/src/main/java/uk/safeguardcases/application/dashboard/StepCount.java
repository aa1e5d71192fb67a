package uk.safeguardcases.application.dashboard;

import java.io.Serializable;
import uk.safeguardcases.domain.cases.CaseStatus;

/** How many of the board's open cases are at one step. */
public record StepCount(CaseStatus step, String label, long cases) implements Serializable {
}
