package uk.safeguardcases.application.lowlevel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.lowlevel.LowLevelAction;
import uk.safeguardcases.domain.lowlevel.LowLevelConcern;
import uk.safeguardcases.domain.lowlevel.PatternAlert;
import uk.safeguardcases.domain.lowlevel.PatternAlertRepository;
import uk.safeguardcases.domain.lowlevel.RegisterReview;
import uk.safeguardcases.domain.lowlevel.RegisterReviewRepository;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * The senior managers' reviews of the register (KCSIE Part 4: low-level concerns are reviewed so that a pattern is
 * spotted), and the pattern alerts that wait for one on their work page.
 */
@Stateless
public class RegisterReviews {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private RegisterReviewRepository reviews;

    @Inject
    private PatternAlertRepository alerts;

    @Inject
    private RegisterReadModel readModel;

    @Inject
    private PersonRepository people;

    @Inject
    private TimelineService timeline;

    /**
     * A senior manager reviewed the register ({@code personId} null) or one member's entry, with a note kept in the
     * register (the board's timeline, which its administrators read too, says only that it was reviewed). Reviewing a
     * member's entry settles the alerts waiting about that member; a review of the whole register settles none, so a
     * review left on its default never silences an alert nobody looked at.
     */
    public void review(Long personId, String note) {
        Caller caller = CallerContext.require(Role.SENIOR);
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(Map.of("note", LowLevelWords.text("problem.note.missing")));
        }
        if (text.length() > LowLevelConcern.SUMMARY_MAX) {
            throw new InvalidInputException(Map.of("note", LowLevelWords.text("problem.summary.long",
                    LowLevelConcern.SUMMARY_MAX)));
        }
        if (personId != null && RegisterNames.of(readModel, List.of(personId)).isEmpty()) {
            throw new NotFoundException(LowLevelWords.text("member.notFound"));
        }
        Instant now = Instant.now(clock);
        reviews.add(new RegisterReview(personId, text, caller.username(), now));
        if (personId != null) {
            alerts.openAbout(personId).forEach(a -> a.reviewed(caller.username(), now));
        }
        timeline.record(null, LowLevelAction.LOW_LEVEL_REGISTER_REVIEWED, personId == null
                ? "The register of low-level concerns reviewed; the note is in the register."
                : "Member #" + personId + "'s entry reviewed; the note is in the register.");
    }

    /** The reviews, newest first. */
    public List<ReviewLine> reviews() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        List<RegisterReview> found = reviews.newestFirst(LowLevelRegister.MAX_LISTED);
        RegisterNames named = RegisterNames.of(readModel, found.stream().map(RegisterReview::personId)
                .filter(Objects::nonNull).toList());
        Map<String, String> staff = people.displayNames(found.stream().map(RegisterReview::reviewedBy).toList());
        return found.stream().map(r -> new ReviewLine(r.personId(), r.ofTheWholeRegister() ? null
                : named.name(r.personId()), r.note(), staff.getOrDefault(r.reviewedBy(), r.reviewedBy()),
                r.reviewedAt())).toList();
    }

    /** The alerts waiting for a senior manager's review (their work page), newest first; none for anyone else. */
    public List<AlertLine> openAlerts() {
        Caller caller = CallerContext.currentOrNull();
        if (caller == null || !caller.has(Role.SENIOR)) {
            return List.of();
        }
        List<PatternAlert> open = alerts.openNewestFirst(LowLevelRegister.MAX_LISTED);
        RegisterNames named = RegisterNames.of(readModel, open.stream().map(PatternAlert::personId).toList());
        return open.stream().map(a -> new AlertLine(a.id(), a.personId(), named.name(a.personId()), a.counted(),
                a.alertedAt())).toList();
    }
}
