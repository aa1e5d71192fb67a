package uk.safeguardcases.domain.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.organisation.ParentOrganisation;

/**
 * Issue 38: a false or malicious finding takes a second senior manager; nothing is removed within the board's
 * cooling-off period; within it a senior manager may reopen the case.
 */
class DecisionsPutRightTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Instant RAISED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-11-20T10:00:00Z");
    private static final LocalDate CLOSED_ON = LocalDate.of(2026, 11, 20);
    private static final CoolingOff THIRTY_DAYS = new CoolingOff(30);

    @Test
    void aBoardSetsItsCoolingOffPeriodFromAWeekToAYear() {
        assertEquals(30, CoolingOff.DEFAULT_DAYS);
        assertTrue(CoolingOff.allowed(7));
        assertTrue(CoolingOff.allowed(365));
        assertFalse(CoolingOff.allowed(6));
        assertFalse(CoolingOff.allowed(366));
        assertFalse(CoolingOff.allowed(null));
        assertThrows(IllegalArgumentException.class, () -> new CoolingOff(0));
        assertEquals(LocalDate.of(2026, 12, 20), THIRTY_DAYS.removalFrom(CLOSED_ON));
    }

    @Test
    void aCaseClosedAtTriageIsNeverDueBeforeItsCoolingOffPeriodEnds() {
        SafeguardingCase c = closed(ClosureReason.NO_FURTHER_ACTION, new CoolingOff(60), 1);
        assertEquals(LocalDate.of(2027, 1, 19), c.retention().removalNotBefore());
        assertEquals(LocalDate.of(2027, 1, 19), c.retention().until(), "one month's keeping waits for the 60 days");
    }

    @Test
    void aFalseFindingProposedChangesNothingUntilASecondSeniorAgrees() {
        SafeguardingCase c = closed(ClosureReason.NO_BREACH, THIRTY_DAYS, 12);
        LocalDate keptUntil = c.retention().until();
        c.proposeFinding(AllegationFinding.FALSE, "chscb.senior", "The screenshot was of another account.", CLOSED);

        assertTrue(c.finding().awaitsSecondSenior());
        assertEquals(keptUntil, c.retention().until());
        assertNull(c.finding().found());
        assertFalse(c.finding().mayDecideProposal("chscb.senior"), "not the senior who proposed it");
        assertTrue(c.finding().mayDecideProposal("chscb.senior2"));
        assertThrows(IllegalStateException.class, () -> c.agreeFinding("chscb.senior", CLOSED, UK, THIRTY_DAYS));
        assertThrows(IllegalStateException.class,
                () -> c.proposeFinding(AllegationFinding.MALICIOUS, "chscb.senior2", "Again.", CLOSED));
    }

    @Test
    void agreedBySecondSeniorTheRecordWaitsForTheCoolingOffPeriodFromTheAgreement() {
        SafeguardingCase c = closed(ClosureReason.NO_BREACH, THIRTY_DAYS, 12);
        c.proposeFinding(AllegationFinding.MALICIOUS, "chscb.senior", "The complainant admitted inventing it.", CLOSED);
        Instant agreed = Instant.parse("2026-11-25T09:00:00Z");
        c.agreeFinding("chscb.senior2", agreed, UK, THIRTY_DAYS);

        assertFalse(c.finding().awaitsSecondSenior());
        assertEquals(AllegationFinding.MALICIOUS, c.finding().found());
        assertEquals("chscb.senior", c.finding().recordedBy());
        assertEquals("chscb.senior2", c.finding().agreedBy());
        assertEquals(RetentionBasis.FALSE_OR_MALICIOUS, c.retention().basis());
        assertEquals(LocalDate.of(2026, 12, 25), c.retention().removalNotBefore());
        assertEquals(LocalDate.of(2026, 12, 25), c.retention().until(), "not the day of the finding any more");
    }

    @Test
    void refusedBySecondSeniorTheRecordIsKeptAsBefore() {
        SafeguardingCase c = closed(ClosureReason.NO_BREACH, THIRTY_DAYS, 12);
        LocalDate keptUntil = c.retention().until();
        c.proposeFinding(AllegationFinding.FALSE, "chscb.senior", "Mistaken identity.", CLOSED);
        assertThrows(IllegalStateException.class, () -> c.finding().refuse("chscb.senior"));
        c.finding().refuse("chscb.senior2");
        assertFalse(c.finding().awaitsSecondSenior());
        assertNull(c.finding().found());
        assertEquals(keptUntil, c.retention().until());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO_FURTHER_ACTION", "ADVICE_ONLY", "AUTHORISATION_REFUSED", "NO_BREACH",
            "ADVICE_AND_GUIDANCE"})
    void aCaseTheBoardClosedCanBeReopenedUntilTheLastDayOfItsCoolingOffPeriod(String named) {
        ClosureReason reason = ClosureReason.core(named).orElseThrow();
        SafeguardingCase c = closed(reason, THIRTY_DAYS, 12);
        assertNull(c.reopeningRefused(CLOSED_ON));
        assertNull(c.reopeningRefused(LocalDate.of(2026, 12, 19)));
        assertEquals(Reopening.Refusal.PERIOD_OVER, c.reopeningRefused(LocalDate.of(2026, 12, 20)));

        c.reopen(LocalDate.of(2026, 12, 19));
        assertEquals(CaseStatus.AWAITING_TRIAGE, c.status());
        assertNull(c.retention().until(), "nothing is due for removal");
        assertNull(c.retention().removalNotBefore());
        assertNull(c.closure().closedAt());
        assertNull(c.closure().reason());
        assertNull(c.finding().found());
        assertEquals(Reopening.Refusal.NOT_CLOSED, c.reopeningRefused(LocalDate.of(2026, 12, 19)));
        assertTrue(c.close(reason, CLOSED.plusSeconds(86400 * 30), "Closed again.", UK, 12, THIRTY_DAYS),
                "the new run of the process closes it again");
    }

    @Test
    void aCaseClosedWithTheEmployersOutcomeIsNotTheBoardsToReopen() {
        SafeguardingCase c = closed(ClosureReason.REFERRAL_OUTCOME_RECORDED, THIRTY_DAYS, 12);
        assertEquals(Reopening.Refusal.EMPLOYERS_OUTCOME, c.reopeningRefused(CLOSED_ON));
        assertThrows(IllegalStateException.class, () -> c.reopen(CLOSED_ON));
    }

    @Test
    void aCaseClosedBeforeThereWasACoolingOffPeriodCannotBeReopened() {
        assertEquals(Reopening.Refusal.PERIOD_OVER, Reopening.refusal(CaseStatus.CLOSED, ClosureReason.NO_BREACH,
                null, null, CLOSED_ON));
        assertEquals(Reopening.Refusal.REMOVED, Reopening.refusal(CaseStatus.CLOSED, ClosureReason.NO_BREACH,
                CLOSED, LocalDate.of(2027, 1, 1), CLOSED_ON));
    }

    private static SafeguardingCase closed(ClosureReason reason, CoolingOff coolingOff, int triageMonths) {
        SafeguardingCase c = SafeguardingCase.raise(1L, "CHSCB-2026-0001", "Siân Ellis-Pryce",
                new ParentOrganisation("Gwent Police", OrganisationKind.POLICE, "hr@example.org"),
                CaseSource.PUBLIC_COMPLAINT, "A post about a child’s school.", "chscb.officer", RAISED);
        c.close(reason, CLOSED, "Closed.", UK, triageMonths, coolingOff);
        return c;
    }
}
