package uk.safeguardcases.application.practitioner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.cases.CaseDeadlines;
import uk.safeguardcases.application.cases.DeadlineKind;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.calendar.WorkingDays;
import uk.safeguardcases.domain.practitioner.DesignatedPersonDeadline;
import uk.safeguardcases.domain.practitioner.PractitionerConcernRepository;
import uk.safeguardcases.domain.practitioner.PractitionerConcernRepository.Awaiting;

/**
 * The designated person's deadline (Wales Safeguarding Procedures, Section 5: within 24 hours, or by the next working
 * day if out of hours) where the core lists deadlines: the case page, the case list and the dashboard. On a Welsh or
 * bilingual board's open cases about a member of a partner organisation, until the designated person is recorded as
 * told; an English-only board's cases have none.
 */
@ApplicationScoped
public class DesignatedPersonDeadlines implements CaseDeadlines {

    /** Worded {@code DeadlineKind.PRACTITIONER_DESIGNATED_PERSON} in the practitioner bundle. */
    public static final DeadlineKind DESIGNATED_PERSON = DeadlineKind.contributed("PRACTITIONER_DESIGNATED_PERSON",
            "Designated safeguarding person told");

    @Inject
    private Clock clock;

    @Inject
    private BoardRepository boards;

    @Inject
    private WorkingCalendar calendar;

    @Inject
    private PractitionerConcernRepository concerns;

    @Override
    public List<DeadlineKind> kinds() {
        return List.of(DESIGNATED_PERSON);
    }

    @Override
    public List<Running> running(Collection<Long> caseIds) {
        if (caseIds.isEmpty() || !boards.current().welshInterface()) {
            return List.of();
        }
        return deadlines(concerns.awaitingDesignatedPerson(caseIds));
    }

    @Override
    public List<Running> dueBefore(Instant before, int most) {
        if (!boards.current().welshInterface()) {
            return List.of();
        }
        // A deadline is a day or so after the case is raised: the timer's look-back finds every one still running.
        Instant since = Instant.now(clock).minus(Duration.ofDays(PractitionerConcerns.LOOK_BACK_DAYS));
        return deadlines(concerns.awaitingDesignatedPersonSince(since)).stream()
                .filter(d -> d.due().isBefore(before)).limit(most).toList();
    }

    private List<Running> deadlines(List<Awaiting> cases) {
        WorkingDays days = calendar.workingDays();
        return cases.stream().map(c -> new Running(c.caseId(), c.reference(), c.subjectName(), DESIGNATED_PERSON,
                DesignatedPersonDeadline.from(c.raisedAt(), days).due())).toList();
    }
}
