package uk.safeguardcases.application.administration;

import java.time.Clock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.people.Accounts;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * What a board administrator does with its people's accounts: sees who is locked out and lets them in again, requires
 * a new password (sending a reset link), removes a lost second factor, and chooses which roles must use one. Each is
 * written to the board's timeline.
 */
@Stateless
public class AccountAdministration {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private PersonRepository people;

    @Inject
    private TimelineService timeline;

    @Inject
    private BoardRepository boards;

    @Inject
    private Accounts accounts;

    /** Every account of the board, by user name, with what the administrator may do about it. */
    public List<AccountStatus> accounts() {
        CallerContext.require(Role.ADMIN);
        return people.allByUsername().stream()
                .map(p -> new AccountStatus(p.id(), p.username(), p.displayName(), p.active(), p.secondFactorSince(),
                        p.lockedUntil(), p.mustChangePassword())).toList();
    }

    /** The board's people locked out now (too many failed sign-ins), with until when. */
    public List<LockedAccount> locked() {
        CallerContext.require(Role.ADMIN);
        Instant now = Instant.now(clock);
        return people.lockedAt(now).stream()
                .map(p -> new LockedAccount(p.id(), p.username(), p.displayName(), p.lockedUntil())).toList();
    }

    public void unlock(long personId) {
        CallerContext.require(Role.ADMIN);
        Person person = find(personId);
        person.unlock();
        timeline.record(null, AuditAction.ACCOUNT_UNLOCKED, person.username());
    }

    /** The person must choose a new password: their old one keeps working only to reach that page; a link is sent. */
    public void requireNewPassword(long personId) {
        CallerContext.require(Role.ADMIN);
        Person person = find(personId);
        person.requirePasswordChange();
        timeline.record(null, AuditAction.PASSWORD_CHANGE_REQUIRED, person.username());
        accounts.sendResetForAdministrator(person.id());
    }

    /** A person who lost their authenticator app and recovery codes sets it up again at their next sign-in. */
    public void removeSecondFactor(long personId) {
        CallerContext.require(Role.ADMIN);
        Person person = find(personId);
        person.removeSecondFactor();
        timeline.record(null, AuditAction.SECOND_FACTOR_REMOVED, person.username());
    }

    public Set<Role> secondFactorRoles() {
        CallerContext.require(Role.ADMIN);
        return boards.current().secondFactorRoles();
    }

    public void requireSecondFactorFor(Set<Role> roles) {
        CallerContext.require(Role.ADMIN);
        Board board = boards.current();
        Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        chosen.removeIf(role -> !role.forPeople());
        Set<Role> before = board.secondFactorRoles();
        if (!before.equals(chosen)) {
            board.requireSecondFactorFor(chosen);
            timeline.record(null, AuditAction.SECOND_FACTOR_ROLES_CHANGED, "'" + PeopleAdministration.labels(before)
                    + "' → '" + PeopleAdministration.labels(chosen) + "'");
        }
    }

    private Person find(long id) {
        return people.byId(id)
                .orElseThrow(() -> new NotFoundException(Texts.text("notFound.person")));
    }
}
