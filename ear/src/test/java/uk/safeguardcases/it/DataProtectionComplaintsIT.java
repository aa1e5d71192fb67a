package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.annualreport.RawTable;
import uk.safeguardcases.application.dpcomplaint.ComplaintForm;
import uk.safeguardcases.application.dpcomplaint.DataProtectionComplaints;
import uk.safeguardcases.application.dpcomplaint.DpComplaintAccess;
import uk.safeguardcases.application.dpcomplaint.DpComplaintReportPart;
import uk.safeguardcases.application.publicconcern.LimitReachedException;
import uk.safeguardcases.application.retention.RetentionPurge;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.access.SubjectAccessRequest;
import uk.safeguardcases.domain.access.SubjectAccessRequestDetails;
import uk.safeguardcases.domain.deadline.Deadline;
import uk.safeguardcases.domain.dpcomplaint.ComplaintOutcome;
import uk.safeguardcases.domain.dpcomplaint.ComplaintStatus;
import uk.safeguardcases.domain.dpcomplaint.DataProtectionComplaint;
import uk.safeguardcases.domain.publicconcern.WorkChallenge;
import uk.safeguardcases.domain.report.ReportPeriod;

/**
 * Data protection complaints through the service on the real server: text kept exactly; another board cannot read,
 * acknowledge, add a step to or close a complaint by its reference or its receipt code, nor see it in its list, its
 * annual figures or a subject access answer; a member sees only their own; the figures count it; and a closed
 * complaint is removed the day after it has been kept two years from its outcome.
 */
@ExtendWith(ArquillianExtension.class)
class DataProtectionComplaintsIT {

