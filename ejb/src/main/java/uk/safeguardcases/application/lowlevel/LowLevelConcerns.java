package uk.safeguardcases.application.lowlevel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.lowlevel.LowLevelAction;
import uk.safeguardcases.domain.lowlevel.LowLevelConcern;
import uk.safeguardcases.domain.lowlevel.LowLevelConcernRepository;
import uk.safeguardcases.domain.lowlevel.PatternRule;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * Low-level concerns (KCSIE Part 4's second tier, issue 41) recorded directly by an officer (or a senior manager) in
 * the board's register, and moved when recorded against the wrong member. Those kept at triage are recorded by
 * {@link LowLevelOnCoreEvents}; the register is read through {@link LowLevelRegister}, reviewed through
 * {@link RegisterReviews}, and the pattern is {@link ConcernPatterns}'. Everything here is the caller's board's: the
 * entities carry its tenant id and Hibernate filters every query on it.
 */
@Stateless
public class LowLevelConcerns {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private LowLevelConcernRepository concerns;

    @Inject
    private PersonRepository people;

    @Inject
    private TimelineService timeline;

    @Inject
    private ConcernPatterns patterns;

    /**
     * Records a low-level concern directly about a member, found by user name (as
     * {@link #record(Long, String, LocalDate)}; a user name of another board, or nobody's, is "choose a member").
     */
    public long record(String memberUsername, String summary, LocalDate occurredOn) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        Long id = memberUsername == null || memberUsername.isBlank() ? null
                : people.idOf(memberUsername.strip()).orElse(-1L);
        return record(id, summary, occurredOn).id();
    }

    /**
     * Records a low-level concern directly about the member {@code memberId} (the id the form posts): what happened
     * and when ({@link LowLevelConcern#datable}: not in the future, not before the last ten years). The member must
     * be an active member of the caller's board. Then the pattern is checked. Answers the concern's id and the name
     * of the member it was recorded about, which the confirmation shows.
     */
    public Recorded record(Long memberId, String summary, LocalDate occurredOn) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        Map<String, String> problems = new LinkedHashMap<>();
        Person member = null;
        if (memberId == null) {
            problems.put("member", LowLevelWords.text("problem.member.missing"));
        } else {
            member = activeMember(memberId, caller);
            if (member == null) {
                problems.put("member", LowLevelWords.text("problem.member.unknown"));
            }
        }
        String what = summary == null ? "" : summary.strip();
        if (what.isEmpty()) {
            problems.put("summary", LowLevelWords.text("problem.summary.missing"));
        } else if (what.length() > LowLevelConcern.SUMMARY_MAX) {
            problems.put("summary", LowLevelWords.text("problem.summary.long", LowLevelConcern.SUMMARY_MAX));
        }
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.UK));
        if (occurredOn == null) {
            problems.put("occurredOn", LowLevelWords.text("problem.when.missing"));
        } else if (!LowLevelConcern.datable(occurredOn, today)) {
            problems.put("occurredOn", LowLevelWords.text("problem.when.range"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LowLevelConcern concern = LowLevelConcern.recorded(member.id(), member.organisationId(), what, occurredOn,
                caller.username(), Instant.now(clock));
        concerns.add(concern);
        timeline.record(null, LowLevelAction.LOW_LEVEL_CONCERN_RECORDED,
                "Recorded directly in the board's register (member #" + member.id() + ").");
        concerns.writeNow();
        patterns.check(member.id());
        return new Recorded(concern.id(), member.id(), member.displayName());
    }

    /** A concern recorded (or moved), the member it is now about and their name. */
    public record Recorded(long id, long memberId, String memberName) implements java.io.Serializable {
    }

    /**
     * The board's active member {@code id}, or null: another board's person (the tenant filter, and the tenant checked
     * again here), someone without the member role, or an account closed.
     */
    private Person activeMember(long id, Caller caller) {
        return people.byId(id).filter(p -> caller.tenantId().equals(p.tenantId()) && p.active()
                && p.roles().contains(Role.MEMBER)).orElse(null);
    }

    /**
     * A concern recorded directly against the wrong member moves to the right one ({@code toMemberId}, an active
     * member of the board), with the officer's reason kept on the concern ({@link LowLevelConcern#moveTo}); the
     * timeline names the two members by number only. The alerts are looked at again for both: the member it now
     * belongs to may reach the threshold; an alert about the member it left that no longer stands without it is
     * withdrawn ({@link PatternRule#stillReached}).
     */
    public Recorded move(long concernId, Long toMemberId, String reason) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        LowLevelConcern concern = concerns.byId(concernId).orElse(null);
        if (concern == null) {
            throw new InvalidInputException(Map.of("concern", LowLevelWords.text("problem.concern.unknown")));
        }
        Person to = toMemberId == null ? null : activeMember(toMemberId, caller);
        if (to == null) {
            throw new InvalidInputException(Map.of("member", LowLevelWords.text(toMemberId == null
                    ? "problem.member.missing" : "problem.member.unknown")));
        }
        LowLevelConcern.MoveRefusal refused = concern.moveRefused(to.id(), reason);
        if (refused != null) {
            throw new InvalidInputException(Map.of(refused == LowLevelConcern.MoveRefusal.REASON_NEEDED
                    || refused == LowLevelConcern.MoveRefusal.REASON_TOO_LONG ? "reason" : "concern",
                    LowLevelWords.text("problem.move." + refused.name())));
        }
        long from = concern.personId();
        concern.moveTo(to.id(), to.organisationId(), reason, caller.username(), Instant.now(clock));
        timeline.record(null, LowLevelAction.LOW_LEVEL_CONCERN_MOVED, "A low-level concern of " + concern.occurredOn()
                + " moved from member #" + from + " to member #" + to.id()
                + ": recorded against the wrong member; the reason is in the register.");
        concerns.writeNow();
        patterns.withdrawNoLongerReached(from);
        patterns.check(to.id());
        return new Recorded(concern.id(), to.id(), to.displayName());
    }
}
