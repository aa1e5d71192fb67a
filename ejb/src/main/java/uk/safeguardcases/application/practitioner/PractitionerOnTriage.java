package uk.safeguardcases.application.practitioner;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.cases.TriageDecisionChecked;
import uk.safeguardcases.domain.cases.TriageRecorded;
import uk.safeguardcases.domain.practitioner.PractitionerAction;
import uk.safeguardcases.domain.practitioner.PractitionerConcern;

/**
 * What a practitioner concern does when the core triages its case (Wales Safeguarding Procedures, Section 5: the
 * threshold criteria are considered and recorded): a triage that says the harm threshold is not met, when the criteria
 * recorded say one is met, is refused; the triage's timeline says how the criteria stood when it was recorded.
 */
@Stateless
public class PractitionerOnTriage {

    @Inject
    private PractitionerConcerns concerns;

    @Inject
    private TimelineService timeline;

    public void check(@Observes TriageDecisionChecked checked) {
        Optional<PractitionerConcern> record = concerns.recordOf(checked.safeguardingCase());
        if (record.isPresent() && record.get().thresholdMet() && !checked.harmThresholdMet()) {
            throw new InvalidInputException(Map.of("harmThresholdMet",
                    PractitionerWords.text("triage.thresholdMet")));
        }
    }

    public void recorded(@Observes TriageRecorded recorded) {
        SafeguardingCase c = recorded.safeguardingCase();
        if (!concerns.applies(c)) {
            return;
        }
        Optional<PractitionerConcern> record = concerns.recordOf(c).filter(PractitionerConcern::thresholdConsidered);
        timeline.record(c.id(), PractitionerAction.PRACTITIONER_THRESHOLD_AT_TRIAGE, record.isEmpty()
                ? "Triage recorded before the threshold criteria were considered."
                : record.get().thresholdMet() ? "Triage recorded with the threshold criteria met."
                        : "Triage recorded with no threshold criterion met.");
    }
}
