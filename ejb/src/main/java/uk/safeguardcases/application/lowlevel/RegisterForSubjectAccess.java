package uk.safeguardcases.application.lowlevel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.domain.lowlevel.LowLevelConcern;
import uk.safeguardcases.domain.lowlevel.LowLevelConcernRepository;
import uk.safeguardcases.domain.lowlevel.PatternAlert;
import uk.safeguardcases.domain.lowlevel.PatternAlertRepository;
import uk.safeguardcases.domain.lowlevel.PatternRule;
import uk.safeguardcases.domain.lowlevel.RegisterReview;
import uk.safeguardcases.domain.lowlevel.RegisterReviewRepository;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;

/** What the register holds about a member, for their subject access answer (its parts: {@link LowLevelRegistrations}). */
@Stateless
public class RegisterForSubjectAccess {

    @Inject
    private LowLevelConcernRepository concerns;

    @Inject
    private RegisterReviewRepository reviews;

    @Inject
    private PatternAlertRepository alerts;

    @Inject
    private PersonRepository people;

    @Inject
    private LowLevelPolicies policies;

    /**
     * The member's low-level concerns: when, what, from which case, when recorded. Not who recorded it nor who raised
     * the underlying concern (a third party, Data Protection Act 2018 Schedule 2 paragraph 16); the case's own part
     * of the answer treats the case as it always has.
     */
    public List<Object> concerns(Person account) {
        if (account == null) {
            return List.of();
        }
        List<Object> items = new ArrayList<>();
        for (LowLevelConcern l : concerns.ofPersonOldestFirst(account.id())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("occurredOn", l.occurredOn().toString());
            item.put("summary", l.summary());
            item.put("caseReference", l.caseReference());
            item.put("recordedAt", l.recordedAt().toString());
            if (l.correctedAt() != null) {
                // Moved to them from the member it was wrongly recorded against: when, not whom.
                item.put("movedToYou", l.correctedAt().toString());
            }
            items.add(item);
        }
        return items;
    }

    /**
     * The senior managers' reviews of the member's own entry: when, by whom (staff of the board, acting in their role,
     * as the officers of a case are named) and the note, which is their opinion about the member and so the member's
     * data. No exemption of the Data Protection Act 2018 takes the note out as such (it is not a management forecast,
     * Sch. 2 para. 22, nor a confidential reference, para. 24); a third party it names is marked in the request's
     * redactions, which apply to every part (para. 16). Reviews of the whole register are about no one member and are
     * not given.
     */
    public List<Object> reviews(Person account) {
        if (account == null) {
            return List.of();
        }
        List<Object> items = new ArrayList<>();
        List<RegisterReview> own = reviews.ofPersonOldestFirst(account.id());
        Map<String, String> staff = people.displayNames(own.stream().map(RegisterReview::reviewedBy).toList());
        for (RegisterReview r : own) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("reviewed", r.reviewedAt().toString());
            item.put("reviewedBy", staff.getOrDefault(r.reviewedBy(), r.reviewedBy()));
            item.put("note", r.note());
            items.add(item);
        }
        return items;
    }

    /**
     * The pattern alerts about the member: when the senior managers were alerted, how many low-level concerns and
     * cases were counted and since when, and when a review settled it. Never which concerns, nor who raised them:
     * those are in the answer's own parts, each as it is given there.
     */
    public List<Object> alerts(Person account) {
        if (account == null) {
            return List.of();
        }
        PatternRule rule = policies.ofBoard().rule();
        List<Object> items = new ArrayList<>();
        for (PatternAlert a : alerts.aboutOldestFirst(account.id())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("alerted", a.alertedAt().toString());
            item.put("counted", String.valueOf(a.counted()));
            item.put("countedAfter", a.countedAfter(rule, WorkingCalendar.UK).toString());
            item.put("settledByAReview", a.reviewedAt() == null ? null : a.reviewedAt().toString());
            items.add(item);
        }
        return items;
    }
}
