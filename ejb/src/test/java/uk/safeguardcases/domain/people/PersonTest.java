package uk.safeguardcases.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A person's account, without a server: guessing slowed, never stopped for long (NCSC: throttling, not lockout), the
 * password and the second factor, and what the board administrator may change.
 */
class PersonTest {

    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    private static Person person() {
        return new Person("chscb.officer", "hash-1", "Rhiannon Prys", "rhiannon@example.org", null,
                EnumSet.of(Role.OFFICER), START.minusSeconds(86_400));
    }

    @Test
    void nineFailedSignInsInARowDoNotYetMakeTheAccountWait() {
        Person p = person();
        for (int i = 0; i < Person.LOCK_AFTER - 1; i++) {
            assertThat(p.signInFailed(START.plusSeconds(i))).isFalse();
        }
        assertThat(p.lockedAt(START.plusSeconds(10))).isFalse();
        assertThat(p.lockedUntil()).isNull();
    }

    @Test
    void theTenthFailureInARowMakesTheAccountWaitFifteenSecondsAndSaysSoOnce() {
        Person p = person();
        failTimes(p, Person.LOCK_AFTER - 1, START);
        Instant tenth = START.plusSeconds(100);
        assertThat(p.signInFailed(tenth)).as("this one starts the waits").isTrue();
        assertThat(p.lockedUntil()).isEqualTo(tenth.plusSeconds(15));
        assertThat(p.lockedAt(tenth.plusSeconds(14))).isTrue();
        assertThat(p.lockedAt(tenth.plusSeconds(15))).isFalse();

        assertThat(p.signInFailed(tenth.plusSeconds(5))).as("a try while it waits is not counted").isFalse();
        assertThat(p.lockedUntil()).isEqualTo(tenth.plusSeconds(15));

        Instant eleventh = tenth.plusSeconds(20);
        assertThat(p.signInFailed(eleventh)).as("said once, at the tenth").isFalse();
        assertThat(p.lockedUntil()).isEqualTo(eleventh.plusSeconds(30));
    }

    @Test
    void theWaitDoublesToAMinuteAtMost() {
        assertThat(Person.waitAfter(1)).isEqualTo(Duration.ofSeconds(15));
        assertThat(Person.waitAfter(10)).isEqualTo(Duration.ofSeconds(15));
        assertThat(Person.waitAfter(11)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Person.waitAfter(12)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Person.waitAfter(500)).isEqualTo(Person.LONGEST_WAIT);
    }

    @Test
    void failuresFifteenMinutesApartAreForgotten() {
        Person p = person();
        Instant at = START;
        for (int i = 0; i < Person.LOCK_AFTER + 5; i++) {
            assertThat(p.signInFailed(at)).isFalse();
            at = at.plus(Person.FAILURES_FORGOTTEN);
        }
        assertThat(p.lockedUntil()).isNull();

        Person q = person();
        Instant near = START;
        for (int i = 0; i < Person.LOCK_AFTER - 1; i++) {
            q.signInFailed(near);
            near = near.plus(Person.FAILURES_FORGOTTEN).minusSeconds(1);
        }
        assertThat(q.signInFailed(near)).as("the window slides with each failure").isTrue();
    }

    @Test
    void aSuccessfulSignInAnUnlockOrANewPasswordStartsTheCountAgain() {
        Person signedIn = lockedOut();
        signedIn.signedIn();
        assertThat(signedIn.lockedAt(START.plusSeconds(101))).isFalse();
        failTimes(signedIn, Person.LOCK_AFTER - 1, START.plusSeconds(200));
        assertThat(signedIn.lockedUntil()).isNull();

        Person unlocked = lockedOut();
        unlocked.unlock();
        assertThat(unlocked.lockedUntil()).isNull();
        assertThat(unlocked.signInFailed(START.plusSeconds(101))).isFalse();

        Person changed = lockedOut();
        changed.requirePasswordChange();
        assertThat(changed.mustChangePassword()).isTrue();
        Instant at = START.plusSeconds(101);
        changed.changePassword("hash-2", at);
        assertThat(changed.passwordHash()).isEqualTo("hash-2");
        assertThat(changed.passwordChangedAt()).isEqualTo(at);
        assertThat(changed.mustChangePassword()).as("the forced change is done").isFalse();
        assertThat(changed.lockedAt(at)).isFalse();
        assertThat(changed.signInFailed(at)).isFalse();
    }

    @Test
    void aSecondFactorIsInUseOnlyOnceACodeFromItIsConfirmedAndACodeIsNeverTakenTwice() {
        Person p = person();
        p.startSecondFactor("JBSWY3DPEHPK3PXP");
        assertThat(p.hasSecondFactor()).isFalse();
        assertThat(p.totpSecret()).isEqualTo("JBSWY3DPEHPK3PXP");

        p.confirmSecondFactor(59_000_001L, START);
        assertThat(p.hasSecondFactor()).isTrue();
        assertThat(p.secondFactorSince()).isEqualTo(START);
        p.codeUsed(59_000_003L);
        p.codeUsed(59_000_002L);
        assertThat(p.totpLastStep()).as("never back to an earlier step").isEqualTo(59_000_003L);

        p.startSecondFactor("KRSXG5CTMVRXEZLU");
        assertThat(p.hasSecondFactor()).as("a new secret waits for its own code").isFalse();
        assertThat(p.totpLastStep()).isZero();

        p.confirmSecondFactor(59_000_010L, START.plusSeconds(60));
        p.removeSecondFactor();
        assertThat(p.hasSecondFactor()).isFalse();
        assertThat(p.totpSecret()).isNull();
    }

    @Test
    void theAdministratorChangesNameAddressOrganisationAndRolesButNotTheUserNameOrPassword() {
        Person p = person();
        p.change("Rhiannon Prys-Jones", "rhiannon.pj@example.org", 4L, Set.of(Role.SENIOR, Role.OFFICER));

        assertThat(p.displayName()).isEqualTo("Rhiannon Prys-Jones");
        assertThat(p.email()).isEqualTo("rhiannon.pj@example.org");
        assertThat(p.organisationId()).isEqualTo(4L);
        assertThat(p.roles()).containsExactlyInAnyOrder(Role.SENIOR, Role.OFFICER);
        assertThat(p.username()).isEqualTo("chscb.officer");
        assertThat(p.passwordHash()).isEqualTo("hash-1");

        p.change("Rhiannon Prys-Jones", "rhiannon.pj@example.org", 4L, Set.of(Role.SENIOR));
        assertThat(p.roles()).as("a role taken away is gone").containsExactly(Role.SENIOR);
    }

    @Test
    void aDeactivatedPersonCanBeReactivated() {
        Person p = person();
        assertThat(p.active()).isTrue();
        p.deactivate();
        assertThat(p.active()).isFalse();
        p.reactivate();
        assertThat(p.active()).isTrue();
    }

    private static Person lockedOut() {
        Person p = person();
        failTimes(p, Person.LOCK_AFTER - 1, START);
        p.signInFailed(START.plusSeconds(100));
        assertThat(p.lockedAt(START.plusSeconds(101))).isTrue();
        return p;
    }

    private static void failTimes(Person p, int times, Instant from) {
        for (int i = 0; i < times; i++) {
            p.signInFailed(from.plusSeconds(i));
        }
    }
}
