package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.investigation.CaseRetention;
import uk.safeguardcases.application.investigation.RetentionView;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.AllegationFinding;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.TriageDecision;

/**
 * Closure and retention on the real server: the summary a case is closed with, and how long it is kept
 * (Keeping Children Safe in Education, Part 4): 10 years from the allegation or the member's pension age,
 * whichever is later; removable at once when a senior manager finds the allegation false or malicious.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String PASSWORD = "Safeguard-Demo-2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(RetentionIT.class);
    }

    @Inject
    private CaseService cases;

    @Inject
    private TriageService triage;

    @Inject
    private CaseRetention retention;

    @Inject
    private BoardService boards;

    @Inject
    private PeopleDirectory people;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private javax.sql.DataSource dataSource;

    @Test
    void aConcernClosedAtTriageWithNoFurtherActionIsKeptForTheBoardsShorterPeriodWithASummaryOfWhatHappened() {
        Caller officer = caller("chscb.officer");
        CaseSummary raised = raise(officer, "Riley Retention");
        CallerContext.runAs(officer, () -> triage.recordTriage(raised.reference(), new TriageInput(true, "CAD 4711",
                false, null, false, null, false, TriageDecision.NO_FURTHER_ACTION, "The post was a joke among friends.")));

        RetentionView kept = CallerContext.runAs(officer, () -> retention.of(raised.reference()));
        LocalDate twelveMonths = LocalDate.now(UK).plusMonths(12);
        assertTrue(kept.closed());
        assertEquals(twelveMonths, kept.keepUntil(), "nothing was found: the board's 12 months, not 10 years");
        assertEquals("CLOSED_AT_TRIAGE", kept.basis());
        assertNull(kept.finding(), "no finding is assumed for a concern closed at triage");
        assertTrue(kept.closureSummary().startsWith("No further action at triage. Concern raised "), kept.closureSummary());
        assertTrue(kept.closureSummary().contains("(colleague report)."), kept.closureSummary());
        assertTrue(kept.closureSummary().contains("No allegation was recorded against a clause."), kept.closureSummary());
        assertTrue(kept.closureSummary().contains("Referred to POLICE."), kept.closureSummary());

        TimelineLine closed = last(officer, raised.reference());
        assertEquals("Case closed", closed.action());
        assertEquals(kept.closureSummary() + " Kept until " + twelveMonths
                + " (closed at triage with no further action: the board's period).", closed.detail());

        // A date of birth does not keep longer what nothing was found in.
        CallerContext.runAs(officer, () -> retention.recordDateOfBirth(raised.reference(), LocalDate.of(1995, 6, 15)));
        assertEquals(twelveMonths, CallerContext.runAs(officer, () -> retention.of(raised.reference())).keepUntil());
    }

    @Test
    void aTriageThatClosesTheCaseWritesItsRowOnceUnlessAnAgencyReferredToInItMustBeInTheSummaryFirst() throws Exception {
        Caller officer = caller("chscb.officer");
        CaseSummary plain = raise(officer, "Rhys “Un‑waith” Ŵyn");
        CaseSummary referred = raise(officer, "Siân Dwy‑waith");
        assertEquals(0, versionOf(plain.reference()));
        CallerContext.runAs(officer, () -> triage.recordTriage(plain.reference(), new TriageInput(false, null,
                false, null, false, null, false, TriageDecision.NO_FURTHER_ACTION, "Dim byd – nothing to act on £0")));
        CallerContext.runAs(officer, () -> triage.recordTriage(referred.reference(), new TriageInput(true,
                "CAD “4712” – ŵ", false, null, false, null, false, TriageDecision.NO_FURTHER_ACTION, "Told the police.")));

        // The triage and the closure change the case in one transaction: one write of its row, at the commit, not
        // one when the closure summary reads the allegations and referrals and another at the commit.
        assertEquals(1, versionOf(plain.reference()));
        RetentionView plainKept = CallerContext.runAs(officer, () -> retention.of(plain.reference()));
        assertTrue(plainKept.closed());
        assertFalse(plainKept.closureSummary().contains("Referred to"), plainKept.closureSummary());
        // A referral recorded in the same triage is written before the summary reads the referrals, so it is in it.
        RetentionView referredKept = CallerContext.runAs(officer, () -> retention.of(referred.reference()));
        assertTrue(referredKept.closureSummary().contains("Referred to POLICE."), referredKept.closureSummary());
    }

    private long versionOf(String reference) throws Exception {
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.PreparedStatement select = connection.prepareStatement(
                        "select version from safeguarding_case where reference = ?")) {
            select.setString(1, reference);
            try (java.sql.ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), reference);
                return row.getLong(1);
            }
        }
    }

    @Test
    void theMembersDateOfBirthKeepsTheCaseUntilTheirPensionAgeWhenThatIsLaterAndIsNotWrittenToTheTimeline() {
        Caller officer = caller("chscb.officer");
        String ref = closedCase(officer, "Dana Dob");

        CallerContext.runAs(officer, () -> retention.recordDateOfBirth(ref, LocalDate.of(1995, 6, 15)));
        RetentionView young = CallerContext.runAs(officer, () -> retention.of(ref));
        assertEquals(LocalDate.of(2063, 6, 15), young.keepUntil());
        assertEquals("PENSION_AGE", young.basis());
        assertEquals(LocalDate.of(1995, 6, 15), young.dateOfBirth());
        TimelineLine recorded = last(officer, ref);
        assertEquals("Date of birth recorded", recorded.action());
        assertEquals("Kept until 15 Jun 2063 (the member's state pension age).", recorded.detail());
        assertFalse(recorded.detail().contains("1995"), "the date of birth itself stays off the timeline");

        CallerContext.runAs(officer, () -> retention.recordDateOfBirth(ref, LocalDate.of(1962, 1, 1)));
        RetentionView older = CallerContext.runAs(officer, () -> retention.of(ref));
        assertEquals("TEN_YEARS_FROM_ALLEGATION", older.basis(), "10 years from the allegation is later than 2029");
    }

    @Test
    void aDateOfBirthThatCannotBeRightIsRefusedInPlainWordsAndChangesNothing() {
        Caller officer = caller("chscb.officer");
        String ref = closedCase(officer, "Frankie Future");
        RetentionView before = CallerContext.runAs(officer, () -> retention.of(ref));

        assertEquals("Enter the member's date of birth.", refusal(officer, ref, null));
        assertEquals("The member must have been at least 14 when the concern was raised: check the year.",
                refusal(officer, ref, LocalDate.now().plusDays(3)));
        assertEquals("The member would have been 100 or older when the concern was raised: check the year.",
                refusal(officer, ref, LocalDate.of(1900, 1, 1)));
        assertEquals(before, CallerContext.runAs(officer, () -> retention.of(ref)));
    }

    @Test
    void onlyASeniorManagerProposesAnAllegationMaliciousAndASecondSeniorMustAgreeBeforeTheRecordIsDueForRemoval() {
        Caller officer = caller("chscb.officer");
        Caller senior = caller("chscb.senior");
        String ref = closedCase(officer, "Morgan Malice");

        AccessRefusedException refused = assertThrows(AccessRefusedException.class, () -> CallerContext.runAs(officer,
                () -> retention.recordFinding(ref, AllegationFinding.MALICIOUS, "The complainant admitted inventing it.")));
        assertEquals("A senior manager records an allegation as false or malicious.", refused.getMessage());

        CallerContext.runAs(officer, () -> retention.recordFinding(ref, AllegationFinding.UNFOUNDED,
                "Nothing supports the complaint."));
        RetentionView unfounded = CallerContext.runAs(officer, () -> retention.of(ref));
        assertEquals("UNFOUNDED", unfounded.finding());
        assertEquals("chscb.officer", unfounded.findingRecordedBy());
        assertEquals("TEN_YEARS_FROM_ALLEGATION", unfounded.basis(), "an unfounded allegation is still kept");

        // One senior proposes: nothing about how long the record is kept changes yet.
        CallerContext.runAs(senior, () -> retention.recordFinding(ref, AllegationFinding.MALICIOUS,
                "The complainant admitted inventing it."));
        RetentionView proposed = CallerContext.runAs(senior, () -> retention.of(ref));
        assertEquals(unfounded.keepUntil(), proposed.keepUntil());
        assertEquals("TEN_YEARS_FROM_ALLEGATION", proposed.basis());
        assertEquals("UNFOUNDED", proposed.finding());
        assertEquals("MALICIOUS", proposed.proposedFinding());
        assertEquals("chscb.senior", proposed.proposedBy());
        assertFalse(proposed.mayDecideProposal(), "not by the senior who proposed it");
        TimelineLine line = last(senior, ref);
        assertEquals("False or malicious finding proposed", line.action());
        assertEquals("Malicious: The complainant admitted inventing it. A second senior manager is to agree it before"
                + " the record can be removed.", line.detail());
        assertEquals("You proposed this finding: a second senior manager must agree or refuse it.",
                assertThrows(AccessRefusedException.class, () -> CallerContext.runAs(senior,
                        () -> retention.agreeFinding(ref, "I agree with myself."))).getMessage());
        assertThrows(TaskAlreadyDoneException.class, () -> CallerContext.runAs(officer,
                () -> retention.recordFinding(ref, AllegationFinding.UNSUBSTANTIATED, "Changing it meanwhile.")));

        // The second senior sees it among their tasks, and agrees: due once the cooling-off period has passed.
        Caller second = caller(anotherSenior("chscb"));
        assertTrue(CallerContext.runAs(second, () -> CaseFixtures.bean(uk.safeguardcases.application.work.WorkQueue.class)
                .myTasks()).stream().anyMatch(t -> t.caseReference().equals(ref) && t.taskKey().equals("agree-finding")));
        assertFalse(CallerContext.runAs(senior, () -> CaseFixtures.bean(uk.safeguardcases.application.work.WorkQueue.class)
                .myTasks()).stream().anyMatch(t -> t.caseReference().equals(ref)), "not on the proposer's list");
        assertEquals(Map.of("proposalReason", "Say why you agree with the finding."),
                assertThrows(InvalidInputException.class, () -> CallerContext.runAs(second,
                        () -> retention.agreeFinding(ref, " "))).fieldMessages());
        CallerContext.runAs(second, () -> retention.agreeFinding(ref, "Her messages say so – “yn glir”."));
        RetentionView malicious = CallerContext.runAs(senior, () -> retention.of(ref));
        LocalDate coolingOffEnds = LocalDate.now(UK).plusDays(30);
        assertEquals("MALICIOUS", malicious.finding());
        assertEquals("chscb.senior", malicious.findingRecordedBy());
        assertEquals(second.username(), malicious.findingAgreedBy());
        assertEquals(coolingOffEnds, malicious.keepUntil());
        assertEquals(coolingOffEnds, malicious.removalNotBefore());
        assertEquals("FALSE_OR_MALICIOUS", malicious.basis());
        assertNull(malicious.proposedFinding());
        line = last(senior, ref);
        assertEquals("Finding agreed by a second senior manager", line.action());
        assertEquals(second.username(), line.actor());
        String ends = uk.safeguardcases.application.PlainFormat.day(java.util.Locale.ENGLISH, coolingOffEnds);
        assertEquals("Malicious: Her messages say so – “yn glir”. Kept until " + ends
                + " (found false or malicious: removed from the records). Not removed before " + ends
                + " (the board's cooling-off period).", line.detail());
    }

    @Test
    void aSecondSeniorRefusesAProposalWithAReasonAndAnotherBoardCannotAgreeRefuseOrReopen() {
        Caller officer = caller("chscb.officer");
        Caller senior = caller("chscb.senior");
        String ref = closedCase(officer, "Rhiannon Refused");
        CallerContext.runAs(senior, () -> retention.recordFinding(ref, AllegationFinding.FALSE, "Another account."));
        Caller otherBoard = caller("nscb.senior");
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(otherBoard,
                () -> retention.agreeFinding(ref, "From another board.")));
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(otherBoard,
                () -> retention.refuseFinding(ref, "From another board.")));
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(otherBoard, () -> CaseFixtures.bean(
                uk.safeguardcases.application.investigation.CaseReopening.class).reopen(ref, "From another board.")));
        assertThrows(AccessRefusedException.class, () -> CallerContext.runAs(officer, () -> CaseFixtures.bean(
                uk.safeguardcases.application.investigation.CaseReopening.class).reopen(ref, "An officer.")));
        assertEquals("FALSE", CallerContext.runAs(senior, () -> retention.of(ref))
                .proposedFinding(), "nothing changed");

        Caller second = caller(anotherSenior("chscb"));
        CallerContext.runAs(second, () -> retention.refuseFinding(ref, "The screenshot is hers."));
        RetentionView kept = CallerContext.runAs(senior, () -> retention.of(ref));
        assertNull(kept.proposedFinding());
        assertNull(kept.finding());
        assertEquals("TEN_YEARS_FROM_ALLEGATION", kept.basis());
        TimelineLine line = last(senior, ref);
        assertEquals("Finding refused by a second senior manager", line.action());
        assertEquals("False refused: The screenshot is hers.", line.detail());
    }

    private static String anotherSenior(String board) {
        return new TestBoard(board).anotherSenior();
    }

    /** Issue 63: a case closed at triage with no allegation has no finding on an allegation, false or otherwise. */
    @Test
    void aCaseClosedWithNoAllegationHasNoFindingToRecordAndTheServiceSaysWhy() {
        Caller officer = caller("chscb.officer");
        Caller senior = caller("chscb.senior");
        String ref = CaseFixtures.closedAtTriage("chscb", "Nia Ŵyn Dim-Honiad");
        RetentionView before = CallerContext.runAs(senior, () -> retention.of(ref));
        assertTrue(before.closed());
        assertFalse(before.alleged(), "nothing was alleged");

        TaskAlreadyDoneException refused = assertThrows(TaskAlreadyDoneException.class, () -> CallerContext.runAs(
                senior, () -> retention.recordFinding(ref, AllegationFinding.FALSE, "Cyfrif rhywun arall – “nid hi”.")));
        assertEquals("Case " + ref + " has no allegation, so there is no finding on an allegation to record.",
                refused.getMessage());
        assertThrows(TaskAlreadyDoneException.class, () -> CallerContext.runAs(officer,
                () -> retention.recordFinding(ref, AllegationFinding.UNFOUNDED, "Nothing in it.")));
        RetentionView after = CallerContext.runAs(senior, () -> retention.of(ref));
        assertNull(after.proposedFinding(), "nothing proposed");
        assertNull(after.finding());
        assertEquals(before.keepUntil(), after.keepUntil(), "kept for the board's period, as before");
    }

    @Test
    void theFindingWaitsForTheCaseToBeClosedAndNeedsItsReasons() {
        Caller officer = caller("chscb.officer");
        String ref = raise(officer, "Oakley Open").reference();

        TaskAlreadyDoneException notYet = assertThrows(TaskAlreadyDoneException.class, () -> CallerContext.runAs(officer,
                () -> retention.recordFinding(ref, AllegationFinding.UNFOUNDED, "Nothing in it.")));
        assertEquals("The finding is recorded once case " + ref + " is closed.", notYet.getMessage());
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> CallerContext.runAs(officer,
                () -> retention.recordFinding(ref, null, " ")));
        assertEquals(Map.of("finding", "Choose what the investigation found.",
                "reason", "Say what the finding rests on."), missing.fieldMessages());
        assertFalse(CallerContext.runAs(officer, () -> retention.of(ref)).closed());
    }

    @Test
    void anotherBoardCannotSeeOrChangeTheRetentionAndAMemberMayNot() {
        Caller officer = caller("chscb.officer");
        String ref = closedCase(officer, "Isla Isolated");
        Caller otherBoard = caller("nscb.senior");
        Caller member = caller("chscb.member");

        assertThrows(NotFoundException.class, () -> CallerContext.runAs(otherBoard, () -> retention.of(ref)));
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(otherBoard,
                () -> retention.recordDateOfBirth(ref, LocalDate.of(1990, 1, 1))));
        assertThrows(NotFoundException.class, () -> CallerContext.runAs(otherBoard,
                () -> retention.recordFinding(ref, AllegationFinding.MALICIOUS, "Trying from another board.")));
        assertThrows(AccessRefusedException.class, () -> CallerContext.runAs(member, () -> retention.of(ref)));
        assertThrows(AccessRefusedException.class, () -> CallerContext.runAs(member,
                () -> retention.recordDateOfBirth(ref, LocalDate.of(1990, 1, 1))));

        RetentionView unchanged = CallerContext.runAs(officer, () -> retention.of(ref));
        assertNull(unchanged.dateOfBirth());
        assertNull(unchanged.finding());
    }

    @Test
    void theCasePageShowsTheClosureAndRetentionAndTakesTheDateOfBirth() {
        Caller officer = caller("chscb.officer");
        String ref = closedCase(officer, "Page Pension");
        Browser browser = new Browser(URI.create("http://localhost:"
                + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/"));
        browser.signIn("chscb.officer", PASSWORD);

        Browser.Page page = browser.open("officer/case.xhtml?ref=" + ref);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Closure and retention"), page.body());
        assertTrue(page.body().contains("Advice only at triage. Concern raised"), page.body());
        assertTrue(page.body().contains("10 years from the allegation"), page.body());

        Browser.Page wrong = browser.submit(page, "retentionDob", Map.of("dateOfBirth", "31/02/1990"), "recordDob");
        assertTrue(wrong.body().contains("Enter a real date of birth as day/month/year, for example 12/03/1980."),
                wrong.body());
        Browser.Page iso = browser.submit(wrong, "retentionDob", Map.of("dateOfBirth", "1995-06-15"), "recordDob");
        assertTrue(iso.body().contains("Enter a real date of birth as day/month/year"), "one form, day/month/year");

        Browser.Page recorded = browser.submit(iso, "retentionDob", Map.of("dateOfBirth", "15/06/1995"), "recordDob");
        assertTrue(recorded.body().contains("The date of birth is recorded and the retention date follows it."),
                recorded.body());
        assertTrue(recorded.body().contains("15 Jun 2063 (the member&#39;s state pension age)")
                || recorded.body().contains("15 Jun 2063 (the member's state pension age)"), recorded.body());
        assertFalse(recorded.body().contains("value=\"MALICIOUS\""), "an officer is not offered false or malicious");

        Browser otherBoard = new Browser(URI.create("http://localhost:"
                + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/"));
        otherBoard.signIn("nscb.officer", PASSWORD);
        assertEquals(404, otherBoard.open("officer/case.xhtml?ref=" + ref).status());
    }

    @Test
    void aRetentionFormPostedWithAnotherBoardsReferenceInItsAddressIsNotFoundAndChangesNothing() {
        String theirs = closedCase(caller("chscb.officer"), "Tegan Theirs");
        String mine = closedCase(caller("nscb.officer"), "Milo Mine");
        Browser browser = new Browser(URI.create("http://localhost:"
                + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/"));
        browser.signIn("nscb.officer", PASSWORD);
        Browser.Page page = browser.open("officer/case.xhtml?ref=" + mine);
        assertTrue(page.body().contains("Closure and retention"), page.body());

        Browser.Page swapped = new Browser.Page(page.status(), page.uri().replace(mine, theirs), page.body(),
                page.contentType());
        Browser.Page answer = browser.submit(swapped, "retentionDob", Map.of("dateOfBirth", "15/06/1995"), "recordDob");
        assertEquals(404, answer.status());
        assertFalse(answer.body().contains("Tegan Theirs"));
        assertNull(CallerContext.runAs(caller("chscb.officer"), () -> retention.of(theirs)).dateOfBirth());
        assertNull(CallerContext.runAs(caller("nscb.officer"), () -> retention.of(mine)).dateOfBirth());
    }

    private String refusal(Caller officer, String ref, LocalDate dateOfBirth) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CallerContext.runAs(officer, () -> retention.recordDateOfBirth(ref, dateOfBirth)));
        return e.fieldMessages().get("dateOfBirth");
    }

    /**
     * A concern closed at triage with advice only, an allegation recorded against the board's first clause: kept under
     * the ten-year and pension-age rule, with a finding on the allegation to record.
     */
    private static String closedCase(Caller officer, String subject) {
        String ref = CaseFixtures.raise(officer.tenantId(), subject, "A colleague reported a post by " + subject + ".");
        CaseFixtures.allege(officer.tenantId(), ref, "Posted a photograph of “" + subject + "”’s colleagues – £0 paid.");
        CallerContext.runAs(officer, () -> CaseFixtures.bean(TriageService.class).recordTriage(ref, new TriageInput(
                false, null, false, null, false, null, false, TriageDecision.ADVICE_ONLY, "Advice on privacy settings.")));
        CaseFixtures.awaitStep(officer.tenantId(), ref, uk.safeguardcases.domain.cases.CaseStatus.CLOSED);
        return ref;
    }

    private CaseSummary raise(Caller officer, String subject) {
        return CallerContext.runAs(officer, () -> cases.raiseConcern(new NewConcern(subject,
                boards.organisations().get(0).id(), CaseSource.COLLEAGUE_REPORT, "A colleague reported a post.")));
    }

    private TimelineLine last(Caller caller, String ref) {
        List<TimelineLine> lines = CallerContext.runAs(caller, () -> cases.timelineOf(ref));
        return lines.get(lines.size() - 1);
    }

    private Caller caller(String username) {
        return people.callerFor(username).orElseThrow();
    }
}
