package uk.safeguardcases.domain.people;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Who may see which cases on their board, enforced below the services like the board itself (DESIGN.md, "Who uses
 * it"): an HR partner only the cases referred to their own organisation, a member only the cases about themselves;
 * the board's officers, seniors and administrators every case of their board. Two Hibernate filters, enabled on every
 * session, put these limits into every query on a case and on what belongs to it ({@link #HR_ORGANISATION},
 * {@link #OWN_CASES}), so a service that forgets to check cannot show another organisation's or another member's case.
 *
 * <p>The domain does not know who is calling: the infrastructure tells it once, at start-up ({@link #readFrom}).
 */
public final class AccessScope {

    /** The filter that limits an HR partner to their organisation's referrals. */
    public static final String HR_ORGANISATION = "hrOrganisation";
    /** The filter that limits a member to the cases about themselves. */
    public static final String OWN_CASES = "ownCases";

    /** The parameter values that mean "no limit": board staff, jobs, nobody. */
    public static final long ANY_ORGANISATION = -1;
    public static final String ANY_MEMBER = "";
    /** An organisation no referral is ever made to (ids are positive): the HR limit with it lets nothing through. */
    public static final long NO_ORGANISATION = -2;

    /** The limits of one caller. */
    public record Limits(long hrOrganisation, String member) {
        public static final Limits NONE = new Limits(ANY_ORGANISATION, ANY_MEMBER);
        /** No case at all: a person whose roles limit them but whose record lacks what the limit is drawn from. */
        public static final Limits NOTHING = new Limits(NO_ORGANISATION, ANY_MEMBER);
    }

    private static volatile Supplier<Limits> current = () -> Limits.NONE;

    private AccessScope() {
    }

    /** Where the limits of whoever is calling now come from (set once, by the infrastructure). */
    public static void readFrom(Supplier<Limits> callerLimits) {
        current = callerLimits;
    }

    /** The limits of whoever is calling now ({@link Limits#NONE} for board staff, jobs and nobody). */
    public static Limits now() {
        return current.get();
    }

    /**
     * The limits of a caller with these roles: board staff are limited by nothing but their board; a person who is
     * an HR partner (and not board staff) sees their organisation's referrals; one who is only a member, their own
     * cases. The board's monitoring tool ({@link Role#INTAKE}) and the engine and jobs (no roles:
     * {@code Caller.system}) act for the board as a whole; what they may do is limited by the services they reach.
     * An HR partner with no organisation, or a member with no username, sees nothing: a missing organisation or
     * username must never widen a limit into none. (A caller with no roles at all is taken for the engine or a job;
     * a person with none reaches no page or service, each of which requires a role.)
     */
    public static Limits of(Set<Role> roles, Long organisationId, String username) {
        if (roles.isEmpty() || roles.contains(Role.OFFICER) || roles.contains(Role.SENIOR)
                || roles.contains(Role.ADMIN) || roles.contains(Role.INTAKE)) {
            return Limits.NONE;
        }
        if (roles.contains(Role.HR)) {
            // An HR partner who is also a member: the organisation's referrals are theirs to see, and the member limit
            // alone would hide them, so the HR limit applies (it is the wider one for what HR does).
            return organisationId == null || organisationId <= 0 ? Limits.NOTHING
                    : new Limits(organisationId, ANY_MEMBER);
        }
        if (roles.contains(Role.MEMBER) && username != null && !username.isBlank()) {
            return new Limits(ANY_ORGANISATION, username);
        }
        return Limits.NOTHING;
    }

    /** The value of the {@code organisationId} parameter of {@link #HR_ORGANISATION}. */
    public static final class HrOrganisation implements Supplier<Long> {
        @Override
        public Long get() {
            return current.get().hrOrganisation();
        }
    }

    /** The value of the {@code member} parameter of {@link #OWN_CASES}. */
    public static final class Member implements Supplier<String> {
        @Override
        public String get() {
            return current.get().member();
        }
    }
}
