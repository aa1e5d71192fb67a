package uk.safeguardcases.application.practitioner;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.safeguardcases.domain.deadline.DeadlineState;
import uk.safeguardcases.domain.practitioner.PractitionerOutcome;

/**
 * A case's practitioner concern as its panel shows it (Wales Safeguarding Procedures, Section 5).
 *
 * @param designatedDue when the designated person must be told (24 hours, or the next working day out of hours)
 * @param designatedState how that deadline stands now
 * @param criteria each threshold criterion by name and its answer (null before they are considered)
 */
public record PractitionerView(String reference, Instant designatedDue, DeadlineState designatedState,
        String designatedPerson, Instant designatedToldAt, String designatedRecordedBy, List<Criterion> criteria,
        boolean thresholdConsidered, boolean thresholdMet, String thresholdBy, Instant thresholdAt,
        PractitionerOutcome outcome, String outcomeNote, String outcomeBy, Instant outcomeAt, String otherRoles,
        String riskToldWhom, LocalDate riskToldOn, String riskBy, Instant riskAt) implements Serializable {

    /** A threshold criterion and its answer (null: not yet answered). */
    public record Criterion(String name, Boolean met) implements Serializable {
    }

    public boolean overdue() {
        return designatedState == DeadlineState.OVERDUE;
    }

    public boolean transferableRiskRecorded() {
        return riskAt != null;
    }
}
