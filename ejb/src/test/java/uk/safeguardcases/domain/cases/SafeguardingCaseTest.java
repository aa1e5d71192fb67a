package uk.safeguardcases.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.safeguardcases.domain.deadline.Deadline;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.organisation.ParentOrganisation;

/**
 * The case's own rules, without a server: its steps, its closure (once), how long it is kept, the finding, a second
 * senior manager for a false or malicious one, reopening, the legal hold, redaction for the HR partner and the LADO
 * and adult safeguarding deadlines. The cooling-off period and reopening window are in {@link DecisionsPutRightTest}.
 */
class SafeguardingCaseTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Instant RAISED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-11-20T10:00:00Z");
    private static final LocalDate CLOSED_ON = LocalDate.of(2026, 11, 20);
    private static final CoolingOff THIRTY_DAYS = new CoolingOff(30);

    @Test
    void aRaisedConcernAwaitsTriageAboutChildrenWithNothingDecided() {
        SafeguardingCase c = raised();

        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_TRIAGE);
        assertThat(c.reference()).isEqualTo("CHSCB-2026-0007");
        assertThat(c.subjectName()).isEqualTo("Siân Ellis-Pryce");
        assertThat(c.source()).isEqualTo(CaseSource.PUBLIC_COMPLAINT);
        assertThat(c.raisedBy()).isEqualTo("chscb.officer");
        assertThat(c.raisedAt()).isEqualTo(RAISED);
        assertThat(c.concernsWhom()).isEqualTo(ConcernsWhom.CHILDREN);
        assertThat(c.triageDecision()).isNull();
        assertThat(c.outcome()).isNull();
        assertThat(c.closedAt()).isNull();
        assertThat(c.retentionUntil()).isNull();
        assertThat(c.held()).isFalse();
        assertThat(c.awaitsSecondSenior()).isFalse();
    }

    @Test
    void whenAndWhereTheConductHappenedIsKeptAsTheRaiserSaidIt() {
        SafeguardingCase c = raised();
        Instant occurred = Instant.parse("2026-02-27T21:15:00Z");
        c.happened(occurred, "https://social.example/@rhys/1029");

        assertThat(c.occurredAt()).isEqualTo(occurred);
        assertThat(c.contentUrl()).isEqualTo("https://social.example/@rhys/1029");
    }

    @Test
    void whomTheConcernPutsAtRiskIsChildrenUnlessTheOfficerSaysOtherwise() {
        SafeguardingCase c = raised();
        c.concerns(ConcernsWhom.ADULTS_AT_RISK);
        assertThat(c.concernsWhom()).isEqualTo(ConcernsWhom.ADULTS_AT_RISK);

        c.concerns(null);
        assertThat(c.concernsWhom()).isEqualTo(ConcernsWhom.CHILDREN);
    }

    @Test
    void theCaseFollowsTheProcessFromStepToStepButAClosedCaseStaysClosed() {
        SafeguardingCase c = raised();
        c.moveTo(CaseStatus.GATHERING_EVIDENCE);
        assertThat(c.status()).isEqualTo(CaseStatus.GATHERING_EVIDENCE);

        c.close(ClosureReason.NO_BREACH, CLOSED, "No breach found.", UK, 12, THIRTY_DAYS);
        c.moveTo(CaseStatus.DECIDING_OUTCOME);
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void triageAuthorisationAndTheDecisionAreRecordedWithWhoMadeThem() {
        SafeguardingCase c = raised();
        c.recordTriage("chscb.officer", TriageDecision.INVESTIGATE, true, "Photographs of pupils’ faces.");
        c.authorisedBy("chscb.senior");
        c.decide(CaseOutcome.DISCIPLINARY_REFERRAL, "chscb.officer", "The posts identify two pupils.");

        assertThat(c.triagedBy()).isEqualTo("chscb.officer");
        assertThat(c.triageDecision()).isEqualTo(TriageDecision.INVESTIGATE);
        assertThat(c.harmThresholdMet()).isTrue();
        assertThat(c.triageNote()).isEqualTo("Photographs of pupils’ faces.");
        assertThat(c.authorisedBy()).isEqualTo("chscb.senior");
        assertThat(c.outcome()).isEqualTo(CaseOutcome.DISCIPLINARY_REFERRAL);
        assertThat(c.decidedBy()).isEqualTo("chscb.officer");
        assertThat(c.decisionFindings()).isEqualTo("The posts identify two pupils.");
    }

    @Test
    void aNewDecisionWithdrawsTheApprovalOfTheEarlierOne() {
        SafeguardingCase c = raised();
        c.decide(CaseOutcome.DISCIPLINARY_REFERRAL, "chscb.officer", "First findings.");
        c.referralApproved("chscb.senior", "Agreed: refer.");
        assertThat(c.approvedBy()).isEqualTo("chscb.senior");
        assertThat(c.approvalNote()).isEqualTo("Agreed: refer.");

        c.decide(CaseOutcome.GROSS_MISCONDUCT_REFERRAL, "chscb.officer", "Further posts found.");
        assertThat(c.approvedBy()).as("what was approved is no longer the decision").isNull();
        assertThat(c.approvalNote()).isNull();
        assertThat(c.outcome()).isEqualTo(CaseOutcome.GROSS_MISCONDUCT_REFERRAL);
    }

    @Test
    void aCaseIsClosedOnceAndClosingItAgainChangesNothing() {
        SafeguardingCase c = raised();
        assertThat(c.close(ClosureReason.NO_BREACH, CLOSED, "No breach found.", UK, 12, THIRTY_DAYS)).isTrue();
        LocalDate keptUntil = c.retentionUntil();

        assertThat(c.close(ClosureReason.ADVICE_AND_GUIDANCE, CLOSED.plusSeconds(3600), "Again.", UK, 1,
                new CoolingOff(90))).isFalse();
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.closureReason()).isEqualTo(ClosureReason.NO_BREACH);
        assertThat(c.closedAt()).isEqualTo(CLOSED);
        assertThat(c.closureSummary()).isEqualTo("No breach found.");
        assertThat(c.retentionUntil()).isEqualTo(keptUntil);
        assertThat(c.removalNotBefore()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(c.allegationFinding()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = ClosureReason.class, names = {"ADVICE_AND_GUIDANCE", "REFERRAL_OUTCOME_RECORDED"})
    void aClosureThatFoundABreachRecordsTheAllegationAsSubstantiated(ClosureReason reason) {
        SafeguardingCase c = raised();
        c.close(reason, CLOSED, "Breach found.", UK, 12, THIRTY_DAYS);

        assertThat(c.allegationFinding()).isEqualTo(AllegationFinding.SUBSTANTIATED);
        assertThat(c.findingRecordedAt()).isEqualTo(CLOSED);
        assertThat(c.retentionBasis()).isEqualTo(RetentionBasis.TEN_YEARS_FROM_ALLEGATION);
        assertThat(c.retentionUntil()).isEqualTo(LocalDate.of(2036, 3, 2));
    }

    @ParameterizedTest
    @EnumSource(value = ClosureReason.class, names = {"ADVICE_ONLY", "AUTHORISATION_REFUSED", "NO_BREACH"})
    void aClosureThatFoundNoBreachRecordsNoFindingAndKeepsTheCaseTenYearsFromTheAllegation(ClosureReason reason) {
        SafeguardingCase c = raised();
        c.close(reason, CLOSED, "Closed.", UK, 12, THIRTY_DAYS);

        assertThat(c.allegationFinding()).isNull();
        assertThat(c.retentionBasis()).isEqualTo(RetentionBasis.TEN_YEARS_FROM_ALLEGATION);
        assertThat(c.retentionUntil()).isEqualTo(LocalDate.of(2036, 3, 2));
    }

    @Test
    void aConcernClosedAtTriageWithNoFurtherActionIsKeptForTheBoardsOwnPeriod() {
        SafeguardingCase c = raised();
        c.close(ClosureReason.NO_FURTHER_ACTION, CLOSED, "Nothing to act on.", UK, 12, THIRTY_DAYS);

        assertThat(c.retentionBasis()).isEqualTo(RetentionBasis.CLOSED_AT_TRIAGE);
        assertThat(c.retentionUntil()).isEqualTo(CLOSED_ON.plusMonths(12));
    }

    @Test
    void theDayOfClosureIsTheUkDay() {
        SafeguardingCase c = raised();
        Instant lateOnTheLastDayOfJune = Instant.parse("2026-06-30T23:30:00Z");
        c.close(ClosureReason.NO_FURTHER_ACTION, lateOnTheLastDayOfJune, "Closed.", UK, 6, THIRTY_DAYS);

        assertThat(c.retentionUntil()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(c.removalNotBefore()).isEqualTo(LocalDate.of(2026, 7, 31));
    }

    @Test
    void aDateOfBirthOnAClosedCaseKeepsItUntilTheMembersStatePensionAgeAtOnce() {
        SafeguardingCase c = raised();
        c.close(ClosureReason.NO_BREACH, CLOSED, "No breach found.", UK, 12, THIRTY_DAYS);
        c.recordDateOfBirth(LocalDate.of(1995, 6, 15), CLOSED.plusSeconds(86400), UK);

        assertThat(c.subjectDateOfBirth()).isEqualTo(LocalDate.of(1995, 6, 15));
        assertThat(c.retentionBasis()).isEqualTo(RetentionBasis.PENSION_AGE);
        assertThat(c.retentionUntil()).isEqualTo(LocalDate.of(2063, 6, 15));
    }

    @Test
    void aDateOfBirthOnAnOpenCaseSetsNoRetentionDateUntilTheCaseCloses() {
        SafeguardingCase c = raised();
        c.recordDateOfBirth(LocalDate.of(1995, 6, 15), RAISED, UK);
        assertThat(c.retentionUntil()).isNull();
        assertThat(c.retentionBasis()).isNull();

        c.close(ClosureReason.NO_BREACH, CLOSED, "No breach found.", UK, 12, THIRTY_DAYS);
        assertThat(c.retentionBasis()).isEqualTo(RetentionBasis.PENSION_AGE);
        assertThat(c.retentionUntil()).isEqualTo(LocalDate.of(2063, 6, 15));
    }

    @Test
    void aFindingIsRecordedOnlyOnceTheCaseIsClosed() {
        SafeguardingCase c = raised();
        assertThatThrownBy(() -> c.recordFinding(AllegationFinding.UNFOUNDED, "chscb.senior", CLOSED, UK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The finding is recorded once the case is closed");
        assertThat(c.allegationFinding()).isNull();
    }

    @Test
    void aFindingOnAClosedCaseIsRecordedWithWhoRecordedItAndTheRetentionDateFollows() {
        SafeguardingCase c = raised();
        c.close(ClosureReason.ADVICE_AND_GUIDANCE, CLOSED, "Advice given.", UK, 12, THIRTY_DAYS);
        c.recordDateOfBirth(LocalDate.of(1995, 6, 15), CLOSED, UK);
        Instant found = Instant.parse("2026-11-23T09:00:00Z");
        c.recordFinding(AllegationFinding.UNSUBSTANTIATED, "chscb.senior", found, UK);

        assertThat(c.allegationFinding()).isEqualTo(AllegationFinding.UNSUBSTANTIATED);
        assertThat(c.findingRecordedBy()).isEqualTo("chscb.senior");
        assertThat(c.findingRecordedAt()).isEqualTo(found);
        assertThat(c.retentionBasis()).isEqualTo(RetentionBasis.PENSION_AGE);
        assertThat(c.retentionUntil()).isEqualTo(LocalDate.of(2063, 6, 15));
    }

    @Test
    void aFalseFindingLetsTheRecordGoFromTheDayOfTheFindingButNeverWithinTheCoolingOffPeriod() {
        SafeguardingCase withinIt = closed(ClosureReason.NO_BREACH);
        withinIt.recordFinding(AllegationFinding.FALSE, "chscb.senior", Instant.parse("2026-11-25T09:00:00Z"), UK);
        assertThat(withinIt.retentionBasis()).isEqualTo(RetentionBasis.FALSE_OR_MALICIOUS);
        assertThat(withinIt.retentionUntil()).isEqualTo(LocalDate.of(2026, 12, 20));

        SafeguardingCase afterIt = closed(ClosureReason.NO_BREACH);
        afterIt.recordFinding(AllegationFinding.MALICIOUS, "chscb.senior", Instant.parse("2027-02-01T09:00:00Z"), UK);
        assertThat(afterIt.retentionBasis()).isEqualTo(RetentionBasis.FALSE_OR_MALICIOUS);
        assertThat(afterIt.retentionUntil()).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void theBoardsShorterPeriodForATriageClosureStandsUnlessTheAllegationIsFoundFalseOrMalicious() {
        SafeguardingCase c = closed(ClosureReason.NO_FURTHER_ACTION);
        LocalDate keptUntil = c.retentionUntil();

        c.recordDateOfBirth(LocalDate.of(1995, 6, 15), CLOSED, UK);
        c.recordFinding(AllegationFinding.UNFOUNDED, "chscb.senior", CLOSED, UK);
        assertThat(c.retentionBasis()).isEqualTo(RetentionBasis.CLOSED_AT_TRIAGE);
        assertThat(c.retentionUntil()).isEqualTo(keptUntil);

        c.recordFinding(AllegationFinding.FALSE, "chscb.senior", Instant.parse("2027-02-01T09:00:00Z"), UK);
        assertThat(c.retentionBasis()).isEqualTo(RetentionBasis.FALSE_OR_MALICIOUS);
        assertThat(c.retentionUntil()).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void aProposedFindingIsKeptWithWhoProposedItWhyAndWhen() {
        SafeguardingCase c = closed(ClosureReason.NO_BREACH);
        Instant at = Instant.parse("2026-11-21T14:00:00Z");
        c.proposeFinding(AllegationFinding.MALICIOUS, "chscb.senior", "The complainant admitted inventing it.", at);

        assertThat(c.proposedFinding()).isEqualTo(AllegationFinding.MALICIOUS);
        assertThat(c.findingProposedBy()).isEqualTo("chscb.senior");
        assertThat(c.findingProposalReason()).isEqualTo("The complainant admitted inventing it.");
        assertThat(c.findingProposedAt()).isEqualTo(at);
    }

    @Test
    void aFindingIsProposedOnlyOnAClosedCase() {
        SafeguardingCase c = raised();
        assertThatThrownBy(() -> c.proposeFinding(AllegationFinding.FALSE, "chscb.senior", "Mistaken.", CLOSED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Only a closed case's false or malicious finding is proposed, once");
        assertThat(c.awaitsSecondSenior()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = AllegationFinding.class, names = {"SUBSTANTIATED", "UNSUBSTANTIATED", "UNFOUNDED"})
    void onlyAFalseOrMaliciousFindingWaitsForASecondSenior(AllegationFinding finding) {
        SafeguardingCase c = closed(ClosureReason.NO_BREACH);
        assertThatThrownBy(() -> c.proposeFinding(finding, "chscb.senior", "Reason.", CLOSED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Only a closed case's false or malicious finding is proposed, once");
        assertThat(c.awaitsSecondSenior()).isFalse();
    }

    @Test
    void nobodyAgreesOrRefusesAFindingNobodyProposed() {
        SafeguardingCase c = closed(ClosureReason.NO_BREACH);

        assertThat(c.mayDecideProposal("chscb.senior2")).isFalse();
        assertThatThrownBy(() -> c.agreeFinding("chscb.senior2", CLOSED, UK, THIRTY_DAYS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A second senior manager agrees the finding");
        assertThatThrownBy(() -> c.refuseFinding("chscb.senior2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A second senior manager refuses the finding");
        assertThat(c.allegationFinding()).isNull();
    }

    @Test
    void anAgreedFindingClearsTheProposalSoItCannotBeAgreedTwice() {
        SafeguardingCase c = closed(ClosureReason.NO_BREACH);
        c.proposeFinding(AllegationFinding.FALSE, "chscb.senior", "Another account’s post.", CLOSED);
        c.agreeFinding("chscb.senior2", CLOSED.plusSeconds(3600), UK, THIRTY_DAYS);

        assertThat(c.proposedFinding()).isNull();
        assertThat(c.findingProposedBy()).isNull();
        assertThat(c.findingProposalReason()).isNull();
        assertThat(c.findingProposedAt()).isNull();
        assertThatThrownBy(() -> c.agreeFinding("chscb.senior3", CLOSED, UK, THIRTY_DAYS))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReopenedCaseForgetsEveryEarlierDecisionAndWaitsForTriageAgain() {
        SafeguardingCase c = raised();
        c.recordTriage("chscb.officer", TriageDecision.INVESTIGATE, true, "Pupils named.");
        c.authorisedBy("chscb.senior");
        c.decide(CaseOutcome.NO_BREACH, "chscb.officer", "Posts were about another school.");
        c.referralApproved("chscb.senior", "Noted.");
        c.close(ClosureReason.NO_BREACH, CLOSED, "No breach found.", UK, 12, THIRTY_DAYS);
        c.proposeFinding(AllegationFinding.FALSE, "chscb.senior", "Mistaken identity.", CLOSED);

        c.reopen(CLOSED_ON.plusDays(3));

        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_TRIAGE);
        assertThat(c.triagedBy()).isNull();
        assertThat(c.triageDecision()).isNull();
        assertThat(c.harmThresholdMet()).isNull();
        assertThat(c.triageNote()).isNull();
        assertThat(c.authorisedBy()).isNull();
        assertThat(c.outcome()).isNull();
        assertThat(c.decidedBy()).isNull();
        assertThat(c.decisionFindings()).isNull();
        assertThat(c.approvedBy()).isNull();
        assertThat(c.approvalNote()).isNull();
        assertThat(c.closureSummary()).isNull();
        assertThat(c.retentionBasis()).isNull();
        assertThat(c.awaitsSecondSenior()).isFalse();
        assertThat(c.findingRecordedBy()).isNull();
        assertThat(c.findingAgreedBy()).isNull();
        assertThat(c.reference()).as("the same case, under the same reference").isEqualTo("CHSCB-2026-0007");
    }

    @Test
    void anOpenCaseIsNotReopenedAndSaysWhy() {
        SafeguardingCase c = raised();
        assertThat(c.reopeningRefused(CLOSED_ON)).isEqualTo(Reopening.Refusal.NOT_CLOSED);
        assertThatThrownBy(() -> c.reopen(CLOSED_ON))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Not reopenable: NOT_CLOSED");
    }

    @Test
    void aCaseOnLegalHoldSaysWhoHeldItAndWhyUntilTheHoldIsLifted() {
        SafeguardingCase c = closed(ClosureReason.NO_BREACH);
        Instant at = Instant.parse("2026-11-22T11:00:00Z");
        c.hold("chscb.senior", "Employment tribunal claim lodged.", at);

        assertThat(c.held()).isTrue();
        assertThat(c.heldAt()).isEqualTo(at);
        assertThat(c.heldBy()).isEqualTo("chscb.senior");
        assertThat(c.holdReason()).isEqualTo("Employment tribunal claim lodged.");

        c.liftHold();
        assertThat(c.held()).isFalse();
        assertThat(c.heldBy()).isNull();
        assertThat(c.holdReason()).isNull();
    }

    @Test
    void theTermsKeptFromTheHrPartnerAreKeptAsTypedAndBlankMeansNone() {
        SafeguardingCase c = raised();
        c.redactForHr("Gwen Morgan\nYsgol y Graig");
        assertThat(c.hrRedactions()).isEqualTo("Gwen Morgan\nYsgol y Graig");

        c.redactForHr("  \n ");
        assertThat(c.hrRedactions()).isNull();
        c.redactForHr("Gwen Morgan");
        c.redactForHr(null);
        assertThat(c.hrRedactions()).isNull();
    }

    @Test
    void aMissedLadoReferralIsEscalatedOnceHoweverOftenItsTimerRuns() {
        SafeguardingCase c = raised();
        Instant due = Instant.parse("2026-03-03T17:00:00Z");
        c.ladoReferralDue(Deadline.due(due, null));
        Instant missed = due.plusSeconds(60);

        assertThat(c.ladoTimescaleMissed(missed)).isTrue();
        assertThat(c.ladoTimescaleMissed(missed.plusSeconds(3600))).isFalse();
        assertThat(c.ladoReferralBy().due()).isEqualTo(due);
        assertThat(c.ladoReferralBy().missedAt()).isEqualTo(missed);
    }

    @Test
    void aCaseFromBeforeTheLadoDueDateWasKeptIsStillEscalatedOnce() {
        SafeguardingCase c = raised();
        Instant missed = Instant.parse("2026-03-04T09:00:00Z");

        assertThat(c.ladoTimescaleMissed(missed)).isTrue();
        assertThat(c.ladoReferralBy().due()).isEqualTo(missed);
        assertThat(c.ladoTimescaleMissed(missed.plusSeconds(60))).isFalse();
    }

    @Test
    void aMissedAdultSafeguardingReportIsEscalatedOnceHoweverOftenItsTimerRuns() {
        SafeguardingCase c = raised();
        c.concerns(ConcernsWhom.BOTH);
        Instant due = Instant.parse("2026-03-09T17:00:00Z");
        c.adultReportDue(Deadline.due(due, due.minusSeconds(86400)));
        Instant missed = due.plusSeconds(1);

        assertThat(c.adultReportTimescaleMissed(missed)).isTrue();
        assertThat(c.adultReportTimescaleMissed(missed.plusSeconds(3600))).isFalse();
        assertThat(c.adultReportBy().missedAt()).isEqualTo(missed);
        assertThat(c.ladoReferralBy()).as("the LADO deadline is another one").isNull();

        SafeguardingCase older = raised();
        assertThat(older.adultReportTimescaleMissed(missed)).isTrue();
        assertThat(older.adultReportTimescaleMissed(missed)).isFalse();
    }

    @Test
    void aCaseRemembersTheMembersAccountTheSuggestedClauseAndTheOfficialAccount() {
        SafeguardingCase c = raised();
        c.subjectHasAccount(41L);
        c.clauseSuggested(5L);
        c.concernsOfficialAccount(3L);
        c.investigatedBy("process-1");

        assertThat(c.subjectPersonId()).isEqualTo(41L);
        assertThat(c.suggestedClauseId()).isEqualTo(5L);
        assertThat(c.officialAccountId()).isEqualTo(3L);
        assertThat(c.processInstanceId()).isEqualTo("process-1");
    }

    private static SafeguardingCase raised() {
        return SafeguardingCase.raise(7L, "CHSCB-2026-0007", "Siân Ellis-Pryce",
                new ParentOrganisation("Heddlu Gwent", OrganisationKind.POLICE, "hr@example.org"),
                CaseSource.PUBLIC_COMPLAINT, "Photographs of a child’s school trip posted publicly.", "chscb.officer",
                RAISED);
    }

    private static SafeguardingCase closed(ClosureReason reason) {
        SafeguardingCase c = raised();
        c.close(reason, CLOSED, "Closed.", UK, 12, THIRTY_DAYS);
        return c;
    }
}
