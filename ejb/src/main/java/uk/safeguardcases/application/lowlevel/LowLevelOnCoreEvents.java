package uk.safeguardcases.application.lowlevel;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.ConcernRaisedAbout;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.cases.TriageDecisionChecked;
import uk.safeguardcases.domain.cases.TriageRecorded;
import uk.safeguardcases.domain.lowlevel.LowLevelAction;
import uk.safeguardcases.domain.lowlevel.LowLevelOutcome;
import uk.safeguardcases.domain.lowlevel.LowLevelConcern;
import uk.safeguardcases.domain.lowlevel.LowLevelConcernRepository;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * What the register does when the core acts, in the core's transaction: a concern triage keeps as a low-level concern
 * is refused where it cannot be one and otherwise kept in the register; a concern raised about a member counts
 * towards their pattern.
 */
@Stateless
public class LowLevelOnCoreEvents {

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
     * Refuses a low-level concern at triage where it cannot be one: the harm threshold is met (then the LADO decides),
     * or the concern names nobody with an account on the board (the register is kept per member).
     */
    public void checkAtTriage(@Observes TriageDecisionChecked checked) {
        if (!LowLevelOutcome.DECISION.equals(checked.decision())) {
            return;
        }
        SafeguardingCase c = checked.safeguardingCase();
        if (checked.harmThresholdMet()) {
            throw new InvalidInputException(Map.of("decision", Texts.text("triage.lowLevel.harmThreshold")));
        }
        if (c.subjectPersonId() == null) {
            throw new InvalidInputException(Map.of("decision", Texts.text("triage.lowLevel.noAccount")));
        }
    }

    /**
     * Triage kept the concern as a low-level concern: its summary and the officer's note are kept in the register,
     * dated when it happened (else when it was raised), naming the case. The case itself counted when it was raised.
     */
    public void recordFromTriage(@Observes TriageRecorded recorded) {
        if (!LowLevelOutcome.DECISION.equals(recorded.decision())) {
            return;
        }
        SafeguardingCase c = recorded.safeguardingCase();
        Caller caller = CallerContext.require(Role.OFFICER);
        Person member = people.byId(c.subjectPersonId()).orElseThrow();
        Instant happened = c.occurredAt() != null ? c.occurredAt() : c.raisedAt();
        LowLevelConcern concern = LowLevelConcern.fromTriage(member.id(), c.organisation().id(),
                LowLevelConcern.summaryAtTriage(c.summary(), recorded.note()),
                happened.atZone(WorkingCalendar.UK).toLocalDate(), c.id(), c.reference(), caller.username(),
                Instant.now(clock));
        concerns.add(concern);
        timeline.record(c.id(), LowLevelAction.LOW_LEVEL_CONCERN_RECORDED,
                "Kept at triage as a low-level concern in the board's register (member #" + member.id() + ").");
    }

    /** A concern was raised about a member: cases count towards the pattern with low-level concerns. */
    public void caseRaised(@Observes ConcernRaisedAbout raised) {
        patterns.check(raised.personId());
    }
}
