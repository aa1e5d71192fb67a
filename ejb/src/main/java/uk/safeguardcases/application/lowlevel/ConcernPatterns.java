package uk.safeguardcases.application.lowlevel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import uk.safeguardcases.application.PublicAddress;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.notification.BoardLetter;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.lowlevel.LowLevelAction;
import uk.safeguardcases.domain.lowlevel.LowLevelNotice;
import uk.safeguardcases.domain.lowlevel.PatternAlert;
import uk.safeguardcases.domain.lowlevel.PatternAlertRepository;
import uk.safeguardcases.domain.lowlevel.PatternRule;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * The pattern (KCSIE Part 4: low-level concerns are reviewed so that a pattern is spotted): the board's senior
 * managers are alerted once when a member reaches the board's threshold of low-level concerns and cases together
 * ({@link PatternRule}), and an alert that no longer stands once a concern it counted moved to another member is
 * withdrawn.
 */
@Stateless
public class ConcernPatterns {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private PatternAlertRepository alerts;

    @Inject
    private RegisterReadModel readModel;

    @Inject
    private LowLevelPolicies policies;

    @Inject
    private TimelineService timeline;

    @Inject
    private BoardRepository boards;

    @Inject
    private PersonRepository people;

    @Inject
    private Outbox outbox;

    /** The low-level concerns not part of a case, and the cases, about a member, each by the day it happened. */
    List<LocalDate> eventsOf(long personId) {
        List<LocalDate> events = new ArrayList<>(readModel.standaloneDaysOf(personId));
        readModel.casesAbout(personId).forEach(when -> events.add(when.atZone(WorkingCalendar.UK).toLocalDate()));
        return events;
    }

    /**
     * Alerts the board's senior managers, once per crossing, when the member reaches the board's threshold: in the
     * work page (the alert, until one of them reviews the member's entry) and by e-mail through the outbox.
     */
    public void check(long personId) {
        PatternRule rule = policies.ofBoard().rule();
        List<LocalDate> events = eventsOf(personId);
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.UK));
        LocalDate lastAlert = alerts.latestAbout(personId).map(a -> a.alertedOn(WorkingCalendar.UK)).orElse(null);
        if (!rule.alertDue(events, lastAlert, today)) {
            return;
        }
        int counted = rule.countOn(events, today);
        alerts.add(PatternAlert.given(personId, counted, Instant.now(clock), today, rule));
        timeline.record(null, LowLevelAction.LOW_LEVEL_PATTERN_ALERTED, "Member #" + personId + " reached "
                + counted + " low-level concerns and cases within " + rule.windowMonths() + " months (threshold "
                + rule.threshold() + "); the senior managers alerted.");
        tellSeniors(counted, rule);
    }

    /** The e-mail names nobody: the seniors sign in to see who (the register and the chronology). */
    private void tellSeniors(int counted, PatternRule rule) {
        Board board = boards.current();
        String link = PublicAddress.of("/officer/low-level.xhtml");
        BoardLetter letter = BoardLetter.of(board, language -> LowLevelWords.in(language, "mail.subject"),
                language -> LowLevelWords.in(language, "mail.body", counted, rule.windowMonths(), rule.threshold(),
                        link) + "\n\n" + Texts.wording(language, board.name(), board.nameCy()), false);
        for (String address : new LinkedHashSet<>(people.emailsOf(List.of(Role.SENIOR)))) {
            if (address != null && !address.isBlank()) {
                outbox.queue(null, LowLevelNotice.LOW_LEVEL_PATTERN_REACHED, address.strip(), letter.subject(),
                        letter.body());
            }
        }
    }

    /**
     * The alerts about {@code personId} that what is now recorded about them no longer reaches are withdrawn
     * ({@link PatternAlert#stillStands}).
     */
    public void withdrawNoLongerReached(long personId) {
        PatternRule rule = policies.ofBoard().rule();
        List<LocalDate> events = eventsOf(personId);
        for (PatternAlert alert : alerts.about(personId)) {
            if (!alert.stillStands(rule, events, WorkingCalendar.UK)) {
                alerts.remove(alert);
                timeline.record(null, LowLevelAction.LOW_LEVEL_ALERT_WITHDRAWN, "The pattern alert of "
                        + alert.alertedOn(WorkingCalendar.UK) + " about member #" + personId + " withdrawn: a concern"
                        + " it counted was about another member.");
            }
        }
    }
}
