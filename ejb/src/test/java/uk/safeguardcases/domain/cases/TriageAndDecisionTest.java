package uk.safeguardcases.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The officer's triage, the senior's authorisation, the outcome decision and its approval, and the closure, each on
 * its own. Four eyes between them is the services' ({@code SeparationOfDuties}); that reopening forgets them is
 * the case's ({@link SafeguardingCaseTest}).
 */
class TriageAndDecisionTest {

    @Test
    void aConcernNotYetTriagedHasNoTriage() {
        Triage triage = new Triage();

        assertThat(triage.triagedBy()).isNull();
        assertThat(triage.decision()).isNull();
        assertThat(triage.harmThresholdMet()).isNull();
        assertThat(triage.note()).isNull();
        assertThat(triage.authorisedBy()).isNull();
    }

    @Test
    void triageRecordsWhoDecidedWhatWhetherTheHarmThresholdIsMetAndWhy() {
        Triage triage = new Triage();
        triage.record("chscb.officer", TriageDecision.INVESTIGATE, true,
                "Photographs of pupils’ faces at Ysgol y Graig.");

        assertThat(triage.triagedBy()).isEqualTo("chscb.officer");
        assertThat(triage.decision()).isEqualTo(TriageDecision.INVESTIGATE);
        assertThat(triage.harmThresholdMet()).isTrue();
        assertThat(triage.note()).isEqualTo("Photographs of pupils’ faces at Ysgol y Graig.");
    }

    @Test
    void theSeniorWhoAuthorisedTheInvestigationIsKeptBesideTheTriage() {
        Triage triage = new Triage();
        triage.record("chscb.officer", TriageDecision.INVESTIGATE, false, "Below the threshold; investigate.");
        triage.authorisedBy("chscb.senior");

        assertThat(triage.authorisedBy()).isEqualTo("chscb.senior");
        assertThat(triage.triagedBy()).isEqualTo("chscb.officer");
        assertThat(triage.harmThresholdMet()).isFalse();
    }

    @Test
    void aDecisionRecordsTheOutcomeWhoDecidedItAndTheFindings() {
        OutcomeDecision decision = new OutcomeDecision();
        decision.decide(CaseOutcome.DISCIPLINARY_REFERRAL, "chscb.officer", "The posts identify two pupils.");

        assertThat(decision.outcome()).isEqualTo(CaseOutcome.DISCIPLINARY_REFERRAL);
        assertThat(decision.decidedBy()).isEqualTo("chscb.officer");
        assertThat(decision.findings()).isEqualTo("The posts identify two pupils.");
        assertThat(decision.approvedBy()).isNull();
    }

    @Test
    void anApprovedReferralSaysWhichSeniorApprovedItAndTheirNote() {
        OutcomeDecision decision = new OutcomeDecision();
        decision.decide(CaseOutcome.GROSS_MISCONDUCT_REFERRAL, "chscb.officer", "Repeated after advice.");
        decision.referralApproved("chscb.senior", "Agreed: refer to Cyngor Sir Ddinbych’s HR.");

        assertThat(decision.approvedBy()).isEqualTo("chscb.senior");
        assertThat(decision.approvalNote()).isEqualTo("Agreed: refer to Cyngor Sir Ddinbych’s HR.");
    }

    @Test
    void aNewDecisionWithdrawsTheApprovalOfTheEarlierOne() {
        OutcomeDecision decision = new OutcomeDecision();
        decision.decide(CaseOutcome.DISCIPLINARY_REFERRAL, "chscb.officer", "First findings.");
        decision.referralApproved("chscb.senior", "Agreed: refer.");

        decision.decide(CaseOutcome.ADVICE_AND_GUIDANCE, "chscb.officer2", "Further context from the school.");

        assertThat(decision.outcome()).isEqualTo(CaseOutcome.ADVICE_AND_GUIDANCE);
        assertThat(decision.decidedBy()).isEqualTo("chscb.officer2");
        assertThat(decision.findings()).isEqualTo("Further context from the school.");
        assertThat(decision.approvedBy()).as("what was approved is no longer the decision").isNull();
        assertThat(decision.approvalNote()).isNull();
    }

    @Test
    void aClosureSaysWhyAndWhenTheCaseWasClosedAndWhatHappened() {
        Closure open = new Closure();
        assertThat(open.reason()).isNull();
        assertThat(open.closedAt()).isNull();

        Closure closure = new Closure();
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        closure.close(ClosureReason.NO_BREACH, at, "No breach: the account was Mr Huw Pritchard’s namesake’s.");

        assertThat(closure.reason()).isEqualTo(ClosureReason.NO_BREACH);
        assertThat(closure.closedAt()).isEqualTo(at);
        assertThat(closure.summary()).isEqualTo("No breach: the account was Mr Huw Pritchard’s namesake’s.");
    }
}
