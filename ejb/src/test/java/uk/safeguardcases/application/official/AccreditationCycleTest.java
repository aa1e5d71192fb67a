package uk.safeguardcases.application.official;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.audit.RecordedTimeline;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.official.Accreditation;
import uk.safeguardcases.domain.official.AccreditedUser;
import uk.safeguardcases.domain.official.Certification;

/**
 * CHSCB authorised use 3.1: a certification is due again three years after the test was passed; the person and the
 * board's senior managers are reminded 60 and 30 days before, and at expiry unrenewed the person is suspended from
 * every account they are listed on and each account's owner told. Each once per cycle, as the process's jobs run
 * them; nothing for a cycle a renewal replaced. Over accreditations kept in memory.
 */
class AccreditationCycleTest {

    private static final LocalDate PASSED = LocalDate.of(2026, 3, 10);
    private static final LocalDate DUE = LocalDate.of(2029, 3, 10);

    private final OfficialAccountsFixture f = new OfficialAccountsFixture();
    private long shared;
    private long ownAccount;
    private long accreditation;

    @BeforeEach
    void aPartnerIsAccreditedAndListedOnTwoAccounts() {
        CallerContext.set(f.senior);
        shared = f.sharedAccount();
        ownAccount = f.register.register(Platform.INSTAGRAM, "chscb_young_people", "chscb.member2", "Dafydd Owen",
                "Participation Officer", null, false, true);
        f.accreditations.recordAccreditation("chscb.member", PASSED.minusDays(7), PASSED);
        f.accreditations.list(shared, "chscb.member", "Editor");
        f.accreditations.list(ownAccount, "chscb.member", "Moderator");
        accreditation = f.stored.accreditationOf("chscb.member").orElseThrow().id();
        CallerContext.set(Caller.system("chscb"));
    }

    @AfterEach
    void signOut() {
        CallerContext.clear();
    }

    private Accreditation stored() {
        return f.stored.accreditation(accreditation).orElseThrow();
    }

    private List<RecordedTimeline.Recorded> entries(AuditAction action) {
        return f.timeline.recorded().stream().filter(e -> e.action() == action).toList();
    }

    @Test
    void thePersonAndTheSeniorsAreRemindedSixtyAndThirtyDaysBeforeEachOnceHoweverOftenTheJobsRun() {
        f.clock.moveTo(Certification.firstReminderAt(DUE));
        f.cycle.remind(accreditation, Certification.FIRST_REMINDER_DAYS, DUE);
        f.cycle.remind(accreditation, Certification.FIRST_REMINDER_DAYS, DUE);
        f.clock.moveTo(Certification.secondReminderAt(DUE));
        f.cycle.remind(accreditation, Certification.SECOND_REMINDER_DAYS, DUE);

        assertThat(f.mailed).extracting(OfficialAccountsFixture.Mailed::daysBefore).containsExactly(60, 30);
        assertThat(f.mailed).allSatisfy(m -> assertThat(m.about()).isEqualTo("Ceri Jones"));
        assertThat(stored().firstReminderSentAt()).isEqualTo(Instant.parse("2029-01-09T09:00:00Z"));
        assertThat(stored().secondReminderSentAt()).isEqualTo(Instant.parse("2029-02-08T09:00:00Z"));
        assertThat(entries(AuditAction.ACCREDITATION_REMINDER_SENT)).extracting(RecordedTimeline.Recorded::detail)
                .containsExactly("Ceri Jones was reminded, with the board, that their certification expires on"
                        + " 10 Mar 2029 (60 days).", "Ceri Jones was reminded, with the board, that their"
                        + " certification expires on 10 Mar 2029 (30 days).");
        assertThat(stored().validOn(DUE.minusDays(1))).as("still certified").isTrue();
    }

    @Test
    void unrenewedAtThreeYearsThePersonIsSuspendedFromEveryAccountOnceAndEachOwnerIsTold() {
        f.clock.moveTo(Certification.expiresAt(DUE));
        f.cycle.expire(accreditation, DUE);
        f.cycle.expire(accreditation, DUE);

        assertThat(stored().expiredAt()).isEqualTo(Instant.parse("2029-03-10T00:00:00Z"));
        assertThat(stored().validOn(DUE)).isFalse();
        assertThat(f.stored.everyBoardsListings()).allSatisfy(listing -> {
            assertThat(listing.suspended()).isTrue();
            assertThat(listing.suspendedAt()).isEqualTo(Instant.parse("2029-03-10T00:00:00Z"));
        });
        assertThat(f.mailed).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo("expired");
            assertThat(m.handles()).isEqualTo("@lscb_chscb, @chscb_young_people");
            assertThat(m.owners()).containsExactlyInAnyOrder("chscb.senior", "chscb.member2");
        });
        assertThat(entries(AuditAction.ACCREDITED_USER_SUSPENDED)).extracting(RecordedTimeline.Recorded::detail)
                .containsExactly("Ceri Jones's certification expired on 10 Mar 2029 unrenewed; suspended from"
                        + " @lscb_chscb, @chscb_young_people.");
        f.cycle.remind(accreditation, Certification.SECOND_REMINDER_DAYS, DUE);
        assertThat(f.mailed).as("no reminder once expired").hasSize(1);
    }

    @Test
    void theJobsOfACycleARenewalReplacedDoNothing() {
        f.clock.moveTo(Instant.parse("2028-12-01T10:00:00Z"));
        CallerContext.runAs(f.senior, () -> f.accreditations.recordAccreditation("chscb.member",
                LocalDate.of(2028, 11, 30), LocalDate.of(2028, 12, 1)));

        f.clock.moveTo(Certification.expiresAt(DUE));
        f.cycle.remind(accreditation, Certification.FIRST_REMINDER_DAYS, DUE);
        f.cycle.expire(accreditation, DUE);

        assertThat(f.mailed).isEmpty();
        assertThat(stored().expiredAt()).isNull();
        assertThat(stored().expiresOn()).isEqualTo(LocalDate.of(2031, 12, 1));
        assertThat(f.stored.everyBoardsListings()).noneMatch(AccreditedUser::suspended);
        assertThat(f.timeline.actions()).doesNotContain(AuditAction.ACCREDITED_USER_SUSPENDED,
                AuditAction.ACCREDITATION_REMINDER_SENT);
    }

    @Test
    void anotherBoardsJobFindsNoAccreditationOfThisBoard() {
        CallerContext.set(Caller.system("lscb"));
        f.clock.moveTo(Certification.expiresAt(DUE));
        f.cycle.expire(accreditation, DUE);
        assertThat(f.mailed).isEmpty();
        CallerContext.set(Caller.system("chscb"));
        assertThat(stored().expiredAt()).isNull();
    }
}
