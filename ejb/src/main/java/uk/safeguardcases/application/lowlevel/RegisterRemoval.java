package uk.safeguardcases.application.lowlevel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.domain.lowlevel.LowLevelAction;
import uk.safeguardcases.domain.lowlevel.LowLevelConcern;
import uk.safeguardcases.domain.lowlevel.LowLevelConcernRepository;
import uk.safeguardcases.domain.lowlevel.PatternAlert;
import uk.safeguardcases.domain.lowlevel.PatternAlertRepository;
import uk.safeguardcases.domain.lowlevel.PatternRule;
import uk.safeguardcases.domain.lowlevel.RegisterRetention;
import uk.safeguardcases.domain.lowlevel.RegisterReview;
import uk.safeguardcases.domain.lowlevel.RegisterReviewRepository;

/**
 * The register's retention (the board's nightly run): its concerns whose time has come go, then what the register
 * says about them ({@link RegisterRetention}). Each row is deleted by its id, answering whether this run deleted it:
 * two purges at once (two nodes, or the nightly job beside a hand-started run) each find it, one deletes it and the
 * other finds it gone, so it is removed, and recorded, once. (A removal of the loaded entity would fail the whole run
 * instead.)
 */
@Stateless
public class RegisterRemoval {

    @Inject
    private LowLevelConcernRepository concerns;

    @Inject
    private PatternAlertRepository alerts;

    @Inject
    private RegisterReviewRepository reviews;

    @Inject
    private RegisterReadModel readModel;

    @Inject
    private LowLevelPolicies policies;

    @Inject
    private TimelineService timeline;

    /**
     * Removes the concerns whose time has come ({@link LowLevelConcern#removable}): the member no longer belongs to
     * the organisation it was recorded against (or has no account on the board any more), and the board's years
     * since it happened have passed. Then what the register says about them goes with them: a pattern alert once
     * nothing it counted is kept, a review once nothing it could have looked at is. The timeline keeps that one was
     * removed, never what it said.
     */
    public int removeDue(LocalDate today) {
        int keepYears = policies.ofBoard().keepYears();
        List<LowLevelConcern> old = concerns.occurredOnOrBefore(today.minusYears(keepYears));
        int removed = 0;
        if (!old.isEmpty()) {
            Map<Long, Long> organisationOf = readModel.activeOrganisations(
                    old.stream().map(LowLevelConcern::personId).toList());
            for (LowLevelConcern l : old) {
                if (l.removable(organisationOf.containsKey(l.personId()), organisationOf.get(l.personId()), keepYears,
                        today) && concerns.delete(l.id())) {
                    timeline.record(l.caseId(), LowLevelAction.LOW_LEVEL_CONCERN_REMOVED, "A low-level concern of "
                            + l.occurredOn() + " removed: the member has left and " + keepYears
                            + " years have passed.");
                    removed++;
                }
            }
            concerns.writeNow();
        }
        return removed + removeAlertsAndReviewsDue();
    }

    /** The alerts nothing they counted is kept for, then the reviews nothing they looked at is kept for. */
    private int removeAlertsAndReviewsDue() {
        int removed = 0;
        PatternRule rule = policies.ofBoard().rule();
        Map<Long, List<LocalDate>> events = new HashMap<>();
        for (PatternAlert alert : alerts.all()) {
            // What it counted: the member's low-level concerns (kept at triage too: they are the case's record) and
            // the cases about them not yet removed.
            List<LocalDate> kept = events.computeIfAbsent(alert.personId(), this::keptEventsOf);
            if (alert.removable(rule, kept, WorkingCalendar.UK) && alerts.delete(alert.id())) {
                timeline.record(null, LowLevelAction.LOW_LEVEL_ALERT_REMOVED, "The pattern alert of "
                        + alert.alertedOn(WorkingCalendar.UK) + " removed: nothing it counted is kept any more.");
                removed++;
            }
        }
        alerts.writeNow();
        Map<Long, List<Instant>> keptOf = new HashMap<>();
        List<Instant> keptOfAll = new ArrayList<>();
        for (List<RegisterReadModel.Moment> moments : List.of(readModel.concernsRecorded(), readModel.alertsGiven())) {
            for (RegisterReadModel.Moment m : moments) {
                keptOf.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(m.at());
                keptOfAll.add(m.at());
            }
        }
        for (RegisterReview review : reviews.all()) {
            List<Instant> looked = review.ofTheWholeRegister() ? keptOfAll
                    : keptOf.getOrDefault(review.personId(), List.of());
            if (review.removable(looked) && reviews.delete(review.id())) {
                timeline.record(null, LowLevelAction.LOW_LEVEL_REVIEW_REMOVED, "A review of "
                        + review.reviewedAt().atZone(WorkingCalendar.UK).toLocalDate() + " removed: nothing it"
                        + " looked at is kept any more.");
                removed++;
            }
        }
        return removed;
    }

    /** The days of a member's low-level concerns and of the cases about them that are still kept. */
    private List<LocalDate> keptEventsOf(long personId) {
        List<LocalDate> days = new ArrayList<>(readModel.concernDaysOf(personId));
        readModel.casesKeptAbout(personId).forEach(when -> days.add(when.atZone(WorkingCalendar.UK).toLocalDate()));
        return days;
    }
}
