package uk.safeguardcases.domain.practitioner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PractitionerConcernTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static Map<ThresholdCriterion, Boolean> answers(boolean harmed, boolean offence, boolean risk,
            boolean unsuitable) {
        Map<ThresholdCriterion, Boolean> answers = new EnumMap<>(ThresholdCriterion.class);
        answers.put(ThresholdCriterion.HARMED, harmed);
        answers.put(ThresholdCriterion.OFFENCE, offence);
        answers.put(ThresholdCriterion.RISK_OF_HARM, risk);
        answers.put(ThresholdCriterion.UNSUITABLE, unsuitable);
        return answers;
    }

    @Test
    void theThresholdIsMetWhenAnyOneCriterionIs() {
        PractitionerConcern concern = new PractitionerConcern(7);
        concern.considerThreshold(answers(false, false, false, true), "gwen.officer", NOW);

        assertTrue(concern.thresholdConsidered());
        assertTrue(concern.thresholdMet());
        assertEquals(Boolean.FALSE, concern.threshold().get(ThresholdCriterion.HARMED));
        assertEquals("gwen.officer", concern.thresholdBy());
    }

    @Test
    void noCriterionMetIsAnAnswerToo() {
        PractitionerConcern concern = new PractitionerConcern(7);
        concern.considerThreshold(answers(false, false, false, false), "gwen.officer", NOW);

        assertTrue(concern.thresholdConsidered());
        assertFalse(concern.thresholdMet());
    }

    @Test
    void aChecklistWithACriterionUnansweredRecordsNothing() {
        PractitionerConcern concern = new PractitionerConcern(7);
        Map<ThresholdCriterion, Boolean> partial = answers(true, false, false, false);
        partial.remove(ThresholdCriterion.UNSUITABLE);

        assertThrows(IllegalArgumentException.class, () -> concern.considerThreshold(partial, "gwen.officer", NOW));
        assertFalse(concern.thresholdConsidered());
        assertTrue(concern.threshold().isEmpty());
    }

    @Test
    void theDesignatedPersonIsToldOnce() {
        PractitionerConcern concern = new PractitionerConcern(7);
        concern.designatedPersonTold("Siân Llŷr, DSP", NOW, "gwen.officer");

        assertThrows(IllegalStateException.class,
                () -> concern.designatedPersonTold("Someone else", NOW.plusSeconds(60), "gwen.officer"));
        assertEquals("Siân Llŷr, DSP", concern.designatedPerson());
        assertEquals(NOW, concern.designatedToldAt());
    }

    @Test
    void aMissedDeadlineIsFoundOnceAndNeverAfterTheDesignatedPersonWasTold() {
        Instant at = Instant.parse("2026-11-24T17:00:01Z");
        PractitionerConcern late = new PractitionerConcern(7);
        assertTrue(late.missDesignatedDeadline(at));
        assertFalse(late.missDesignatedDeadline(at.plusSeconds(900)), "found once, however often the check runs");
        assertEquals(at, late.designatedMissedAt());

        PractitionerConcern told = new PractitionerConcern(8);
        told.designatedPersonTold("Siân Ŵyn, DSP", Instant.parse("2026-11-24T16:00:00Z"), "officer");
        assertFalse(told.missDesignatedDeadline(at));
        assertEquals(null, told.designatedMissedAt());
    }

    @Test
    void theTransferableRiskKeepsTheOtherRolesWhoWasToldAndWhen() {
        PractitionerConcern concern = new PractitionerConcern(7);
        concern.recordTransferableRisk("Volunteer, “Clwb Pêl-droed Ieuenctid” – Sundays", "Ysgol Gymraeg’s DSP",
                LocalDate.of(2026, 11, 23), "gwen.officer", NOW);

        assertTrue(concern.transferableRiskRecorded());
        assertEquals("Volunteer, “Clwb Pêl-droed Ieuenctid” – Sundays", concern.otherRoles());
        assertEquals(LocalDate.of(2026, 11, 23), concern.riskToldOn());
    }
}
