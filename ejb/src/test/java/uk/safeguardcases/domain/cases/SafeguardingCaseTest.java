package uk.safeguardcases.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Embedded;
import jakarta.persistence.PostLoad;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
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
        assertThat(c.triage().decision()).isNull();
        assertThat(c.decision().outcome()).isNull();
        assertThat(c.closure().closedAt()).isNull();
        assertThat(c.retention().until()).isNull();
        assertThat(c.hold().held()).isFalse();
        assertThat(c.finding().awaitsSecondSenior()).isFalse();
    }

    @Test
    void whenAndWhereTheConductHappenedIsKeptAsTheRaiserSaidIt() {
        SafeguardingCase c = raised();
        Instant occurred = Instant.parse("2026-02-27T21:15:00Z");
        c.happened(Occurrence.at(occurred, "https://social.example/@rhys/1029"));

        assertThat(c.occurredAt()).isEqualTo(occurred);
        assertThat(c.occurrence().contentUrl()).isEqualTo("https://social.example/@rhys/1029");
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
        c.triage().record("chscb.officer", TriageDecision.INVESTIGATE, true, "Photographs of pupils’ faces.");
        c.triage().authorisedBy("chscb.senior");
        c.decision().decide(CaseOutcome.DISCIPLINARY_REFERRAL, "chscb.officer", "The posts identify two pupils.");

        assertThat(c.triage().triagedBy()).isEqualTo("chscb.officer");
        assertThat(c.triage().decision()).isEqualTo(TriageDecision.INVESTIGATE);
        assertThat(c.triage().harmThresholdMet()).isTrue();
        assertThat(c.triage().note()).isEqualTo("Photographs of pupils’ faces.");
        assertThat(c.triage().authorisedBy()).isEqualTo("chscb.senior");
        assertThat(c.decision().outcome()).isEqualTo(CaseOutcome.DISCIPLINARY_REFERRAL);
        assertThat(c.decision().decidedBy()).isEqualTo("chscb.officer");
        assertThat(c.decision().findings()).isEqualTo("The posts identify two pupils.");
    }

    @Test
    void aNewDecisionWithdrawsTheApprovalOfTheEarlierOne() {
        SafeguardingCase c = raised();
        c.decision().decide(CaseOutcome.DISCIPLINARY_REFERRAL, "chscb.officer", "First findings.");
        c.decision().referralApproved("chscb.senior", "Agreed: refer.");
        assertThat(c.decision().approvedBy()).isEqualTo("chscb.senior");
        assertThat(c.decision().approvalNote()).isEqualTo("Agreed: refer.");

        c.decision().decide(CaseOutcome.GROSS_MISCONDUCT_REFERRAL, "chscb.officer", "Further posts found.");
        assertThat(c.decision().approvedBy()).as("what was approved is no longer the decision").isNull();
        assertThat(c.decision().approvalNote()).isNull();
        assertThat(c.decision().outcome()).isEqualTo(CaseOutcome.GROSS_MISCONDUCT_REFERRAL);
    }

    @Test
    void aCaseIsClosedOnceAndClosingItAgainChangesNothing() {
        SafeguardingCase c = raised();
        assertThat(c.close(ClosureReason.NO_BREACH, CLOSED, "No breach found.", UK, 12, THIRTY_DAYS)).isTrue();
        LocalDate keptUntil = c.retention().until();

        assertThat(c.close(ClosureReason.ADVICE_AND_GUIDANCE, CLOSED.plusSeconds(3600), "Again.", UK, 1,
                new CoolingOff(90))).isFalse();
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.closure().reason()).isEqualTo(ClosureReason.NO_BREACH);
        assertThat(c.closure().closedAt()).isEqualTo(CLOSED);
        assertThat(c.closure().summary()).isEqualTo("No breach found.");
        assertThat(c.retention().until()).isEqualTo(keptUntil);
        assertThat(c.retention().removalNotBefore()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(c.finding().found()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADVICE_AND_GUIDANCE", "REFERRAL_OUTCOME_RECORDED"})
    void aClosureThatFoundABreachRecordsTheAllegationAsSubstantiated(String named) {
        ClosureReason reason = ClosureReason.core(named).orElseThrow();
        SafeguardingCase c = raised();
        c.close(reason, CLOSED, "Breach found.", UK, 12, THIRTY_DAYS);

        assertThat(c.finding().found()).isEqualTo(AllegationFinding.SUBSTANTIATED);
        assertThat(c.finding().recordedAt()).isEqualTo(CLOSED);
        assertThat(c.retention().basis()).isEqualTo(RetentionBasis.TEN_YEARS_FROM_ALLEGATION);
        assertThat(c.retention().until()).isEqualTo(LocalDate.of(2036, 3, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADVICE_ONLY", "AUTHORISATION_REFUSED", "NO_BREACH"})
    void aClosureThatFoundNoBreachRecordsNoFindingAndKeepsTheCaseTenYearsFromTheAllegation(String named) {
        ClosureReason reason = ClosureReason.core(named).orElseThrow();
        SafeguardingCase c = raised();
        c.close(reason, CLOSED, "Closed.", UK, 12, THIRTY_DAYS);

        assertThat(c.finding().found()).isNull();
        assertThat(c.retention().basis()).isEqualTo(RetentionBasis.TEN_YEARS_FROM_ALLEGATION);
        assertThat(c.retention().until()).isEqualTo(LocalDate.of(2036, 3, 2));
    }

    @Test
    void aConcernClosedAtTriageWithNoFurtherActionIsKeptForTheBoardsOwnPeriod() {
        SafeguardingCase c = raised();
        c.close(ClosureReason.NO_FURTHER_ACTION, CLOSED, "Nothing to act on.", UK, 12, THIRTY_DAYS);

        assertThat(c.retention().basis()).isEqualTo(RetentionBasis.CLOSED_AT_TRIAGE);
        assertThat(c.retention().until()).isEqualTo(CLOSED_ON.plusMonths(12));
    }

    @Test
    void theDayOfClosureIsTheUkDay() {
        SafeguardingCase c = raised();
        Instant lateOnTheLastDayOfJune = Instant.parse("2026-06-30T23:30:00Z");
        c.close(ClosureReason.NO_FURTHER_ACTION, lateOnTheLastDayOfJune, "Closed.", UK, 6, THIRTY_DAYS);

        assertThat(c.retention().until()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(c.retention().removalNotBefore()).isEqualTo(LocalDate.of(2026, 7, 31));
    }

    @Test
    void aDateOfBirthOnAClosedCaseKeepsItUntilTheMembersStatePensionAgeAtOnce() {
        SafeguardingCase c = raised();
        c.close(ClosureReason.NO_BREACH, CLOSED, "No breach found.", UK, 12, THIRTY_DAYS);
        c.recordDateOfBirth(LocalDate.of(1995, 6, 15), CLOSED.plusSeconds(86400), UK);

        assertThat(c.subjectDateOfBirth()).isEqualTo(LocalDate.of(1995, 6, 15));
        assertThat(c.retention().basis()).isEqualTo(RetentionBasis.PENSION_AGE);
        assertThat(c.retention().until()).isEqualTo(LocalDate.of(2063, 6, 15));
    }

    @Test
    void aDateOfBirthOnAnOpenCaseSetsNoRetentionDateUntilTheCaseCloses() {
        SafeguardingCase c = raised();
        c.recordDateOfBirth(LocalDate.of(1995, 6, 15), RAISED, UK);
        assertThat(c.retention().until()).isNull();
        assertThat(c.retention().basis()).isNull();

        c.close(ClosureReason.NO_BREACH, CLOSED, "No breach found.", UK, 12, THIRTY_DAYS);
        assertThat(c.retention().basis()).isEqualTo(RetentionBasis.PENSION_AGE);
        assertThat(c.retention().until()).isEqualTo(LocalDate.of(2063, 6, 15));
    }

    @Test
    void aFindingIsRecordedOnlyOnceTheCaseIsClosed() {
        SafeguardingCase c = raised();
        assertThatThrownBy(() -> c.recordFinding(AllegationFinding.UNFOUNDED, "chscb.senior", CLOSED, UK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The finding is recorded once the case is closed");
        assertThat(c.finding().found()).isNull();
    }

    @Test
    void aFindingOnAClosedCaseIsRecordedWithWhoRecordedItAndTheRetentionDateFollows() {
        SafeguardingCase c = raised();
        c.close(ClosureReason.ADVICE_AND_GUIDANCE, CLOSED, "Advice given.", UK, 12, THIRTY_DAYS);
        c.recordDateOfBirth(LocalDate.of(1995, 6, 15), CLOSED, UK);
        Instant found = Instant.parse("2026-11-23T09:00:00Z");
        c.recordFinding(AllegationFinding.UNSUBSTANTIATED, "chscb.senior", found, UK);

        assertThat(c.finding().found()).isEqualTo(AllegationFinding.UNSUBSTANTIATED);
        assertThat(c.finding().recordedBy()).isEqualTo("chscb.senior");
        assertThat(c.finding().recordedAt()).isEqualTo(found);
        assertThat(c.retention().basis()).isEqualTo(RetentionBasis.PENSION_AGE);
        assertThat(c.retention().until()).isEqualTo(LocalDate.of(2063, 6, 15));
    }

    @Test
    void aFalseFindingLetsTheRecordGoFromTheDayOfTheFindingButNeverWithinTheCoolingOffPeriod() {
        SafeguardingCase withinIt = closed(ClosureReason.NO_BREACH);
        withinIt.recordFinding(AllegationFinding.FALSE, "chscb.senior", Instant.parse("2026-11-25T09:00:00Z"), UK);
        assertThat(withinIt.retention().basis()).isEqualTo(RetentionBasis.FALSE_OR_MALICIOUS);
        assertThat(withinIt.retention().until()).isEqualTo(LocalDate.of(2026, 12, 20));

        SafeguardingCase afterIt = closed(ClosureReason.NO_BREACH);
        afterIt.recordFinding(AllegationFinding.MALICIOUS, "chscb.senior", Instant.parse("2027-02-01T09:00:00Z"), UK);
        assertThat(afterIt.retention().basis()).isEqualTo(RetentionBasis.FALSE_OR_MALICIOUS);
        assertThat(afterIt.retention().until()).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void theBoardsShorterPeriodForATriageClosureStandsUnlessTheAllegationIsFoundFalseOrMalicious() {
        SafeguardingCase c = closed(ClosureReason.NO_FURTHER_ACTION);
        LocalDate keptUntil = c.retention().until();

        c.recordDateOfBirth(LocalDate.of(1995, 6, 15), CLOSED, UK);
        c.recordFinding(AllegationFinding.UNFOUNDED, "chscb.senior", CLOSED, UK);
        assertThat(c.retention().basis()).isEqualTo(RetentionBasis.CLOSED_AT_TRIAGE);
        assertThat(c.retention().until()).isEqualTo(keptUntil);

        c.recordFinding(AllegationFinding.FALSE, "chscb.senior", Instant.parse("2027-02-01T09:00:00Z"), UK);
        assertThat(c.retention().basis()).isEqualTo(RetentionBasis.FALSE_OR_MALICIOUS);
        assertThat(c.retention().until()).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void aProposedFindingIsKeptWithWhoProposedItWhyAndWhen() {
        SafeguardingCase c = closed(ClosureReason.NO_BREACH);
        Instant at = Instant.parse("2026-11-21T14:00:00Z");
        c.proposeFinding(AllegationFinding.MALICIOUS, "chscb.senior", "The complainant admitted inventing it.", at);

        assertThat(c.finding().proposed()).isEqualTo(AllegationFinding.MALICIOUS);
        assertThat(c.finding().proposedBy()).isEqualTo("chscb.senior");
        assertThat(c.finding().proposalReason()).isEqualTo("The complainant admitted inventing it.");
        assertThat(c.finding().proposedAt()).isEqualTo(at);
    }

    @Test
    void aFindingIsProposedOnlyOnAClosedCase() {
        SafeguardingCase c = raised();
        assertThatThrownBy(() -> c.proposeFinding(AllegationFinding.FALSE, "chscb.senior", "Mistaken.", CLOSED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Only a closed case's false or malicious finding is proposed, once");
        assertThat(c.finding().awaitsSecondSenior()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = AllegationFinding.class, names = {"SUBSTANTIATED", "UNSUBSTANTIATED", "UNFOUNDED"})
    void onlyAFalseOrMaliciousFindingWaitsForASecondSenior(AllegationFinding finding) {
        SafeguardingCase c = closed(ClosureReason.NO_BREACH);
        assertThatThrownBy(() -> c.proposeFinding(finding, "chscb.senior", "Reason.", CLOSED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Only a closed case's false or malicious finding is proposed, once");
        assertThat(c.finding().awaitsSecondSenior()).isFalse();
    }

    @Test
    void nobodyAgreesOrRefusesAFindingNobodyProposed() {
        SafeguardingCase c = closed(ClosureReason.NO_BREACH);

        assertThat(c.finding().mayDecideProposal("chscb.senior2")).isFalse();
        assertThatThrownBy(() -> c.agreeFinding("chscb.senior2", CLOSED, UK, THIRTY_DAYS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A second senior manager agrees the finding");
        assertThatThrownBy(() -> c.finding().refuse("chscb.senior2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A second senior manager refuses the finding");
        assertThat(c.finding().found()).isNull();
    }

    @Test
    void anAgreedFindingClearsTheProposalSoItCannotBeAgreedTwice() {
        SafeguardingCase c = closed(ClosureReason.NO_BREACH);
        c.proposeFinding(AllegationFinding.FALSE, "chscb.senior", "Another account’s post.", CLOSED);
        c.agreeFinding("chscb.senior2", CLOSED.plusSeconds(3600), UK, THIRTY_DAYS);

        assertThat(c.finding().proposed()).isNull();
        assertThat(c.finding().proposedBy()).isNull();
        assertThat(c.finding().proposalReason()).isNull();
        assertThat(c.finding().proposedAt()).isNull();
        assertThatThrownBy(() -> c.agreeFinding("chscb.senior3", CLOSED, UK, THIRTY_DAYS))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReopenedCaseForgetsEveryEarlierDecisionAndWaitsForTriageAgain() {
        SafeguardingCase c = raised();
        c.triage().record("chscb.officer", TriageDecision.INVESTIGATE, true, "Pupils named.");
        c.triage().authorisedBy("chscb.senior");
        c.decision().decide(CaseOutcome.NO_BREACH, "chscb.officer", "Posts were about another school.");
        c.decision().referralApproved("chscb.senior", "Noted.");
        c.close(ClosureReason.NO_BREACH, CLOSED, "No breach found.", UK, 12, THIRTY_DAYS);
        c.proposeFinding(AllegationFinding.FALSE, "chscb.senior", "Mistaken identity.", CLOSED);

        c.reopen(CLOSED_ON.plusDays(3));

        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_TRIAGE);
        assertThat(c.triage().triagedBy()).isNull();
        assertThat(c.triage().decision()).isNull();
        assertThat(c.triage().harmThresholdMet()).isNull();
        assertThat(c.triage().note()).isNull();
        assertThat(c.triage().authorisedBy()).isNull();
        assertThat(c.decision().outcome()).isNull();
        assertThat(c.decision().decidedBy()).isNull();
        assertThat(c.decision().findings()).isNull();
        assertThat(c.decision().approvedBy()).isNull();
        assertThat(c.decision().approvalNote()).isNull();
        assertThat(c.closure().summary()).isNull();
        assertThat(c.retention().basis()).isNull();
        assertThat(c.finding().awaitsSecondSenior()).isFalse();
        assertThat(c.finding().recordedBy()).isNull();
        assertThat(c.finding().agreedBy()).isNull();
        assertThat(c.reference()).as("the same case, under the same reference").isEqualTo("CHSCB-2026-0007");
    }

    @Test
    void aReopenedCaseKeepsItsLegalHoldItsExternalDeadlinesAndWhomItConcerns() {
        SafeguardingCase c = raised();
        c.concerns(ConcernsWhom.BOTH);
        Instant due = Instant.parse("2026-03-03T17:00:00Z");
        c.externalDeadlines().ladoReferralDue(Deadline.due(due, null));
        c.recordDateOfBirth(LocalDate.of(1988, 4, 2), RAISED, UK);
        c.close(ClosureReason.NO_BREACH, CLOSED, "No breach found.", UK, 12, THIRTY_DAYS);
        c.hold().place("chscb.senior", "Police investigation by Heddlu Gogledd Cymru.", CLOSED);

        c.reopen(CLOSED_ON.plusDays(1));

        assertThat(c.hold().held()).isTrue();
        assertThat(c.hold().reason()).isEqualTo("Police investigation by Heddlu Gogledd Cymru.");
        assertThat(c.externalDeadlines().ladoReferralBy().due()).isEqualTo(due);
        assertThat(c.concernsWhom()).isEqualTo(ConcernsWhom.BOTH);
        assertThat(c.subjectDateOfBirth()).isEqualTo(LocalDate.of(1988, 4, 2));
        assertThat(c.closure().reason()).isNull();
        assertThat(c.retention().removalNotBefore()).isNull();
    }

    @Test
    void aPartWhoseColumnsAreAllNullIsLoadedAsAnEmptyPart() throws ReflectiveOperationException {
        SafeguardingCase c = raised();
        for (Field part : SafeguardingCase.class.getDeclaredFields()) {
            if (part.isAnnotationPresent(Embedded.class)) {
                part.setAccessible(true);
                part.set(c, null); // what Hibernate loads for an embedded value whose columns are all null
            }
        }

        for (Method method : SafeguardingCase.class.getDeclaredMethods()) {
            if (method.isAnnotationPresent(PostLoad.class)) {
                method.setAccessible(true);
                method.invoke(c);
            }
        }

        assertThat(c.triage().decision()).isNull();
        assertThat(c.decision().outcome()).isNull();
        assertThat(c.externalDeadlines().ladoReferralBy()).isNull();
        assertThat(c.closure().closedAt()).isNull();
        assertThat(c.finding().awaitsSecondSenior()).isFalse();
        assertThat(c.retention().until()).isNull();
        assertThat(c.hold().held()).isFalse();
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
        c.hold().place("chscb.senior", "Employment tribunal claim lodged.", at);

        assertThat(c.hold().held()).isTrue();
        assertThat(c.hold().heldAt()).isEqualTo(at);
        assertThat(c.hold().heldBy()).isEqualTo("chscb.senior");
        assertThat(c.hold().reason()).isEqualTo("Employment tribunal claim lodged.");

        c.hold().lift();
        assertThat(c.hold().held()).isFalse();
        assertThat(c.hold().heldBy()).isNull();
        assertThat(c.hold().reason()).isNull();
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
        c.externalDeadlines().ladoReferralDue(Deadline.due(due, null));
        Instant missed = due.plusSeconds(60);

        assertThat(c.externalDeadlines().ladoTimescaleMissed(missed)).isTrue();
        assertThat(c.externalDeadlines().ladoTimescaleMissed(missed.plusSeconds(3600))).isFalse();
        assertThat(c.externalDeadlines().ladoReferralBy().due()).isEqualTo(due);
        assertThat(c.externalDeadlines().ladoReferralBy().missedAt()).isEqualTo(missed);
    }

    @Test
    void aCaseFromBeforeTheLadoDueDateWasKeptIsStillEscalatedOnce() {
        SafeguardingCase c = raised();
        Instant missed = Instant.parse("2026-03-04T09:00:00Z");

        assertThat(c.externalDeadlines().ladoTimescaleMissed(missed)).isTrue();
        assertThat(c.externalDeadlines().ladoReferralBy().due()).isEqualTo(missed);
        assertThat(c.externalDeadlines().ladoTimescaleMissed(missed.plusSeconds(60))).isFalse();
    }

    @Test
    void aMissedAdultSafeguardingReportIsEscalatedOnceHoweverOftenItsTimerRuns() {
        SafeguardingCase c = raised();
        c.concerns(ConcernsWhom.BOTH);
        Instant due = Instant.parse("2026-03-09T17:00:00Z");
        c.externalDeadlines().adultReportDue(Deadline.due(due, due.minusSeconds(86400)));
        Instant missed = due.plusSeconds(1);

        assertThat(c.externalDeadlines().adultReportTimescaleMissed(missed)).isTrue();
        assertThat(c.externalDeadlines().adultReportTimescaleMissed(missed.plusSeconds(3600))).isFalse();
        assertThat(c.externalDeadlines().adultReportBy().missedAt()).isEqualTo(missed);
        assertThat(c.externalDeadlines().ladoReferralBy()).as("the LADO deadline is another one").isNull();

        SafeguardingCase older = raised();
        assertThat(older.externalDeadlines().adultReportTimescaleMissed(missed)).isTrue();
        assertThat(older.externalDeadlines().adultReportTimescaleMissed(missed)).isFalse();
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
