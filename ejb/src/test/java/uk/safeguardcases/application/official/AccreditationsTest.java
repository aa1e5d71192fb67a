package uk.safeguardcases.application.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.RecordedProcesses;
import uk.safeguardcases.application.audit.RecordedTimeline;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.official.Accreditation;
import uk.safeguardcases.domain.official.AccreditedUser;
import uk.safeguardcases.domain.official.OfficialAccountProcess;

/**
 * CHSCB authorised use 3.1-3.2: "All Authorised Users must be trained and certified. Certification must be renewed
 * every three years", and a user is authorised only once accredited and listed on an account in a designated role.
 * A pass starts the person's three-year cycle, whose process holds its dates; a later pass renews it. Over
 * accreditations kept in memory, at a time the test moves on.
 */
class AccreditationsTest {

    private static final LocalDate PASSED = LocalDate.of(2026, 3, 10);

    private final OfficialAccountsFixture f = new OfficialAccountsFixture();

    @BeforeEach
    void signIn() {
        CallerContext.set(f.senior);
    }

    @AfterEach
    void signOut() {
        CallerContext.clear();
    }

    private Accreditation stored(String username) {
        return f.stored.accreditationOf(username).orElseThrow();
    }

    @Test
    void aPassIsCertifiedForThreeYearsAndItsProcessIsGivenTheRemindersAndExpiryAsDates() {
        f.accreditations.recordAccreditation(" chscb.member ", PASSED.minusDays(7), PASSED);

        Accreditation a = stored("chscb.member");
        assertThat(a.expiresOn()).isEqualTo(LocalDate.of(2029, 3, 10));
        assertThat(a.recordedBy()).isEqualTo("chscb.senior");
        assertThat(f.processes.started).singleElement().isEqualTo(new RecordedProcesses.Started(
                OfficialAccountProcess.ACCREDITATION, "ACCREDITATION-chscb.member", Map.of(
                        OfficialAccountProcess.ACCREDITATION_ID, a.id(),
                        OfficialAccountProcess.FIRST_REMINDER_AT, Date.from(Instant.parse("2029-01-09T09:00:00Z")),
                        OfficialAccountProcess.SECOND_REMINDER_AT, Date.from(Instant.parse("2029-02-08T09:00:00Z")),
                        OfficialAccountProcess.EXPIRES_AT, Date.from(Instant.parse("2029-03-10T00:00:00Z")),
                        OfficialAccountProcess.EXPIRES_ON, "2029-03-10")));
        assertThat(a.processInstanceId()).isEqualTo("instance-1");
        assertThat(f.timeline.recorded()).extracting(RecordedTimeline.Recorded::detail).containsExactly(
                "Ceri Jones passed the accreditation test on 10 Mar 2026; certified until 10 Mar 2029.");
        assertThat(f.accreditations.accreditations()).singleElement().satisfies(view -> {
            assertThat(view.name()).isEqualTo("Ceri Jones");
            assertThat(view.expired()).isFalse();
            assertThat(view.renewals()).isZero();
        });
    }

