package uk.safeguardcases.it;

import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import uk.safeguardcases.application.investigation.DecisionService;
import uk.safeguardcases.application.investigation.MemberRequests;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * Test deployments only (browser tests, which run outside the server): makes a case of a board at the step a
 * browser test starts from, through the services, and answers its reference as plain text. Not part of the
 * product: {@link Deployments} adds it to the WAR of the test that asks for it, and it answers only the machine
 * itself.
 *
 * <p>{@code GET /test-fixtures/case?board=chscb&step=lado|removal|cooperation|appeal|dashboard&subject=Name}: the
 * reference; for {@code removal} and {@code cooperation} followed by the id of the member's request, for
 * {@code dashboard} the references of its overdue and its due-soon case. Any other step by its name
 * ({@code step=AWAITING_AUTHORISATION}, optionally {@code &triageNote=…&findings=…}) answers the reference of a
 * case walked there by {@link CaseFixtures#a}.
 */
@WebServlet("/test-fixtures/case")
public class CaseFixtureServlet extends HttpServlet {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @jakarta.inject.Inject
    private uk.safeguardcases.application.cases.BoardCounts boardCounts;

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"127.0.0.1".equals(request.getRemoteAddr()) && !"0:0:0:0:0:0:0:1".equals(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String board = request.getParameter("board");
        String subject = request.getParameter("subject");
        String step = request.getParameter("step");
        String act = request.getParameter("act");
        if (act != null) {
            String done = act(board, request.getParameter("ref"), act, request.getParameter("text"));
            if (done == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("text/plain");
            response.getOutputStream().write(done.getBytes(StandardCharsets.UTF_8));
            return;
        }
        String answer = step == null ? null : switch (step) {
            case "lado" -> lado(board, subject);
            case "removal" -> withRequest(board, CaseFixtures.awaitingRemoval(board, subject), RequestKind.REMOVAL);
            case "cooperation" -> withRequest(board, cooperation(board, subject), RequestKind.COOPERATION);
            case "appeal" -> appeal(board, subject);
            case "dashboard" -> String.join(" ", dashboard(board));
            default -> at(board, subject, step, request.getParameter("triageNote"), request.getParameter("findings"));
        };
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain");
        response.getOutputStream().write(answer.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The board's side of a step a browser test's member waits for, done through the services by the people who
     * would do it: {@code reject-contest} (the officer rejects the member's contest, with {@code text} as the
     * reason), {@code refer} (after the member's co-operation: the removal verified, a disciplinary referral decided
     * and approved), {@code to-approval} (a case waiting for triage, its subject the board's demo member, walked on by
     * {@link CaseFixtures#a} to the senior's approval of a referral) or {@code close} (the HR partner acknowledges and
     * records the outcome). Answers the case's step.
     */
    private static String act(String board, String ref, String act, String text) {
        switch (act) {
            case "reject-contest" -> {
                as(board + ".officer", () -> bean(RequestService.class).reviewContest(ref, false, text));
                CaseFixtures.awaitStep(board, ref, CaseStatus.AWAITING_REMOVAL);
            }
            case "refer" -> {
                CaseFixtures.awaitStep(board, ref, CaseStatus.VERIFYING_REMOVAL);
                as(board + ".officer", () -> bean(DecisionService.class).verifyRemoval(ref, "The post is gone."));
                CaseFixtures.awaitStep(board, ref, CaseStatus.DECIDING_OUTCOME);
                as(board + ".officer", () -> bean(DecisionService.class).decideOutcome(ref,
                        CaseOutcome.DISCIPLINARY_REFERRAL, "A breach of the policy; refer to the employer."));
                CaseFixtures.awaitStep(board, ref, CaseStatus.AWAITING_REFERRAL_APPROVAL);
                as(board + ".senior", () -> bean(DecisionService.class).approveReferral(ref, true, "Approved."));
                CaseFixtures.awaitStep(board, ref, CaseStatus.REFERRED_TO_HR);
            }
            case "to-approval" -> CaseFixtures.a(board).raisedBy(() -> ref)
                    .alleging("Posted a photograph of a family without their consent.")
                    .at(CaseStatus.AWAITING_REFERRAL_APPROVAL);
            case "close" -> {
                as(board + ".hr", () -> bean(ReferralService.class).acknowledge(ref));
                CaseFixtures.awaitStep(board, ref, CaseStatus.AWAITING_HR_OUTCOME);
                as(board + ".hr", () -> bean(ReferralService.class).recordOutcome(ref, HrOutcome.WRITTEN_WARNING,
                        LocalDate.now(UK), "Written warning at a hearing."));
                CaseFixtures.awaitStep(board, ref, CaseStatus.CLOSED);
            }
            default -> {
                return null;
            }
        }
        return CaseFixtures.stepOf(board, ref).name();
    }

    /** "CHSCB-2026-0042 17": the case and the id of the member's request of that kind on it. */
    private static String withRequest(String board, String ref, RequestKind kind) {
        long id = as(board + ".member", () -> bean(MemberRequests.class).mine()).stream()
                .filter(r -> r.caseReference().equals(ref) && r.kind() == kind).findFirst().orElseThrow().id();
        return ref + " " + id;
    }

    /** Triaged with the harm threshold met: the LADO referral is due. */
    private static String lado(String board, String subject) {
        return CaseFixtures.a(board).about(subject).raisedFrom(CaseSource.COLLEAGUE_REPORT,
                "A post suggesting " + subject + " met a child outside work.").harmThresholdMet()
                .at(CaseStatus.AWAITING_LADO_REFERRAL).reference();
    }

    /** The member removed the content: the board waits for their co-operation. */
    private static String cooperation(String board, String subject) {
        return gathered(board, subject).at(CaseStatus.AWAITING_COOPERATION).reference();
    }

    /** Referred to HR, outcome recorded and an appeal lodged: the HR partner records the appeal's result next. */
    private static String appeal(String board, String subject) {
        String ref = gathered(board, subject).at(CaseStatus.CLOSED).reference();
        as(board + ".hr", () -> bean(ReferralService.class).lodgeAppeal(ref, LocalDate.now(UK),
                "The warning is too severe."));
        return ref;
    }

    /** The walk of {@link CaseFixtures#awaitingRemoval}: an allegation and one post shown to the member. */
    private static CaseFixtures.Walk gathered(String board, String subject) {
        return CaseFixtures.a(board).about(subject)
                .alleging("Posted a photograph of a family without their consent.")
                .withEvidence(CaseFixtures.textPost("Public post by " + subject
                        + " showing a family at a contact centre.").withShownToMember(true))
                .gathered("One public post captured.");
    }

    /**
     * Any step of the investigation by its name, e.g. {@code AWAITING_AUTHORISATION}, with the officer's triage note
     * and findings if given; null for no such step.
     */
    private static String at(String board, String subject, String step, String triageNote, String findings) {
        for (CaseStatus status : CaseStatus.values()) {
            if (status.name().equals(step)) {
                CaseFixtures.Walk walk = CaseFixtures.a(board).about(subject);
                if (triageNote != null) {
                    walk.triageNote(triageNote);
                }
                if (findings != null) {
                    walk.findings(findings);
                }
                return walk.at(status).reference();
            }
        }
        return null;
    }

    /**
     * A board's dashboard as it looks after some months' work: cases raised over the last months (their raised
     * dates set back), at several steps, with one removal deadline passed and one due tomorrow. Answers the
     * references of the overdue and the due-soon case.
     */
    private List<String> dashboard(String board) {
        String[] names = {"Alys Morgan", "Bryn Davies", "Cerys Lloyd", "Dewi Rowlands", "Efa Hughes", "Gethin Price"};
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String ref = CaseFixtures.raise(board, names[i], "A colleague reported a public post by " + names[i]
                    + " that shows a family using the board's services.");
            // A few clauses, cited more or less often, as a board's months of work would.
            CaseFixtures.allege(board, ref, i % 3 == 0 ? 0 : i % 3 + 3, "Posted photographs of a family without"
                    + " their consent.");
            refs.add(ref);
            raisedMonthsAgo(ref, names.length - 1 - i);
        }
        String overdue = CaseFixtures.awaitingRemoval(board, "Ifan Thomas");
        String dueSoon = CaseFixtures.awaitingRemoval(board, "Lowri Jenkins");
        CaseFixtures.triage(board, refs.get(0), true);
        removalDeadline(overdue, LocalDate.now(UK).minusDays(1));
        removalDeadline(dueSoon, LocalDate.now(UK).plusDays(1));
        return List.of(overdue, dueSoon);
    }

    private void raisedMonthsAgo(String ref, int months) {
        ZonedDateTime raised = ZonedDateTime.now(UK).minusMonths(months).withDayOfMonth(10).withHour(10);
        update("update safeguarding_case set raised_at = ? where reference = ?", raised.toOffsetDateTime(), ref);
    }

    private void removalDeadline(String ref, LocalDate day) {
        ZonedDateTime due = ZonedDateTime.of(day, LocalTime.of(17, 0), UK);
        update("update member_request set deadline = ? where case_id = (select id from safeguarding_case"
                + " where reference = ?)", due.toOffsetDateTime(), ref);
    }

    private void update(String sql, OffsetDateTime at, String ref) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, at);
            statement.setString(2, ref);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        // Written behind the product's back: no count it keeps may stand on what was there before.
        boardCounts.forget();
    }
}