    private static final String WORDS = Typed.text("Rhannwyd fy manylion – “heb ganiatâd”");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(DataProtectionComplaintsIT.class, Typed.class);
    }

    private static DataProtectionComplaints complaints() {
        return bean(DataProtectionComplaints.class);
    }

    private static String complain(TestBoard board, String email) {
        return complain(board, address(), new ComplaintForm(WORDS, "Gwenllïan Ŵyn", email, null));
    }

    /** A complaint as the public page sends it from {@code address}, the page's proof of work done. */
    private static String complain(TestBoard board, String address, ComplaintForm form) {
        String challenge = complaints().challenge(board.id());
        return complaints().complain(board.id(), Locale.UK, address, form, challenge,
                WorkChallenge.solve(challenge, WorkChallenge.DIFFICULTY));
    }

    private static String address() {
        return "198.51.100." + (int) (Math.random() * 250) + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static DataProtectionComplaint byCode(TestBoard board, String code) {
        return as(board.officer(), () -> complaints().read(code));
    }

    /**
     * Acknowledged from two windows at once, at the moment its reminders' jobs run: acknowledged once. A refusal says
     * it is acknowledged already, or that it changed at that moment and to try again (then trying again does it);
     * never a failure of the page, as the port's own refusal once was (a 500).
     */
    @Test
    void acknowledgedTwiceAtOnceAsItsRemindersRunIsAcknowledgedOnceAndARefusalSaysWhy() throws Exception {
        TestBoard board = TestBoard.like("cwmtaf");
        org.camunda.bpm.engine.ProcessEngine engine = bean(org.camunda.bpm.engine.ProcessEngine.class);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();
        int refusedAsAcknowledged = 0;
        int refusedAsChanged = 0;
        try {
            for (int i = 0; i < 6; i++) {
                String ref = byCode(board, complain(board, "dwywaith." + System.nanoTime() + "@example.org"))
                        .reference();
                String instance = engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceBusinessKey(ref).singleResult().getId();
                List<org.camunda.bpm.engine.runtime.Job> timers = engine.getManagementService().createJobQuery()
                        .processInstanceId(instance).timers().list();
                assertThat(timers).as(ref + ": the acknowledgement's reminders").isNotEmpty();
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2 + timers.size());
                List<java.util.concurrent.Future<Throwable>> acknowledgements = new java.util.ArrayList<>();
                for (String who : List.of(board.officer(), board.person("senior"))) {
                    acknowledgements.add(threads.submit(() -> {
                        together.await(10, java.util.concurrent.TimeUnit.SECONDS);
                        try {
                            as(who, () -> complaints().acknowledge(ref));
                            return null;
                        } catch (RuntimeException e) {
                            return e;
                        }
                    }));
                }
                List<java.util.concurrent.Future<?>> reminders = new java.util.ArrayList<>();
                for (org.camunda.bpm.engine.runtime.Job timer : timers) {
                    reminders.add(threads.submit(() -> {
                        together.await(10, java.util.concurrent.TimeUnit.SECONDS);
                        try {
                            engine.getManagementService().executeJob(timer.getId());
                        } catch (RuntimeException lostToTheAcknowledgement) {
                            // The job executor runs such a job again; not what this test looks at.
                        }
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> reminder : reminders) {
                    reminder.get(60, java.util.concurrent.TimeUnit.SECONDS);
                }
                for (java.util.concurrent.Future<Throwable> acknowledgement : acknowledgements) {
                    Throwable refused = acknowledgement.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    if (refused instanceof InvalidInputException e) {
                        refusedAsAcknowledged++;
                        assertThat(e.fieldMessages()).as(ref).containsOnlyKeys("acknowledge");
                    } else if (refused instanceof uk.safeguardcases.application.process.TaskAlreadyDoneException) {
                        refusedAsChanged++;
                        assertThat(refused).as(ref).hasMessage("Nothing was recorded for " + ref + ": it changed at"
                                + " the same moment (one of the product’s own reminders). Please try again.");
                    } else if (refused != null) {
                        assertThat(CaseFixtures.foundAtTheCommit(refused)).as(ref + ": " + refused).isTrue();
                    }
                }
                if (!byCode(board, ref).isAcknowledged()) {
                    as(board.officer(), () -> complaints().acknowledge(ref));
                }
                assertThat(byCode(board, ref).isAcknowledged()).as(ref).isTrue();
                assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(instance)
                        .activityId(uk.safeguardcases.domain.dpcomplaint.DpComplaintProcess.ACKNOWLEDGE).count())
                        .as(ref + ": still waiting for its acknowledgement").isZero();
            }
        } finally {
            threads.shutdownNow();
            System.out.println("Complaints' acknowledgements refused as acknowledged: " + refusedAsAcknowledged
                    + ", as changed at that moment: " + refusedAsChanged + ", of 6 pairs");
        }
    }

    @Test
    void anotherBoardCannotSeeOrTouchAComplaintByAnyCall() {
        TestBoard board = TestBoard.like("cwmtaf");
        TestBoard other = TestBoard.like("chscb");
        String email = "achwynydd." + System.nanoTime() + "@example.org";
        String code = complain(board, email);
        DataProtectionComplaint complaint = byCode(board, code);
        String ref = complaint.reference();
        assertThat(complaint.words()).isEqualTo(WORDS);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.RECEIVED);

        assertThat(as(other.officer(), () -> complaints().ofBoard())).extracting(DataProtectionComplaint::reference)
                .doesNotContain(ref);
        for (String asked : List.of(ref, code)) {
            assertThatThrownBy(() -> as(other.officer(), () -> complaints().read(asked)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(other.person("senior"), () -> complaints().acknowledge(asked)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(other.officer(), () -> complaints().recordStep(asked, "Ymholiad", false)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(other.officer(), () -> complaints().recordOutcome(asked,
                    ComplaintOutcome.NOT_UPHELD, "Dim")))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(byCode(board, code).status()).as("untouched").isEqualTo(ComplaintStatus.RECEIVED);
        // Nor do its staff's other roles, nor its members, reach the board's complaints.
        assertThatThrownBy(() -> as(board.person("member"), () -> complaints().ofBoard()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(board.person("hr"), () -> complaints().read(ref)))
                .isInstanceOf(AccessRefusedException.class);

        // Its subject access answer and its figures: the board's, not the other's.
        SubjectAccessRequest request = new SubjectAccessRequest("SAR-1", new SubjectAccessRequestDetails(
                "Gwenllïan Ŵyn", "Gwenllïan Ŵyn", email, LocalDate.now(), "officer", "passport"), null, "officer",
                Instant.now(), LocalDate.now().plusMonths(1), Deadline.due(Instant.now().plusSeconds(86_400), null));
        // The parts are asked inside the subject access answer's transaction, whose session has the board's filter.
        List<Object> mine = as(board.officer(), () -> inTransaction(() -> bean(DpComplaintAccess.class).gather(
                request, null, new HashSet<>())));
        assertThat(mine).hasSize(1);
        assertThat(((Map<?, ?>) mine.get(0)).get("complaintWords")).isEqualTo(WORDS);
        assertThat(as(other.officer(), () -> inTransaction(() -> bean(DpComplaintAccess.class).gather(request, null,
                new HashSet<>())))).isEmpty();
        ReportPeriod year = ReportPeriod.financialYearOf(LocalDate.now(ZoneId.of("Europe/London")));
        assertThat(waiting(board, year)).isEqualTo(1);
        assertThat(waiting(other, year)).isZero();
        // Outside a transaction too (no session carrying the board's filter): each query holds its rows to the board.
        assertThat(as(other.officer(), () -> bean(DpComplaintAccess.class).gather(request, null, new HashSet<>())))
                .as("another board's subject access answer, outside a transaction").isEmpty();
        assertThat(as(board.officer(), () -> bean(DpComplaintAccess.class).gather(request, null, new HashSet<>())))
                .hasSize(1);
        assertThat(waitingOutsideTransaction(other, year)).as("another board's figures, outside a transaction")
                .isZero();
        assertThat(waitingOutsideTransaction(board, year)).isEqualTo(1);
        assertThat(as(other.officer(), () -> complaints().ofBoard())).extracting(DataProtectionComplaint::reference)
                .doesNotContain(ref);
    }

    @Test
    void anOutcomeBeforeAnyAcknowledgementIsItAndAClosedComplaintGoesTwoYearsAfterIt() {
        TestBoard board = TestBoard.like("chscb");
        String code = complain(board, "person." + System.nanoTime() + "@example.org");
        String ref = byCode(board, code).reference();
        // Told its outcome within the 30 days with no separate acknowledgement: acknowledged by it, its process ended.
        String direct = complain(board, "direct." + System.nanoTime() + "@example.org");
        String directRef = byCode(board, direct).reference();
        as(board.officer(), () -> complaints().recordOutcome(directRef, ComplaintOutcome.NOT_UPHELD,
                "Ni chanfuwyd dim – “dim byd”"));
        DataProtectionComplaint answered = byCode(board, direct);
        assertThat(answered.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(answered.acknowledgedInTime()).isTrue();
        assertThat(bean(org.camunda.bpm.engine.ProcessEngine.class).getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(directRef).count()).as("no reminder or escalation can follow").isZero();
        assertThatThrownBy(() -> as(board.officer(), () -> complaints().recordOutcome(directRef,
                ComplaintOutcome.UPHELD, "Eto"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> complain(board, address(), new ComplaintForm(" ", "", "nope",
                "abc"))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                .containsOnlyKeys("words", "name", "email", "phone"));
        as(board.person("senior"), () -> complaints().acknowledge(ref));
        as(board.officer(), () -> complaints().recordStep(ref, "Gofynnwyd i’r tîm TG – £0", false));
        as(board.officer(), () -> complaints().recordOutcome(ref, ComplaintOutcome.UPHELD, "Ymddiheurwn"));
        DataProtectionComplaint closed = byCode(board, code);
        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.acknowledgedInTime()).isTrue();

        // The nightly run, as the board's system caller: kept until two years after the outcome, then removed.
        LocalDate keptUntil = closed.keepUntil();
        assertThat(keptUntil).isEqualTo(LocalDate.now(ZoneId.of("Europe/London")).plusYears(2));
        CallerContext.runAs(Caller.system(board.id()), () -> bean(RetentionPurge.class).removeDue(keptUntil));
        assertThat(byCode(board, code).reference()).as("kept on its last day").isEqualTo(ref);
        CallerContext.runAs(Caller.system(board.id()), () -> bean(RetentionPurge.class)
                .removeDue(keptUntil.plusDays(1)));
        assertThatThrownBy(() -> byCode(board, code)).as("removed by the nightly run's step")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePublicFormAsksForTheConcernFormsWorkAndKeepsItsLimitPerAddress() {
        TestBoard board = TestBoard.like("cwmtaf");
        String from = address();
        ComplaintForm form = new ComplaintForm(WORDS, "Siân O’Brien", "sian." + System.nanoTime() + "@example.org",
                "07700 900123");
        // No work done, or work for another challenge: refused as the field "challenge", nothing kept.
        String challenge = complaints().challenge(board.id());
        assertThatThrownBy(() -> complaints().complain(board.id(), Locale.UK, from, form, challenge, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsOnlyKeys("challenge"));
        assertThatThrownBy(() -> complaints().complain(board.id(), Locale.UK, from, form, challenge, "12345"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsOnlyKeys("challenge"));
        assertThat(as(board.officer(), () -> complaints().ofBoard())).as("nothing kept").isEmpty();
        // A challenge is taken once.
        String nonce = WorkChallenge.solve(challenge, WorkChallenge.DIFFICULTY);
        complaints().complain(board.id(), Locale.UK, from, form, challenge, nonce);
        assertThatThrownBy(() -> complaints().complain(board.id(), Locale.UK, from, form, challenge, nonce))
                .isInstanceOf(InvalidInputException.class);
        // The public concern form's limit per address and hour, counted the same way: the next is refused.
        for (int i = 1; i < 5; i++) {
            complain(board, from, form);
        }
        assertThatThrownBy(() -> complain(board, from, form)).isInstanceOfSatisfying(LimitReachedException.class,
                e -> assertThat(e.minutes()).isPositive());
        assertThat(as(board.officer(), () -> complaints().ofBoard())).hasSize(5);
        // Another address is not held back by this one's.
        assertThat(complain(board, address(), form)).isNotBlank();
        assertThat(as(board.officer(), () -> complaints().ofBoard())).hasSize(6);
    }

    private static long waiting(TestBoard board, ReportPeriod period) {
        List<RawTable> tables = as(board.person("senior"), () -> inTransaction(() -> bean(DpComplaintReportPart.class)
                .tables(period, Instant.now())));
        return tables.get(0).rows().entrySet().stream().filter(e -> "row.dpComplaint.waiting".equals(e.getKey().key()))
                .mapToLong(e -> ((Number) e.getValue()).longValue()).sum();
    }

    private static long waitingOutsideTransaction(TestBoard board, ReportPeriod period) {
        List<RawTable> tables = as(board.person("senior"), () -> bean(DpComplaintReportPart.class)
                .tables(period, Instant.now()));
        return tables.get(0).rows().entrySet().stream().filter(e -> "row.dpComplaint.waiting".equals(e.getKey().key()))
                .mapToLong(e -> ((Number) e.getValue()).longValue()).sum();
    }

    /** The work in a transaction of its own, as the core's services run the parts. */
    private static <T> T inTransaction(java.util.concurrent.Callable<T> work) throws Exception {
        jakarta.transaction.UserTransaction transaction = (jakarta.transaction.UserTransaction)
                new javax.naming.InitialContext().lookup("java:comp/UserTransaction");
        transaction.begin();
        try {
            return work.call();
        } finally {
            transaction.rollback();
        }
    }
}