    @Test
    void aPassInTheFutureBeforeTheTrainingOrNoLaterThanTheLastIsNotRecorded() {
        assertThatThrownBy(() -> f.accreditations.recordAccreditation("nobody", PASSED.plusDays(1),
                PASSED.plusDays(2))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.fieldMessages()).containsEntry("username", "Choose a person of the board.")
                        .containsEntry("trainedOn", "The date cannot be in the future.")
                        .containsEntry("passedOn", "The date cannot be in the future."));
        assertThatThrownBy(() -> f.accreditations.recordAccreditation("chscb.member", PASSED, PASSED.minusDays(1)))
                .isInstanceOf(InvalidInputException.class).hasMessage("The test is passed after the training.");
        f.accreditations.recordAccreditation("chscb.member", PASSED.minusDays(7), PASSED);
        assertThatThrownBy(() -> f.accreditations.recordAccreditation("chscb.member", PASSED.minusDays(7), PASSED))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A renewal is passed after the last pass, on 10 March 2026.");
        CallerContext.set(f.officer);
        assertThatThrownBy(() -> f.accreditations.recordAccreditation("chscb.member2", PASSED, PASSED))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(f.processes.started).hasSize(1);
    }

    @Test
    void aRenewalStartsANewCycleInTheRunningProcessAndTheSuspendedUserIsAuthorisedAgain() {
        long shared = f.sharedAccount();
        f.accreditations.recordAccreditation("chscb.member", PASSED.minusDays(7), PASSED);
        f.accreditations.list(shared, "chscb.member", "Editor");
        f.clock.moveTo(Instant.parse("2029-03-10T00:00:00Z"));
        CallerContext.runAs(Caller.system("chscb"),
                () -> f.cycle.expire(stored("chscb.member").id(), LocalDate.of(2029, 3, 10)));
        assertThat(f.stored.listingsOf("chscb.member")).allMatch(AccreditedUser::suspended);
        f.processes.waitingAt("instance-1", "renewal-or-expiry");

        f.clock.moveTo(Instant.parse("2029-03-20T10:00:00Z"));
        LocalDate again = LocalDate.of(2029, 3, 19);
        f.accreditations.recordAccreditation("chscb.member", again.minusDays(1), again);

        Accreditation a = stored("chscb.member");
        assertThat(a.expiresOn()).isEqualTo(LocalDate.of(2032, 3, 19));
        assertThat(a.renewals()).isOne();
        assertThat(a.expiredAt()).isNull();
        assertThat(f.processes.delivered).singleElement().satisfies(step -> {
            assertThat(step.instanceId()).isEqualTo("instance-1");
            assertThat(step.step()).isEqualTo("renewal-or-expiry");
            assertThat(step.by()).as("the message").isEqualTo(OfficialAccountProcess.RENEWED);
            assertThat(step.variables()).containsEntry(OfficialAccountProcess.EXPIRES_ON, "2032-03-19");
        });
        assertThat(f.stored.listingsOf("chscb.member")).noneMatch(AccreditedUser::suspended);
        assertThat(f.timeline.recorded()).last().extracting(RecordedTimeline.Recorded::detail).isEqualTo(
                "Ceri Jones passed the accreditation test again on 19 Mar 2029; certified until 19 Mar 2032;"
                        + " authorised again on 1 official account.");
    }

    @Test
    void aRenewalAfterItsProcessEndedStartsAnotherAndOneCaughtMidStepIsToldToTryAgain() {
        f.accreditations.recordAccreditation("chscb.member", PASSED.minusDays(7), PASSED);
        f.clock.moveTo(Instant.parse("2027-01-05T10:00:00Z"));
        f.accreditations.recordAccreditation("chscb.member", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5));
        assertThat(f.processes.started).extracting(RecordedProcesses.Started::businessKey)
                .containsExactly("ACCREDITATION-chscb.member", "ACCREDITATION-chscb.member");
        assertThat(stored("chscb.member").processInstanceId()).isEqualTo("instance-2");

        f.processes.waitingAt("instance-2", "renewal-or-expiry");
        f.processes.doneElsewhere.add("instance-2");
        f.clock.moveTo(Instant.parse("2027-02-05T10:00:00Z"));
        assertThatThrownBy(() -> f.accreditations.recordAccreditation("chscb.member", LocalDate.of(2027, 2, 4),
                LocalDate.of(2027, 2, 5))).isInstanceOf(TaskAlreadyDoneException.class)
                .hasMessage("The accreditation is changing at this moment: try again.");
    }

    @Test
    void onlyAPersonCertifiedNowIsListedOnAnAccountAndOnlyOnce() {
        long shared = f.sharedAccount();
        assertThatThrownBy(() -> f.accreditations.list(shared, "chscb.member", "Editor"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Only a person whose accreditation is current can be listed.");
        f.accreditations.recordAccreditation("chscb.member", PASSED.minusDays(7), PASSED);
        assertThatThrownBy(() -> f.accreditations.list(shared, "chscb.member", " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsOnlyKeys("designatedRole"));

        f.accreditations.list(shared, "chscb.member", "Editor");

        assertThat(f.stored.usersOf(shared)).extracting(AccreditedUser::username, AccreditedUser::designatedRole,
                AccreditedUser::listedBy).containsExactly(tuple("chscb.member", "Editor", "chscb.senior"));
        assertThat(f.timeline.recorded()).last().extracting(RecordedTimeline.Recorded::detail)
                .isEqualTo("Ceri Jones listed on @lscb_chscb as Editor.");
        assertThatThrownBy(() -> f.accreditations.list(shared, "chscb.member", "Moderator"))
                .isInstanceOf(InvalidInputException.class).hasMessage("That person is already listed on this account.");
        assertThatThrownBy(() -> f.accreditations.list(shared, "nobody", "Editor"))
                .isInstanceOf(InvalidInputException.class).hasMessage("Choose a person of the board.");

        f.clock.moveTo(Instant.parse("2029-03-10T00:00:00Z"));
        assertThatThrownBy(() -> f.accreditations.list(shared, "chscb.member2", "Editor"))
                .isInstanceOf(InvalidInputException.class);
        f.accreditations.recordAccreditation("chscb.member2", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> f.accreditations.list(shared, "chscb.member2", "Editor")).as("passed three years ago")
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Only a person whose accreditation is current can be listed.");
    }
}
