package uk.safeguardcases.application.practitioner;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.deadline.Deadline;
import uk.safeguardcases.domain.practitioner.DesignatedPersonDeadline;
import uk.safeguardcases.domain.practitioner.PractitionerAction;
import uk.safeguardcases.domain.practitioner.PractitionerConcern;
import uk.safeguardcases.domain.practitioner.PractitionerConcernRepository;
import uk.safeguardcases.domain.practitioner.PractitionerOutcome;
import uk.safeguardcases.domain.practitioner.ThresholdCriterion;
import uk.safeguardcases.domain.people.Role;

/**
 * Concerns about practitioners and those in positions of trust (Wales Safeguarding Procedures, Section 5), kept by a
 * Welsh or bilingual board on each case about a member of a partner agency: the designated person's deadline, the
 * threshold criteria considered, the outcome and the transferable risk. The board's officers record them; its seniors
 * read them; another board's case is not found, and an English board has none.
 */
@Stateless
public class PractitionerConcerns {

    @Inject
    private Clock clock;

    @Inject
    private CaseLookup cases;

    @Inject
    private BoardRepository boards;

    @Inject
    private WorkingCalendar calendar;

    @Inject
    private PractitionerConcernRepository concerns;

    @Inject
    private TimelineService timeline;

    @Inject
    private PractitionerMail mail;

    /** The case's practitioner concern; empty on a board whose pages are English only, or a case about nobody's staff. */
    public Optional<PractitionerView> ofCase(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = cases.toRead(reference);
        if (!applies(c)) {
            return Optional.empty();
        }
        return Optional.of(view(c, concerns.ofCase(c.id()).orElse(null)));
    }

    /** Section 5 applies to a Welsh or bilingual board's case about a member of a partner organisation. */
    public boolean applies(SafeguardingCase c) {
        return boards.current().welshInterface() && c.organisation() != null;
    }

    /** The designated person's deadline for the case, on the board's calendar. */
    public Deadline designatedPersonDeadline(SafeguardingCase c) {
        return DesignatedPersonDeadline.from(c.raisedAt(), calendar.workingDays());
    }

    /** The officer answers every threshold criterion ({@code answers}: criterion's name → "yes" or "no"). */
    public void considerThreshold(String reference, Map<String, String> answers) {
        Caller officer = CallerContext.require(Role.OFFICER);
        SafeguardingCase c = found(reference);
        Map<String, String> problems = new LinkedHashMap<>();
        Map<ThresholdCriterion, Boolean> given = new EnumMap<>(ThresholdCriterion.class);
        for (ThresholdCriterion criterion : ThresholdCriterion.values()) {
            String answer = answers == null ? null : answers.get(criterion.name());
            if ("yes".equals(answer) || "no".equals(answer)) {
                given.put(criterion, "yes".equals(answer));
            } else {
                problems.put(criterion.name(), PractitionerWords.text("threshold.unanswered"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PractitionerConcern concern = concernOf(c);
        concern.considerThreshold(given, officer.username(), Instant.now(clock));
        List<String> met = new ArrayList<>();
        given.forEach((criterion, yes) -> {
            if (yes) {
                met.add(criterion.name());
            }
        });
        timeline.record(c.id(), PractitionerAction.PRACTITIONER_THRESHOLD_RECORDED, met.isEmpty()
                ? "No threshold criterion met (" + given.size() + " considered)."
                : "Threshold met: " + String.join(", ", met) + " (" + given.size() + " considered).");
    }

    /** The designated person was told of the concern (who they are, and when), against their deadline. */
    public void designatedPersonTold(String reference, String whom, String when) {
        Caller officer = CallerContext.require(Role.OFFICER);
        SafeguardingCase c = found(reference);
        Map<String, String> problems = new LinkedHashMap<>();
        String person = text(problems, "designatedPerson", whom, 200, true);
        Instant at = moment(problems, "designatedToldAt", when);
        if (at != null && at.isBefore(c.raisedAt().minusSeconds(60))) {
            problems.put("designatedToldAt", PractitionerWords.text("told.beforeRaised"));
        }
        if (at != null && at.isAfter(Instant.now(clock))) {
            problems.put("designatedToldAt", PractitionerWords.text("date.future"));
        }
        PractitionerConcern concern = concernOf(c);
        if (concern.designatedToldAt() != null) {
            problems.put("designatedPerson", PractitionerWords.text("told.already"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        concern.designatedPersonTold(person, at, officer.username());
        Deadline due = designatedPersonDeadline(c);
        timeline.record(c.id(), PractitionerAction.PRACTITIONER_DESIGNATED_PERSON_TOLD, "Told "
                + WorkingCalendar.describe(at) + "; due by " + WorkingCalendar.describe(due.due())
                + (at.isAfter(due.due()) ? " (late)." : " (in time)."));
    }

    /**
     * The check the board's timer runs (as its system caller): every concern of the board whose designated person's
     * deadline has passed with nobody recorded as told goes on its case's timeline and to the board's senior managers,
     * once. Only cases raised in the last {@link #LOOK_BACK_DAYS} days are looked at (a deadline is days, not weeks,
     * after the case is raised). Answers how many were found late.
     */
    public int checkDesignatedPersonDeadlines() {
        if (!boards.current().welshInterface()) {
            return 0;
        }
        Instant now = Instant.now(clock);
        int late = 0;
        for (long id : concerns.casesAwaitingDesignatedPerson(now.minus(java.time.Duration.ofDays(LOOK_BACK_DAYS)))) {
            SafeguardingCase c = cases.byId(id);
            Deadline due = designatedPersonDeadline(c);
            if (!now.isAfter(due.due()) || !concernOf(c).missDesignatedDeadline(now)) {
                continue;
            }
            timeline.record(c.id(), PractitionerAction.PRACTITIONER_DESIGNATED_PERSON_DEADLINE_MISSED,
                    "The designated person was not recorded as told by " + WorkingCalendar.describe(due.due())
                            + "; escalated to the senior managers.");
            mail.designatedDeadlineMissed(c, due);
            late++;
        }
        return late;
    }

    /** How far back the check looks for a case whose designated person is not yet told. */
    static final int LOOK_BACK_DAYS = 30;

    /** The outcome under Section 5, with the officer's note. */
    public void recordOutcome(String reference, String outcome, String note) {
        Caller officer = CallerContext.require(Role.OFFICER);
        SafeguardingCase c = found(reference);
        Map<String, String> problems = new LinkedHashMap<>();
        PractitionerOutcome chosen = null;
        try {
            chosen = outcome == null ? null : PractitionerOutcome.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            chosen = null;
        }
        if (chosen == null) {
            problems.put("outcome", PractitionerWords.text("outcome.missing"));
        }
        String words = text(problems, "outcomeNote", note, 4000, false);
        PractitionerConcern concern = concernOf(c);
        if (chosen == PractitionerOutcome.STRATEGY_MEETING && concern.thresholdConsidered()
                && !concern.thresholdMet()) {
            problems.put("outcome", PractitionerWords.text("outcome.thresholdNotMet"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        concern.recordOutcome(chosen, words, officer.username(), Instant.now(clock));
        timeline.record(c.id(), PractitionerAction.PRACTITIONER_OUTCOME_RECORDED, chosen.name()
                + (words == null ? "" : ": " + words));
    }

    /**
     * The transferable risk: the other roles the person is known to hold (other employment, volunteering; "none
     * known" is an answer), whom the board told of the concern, and on which day ({@code toldOn} as yyyy-MM-dd).
     */
    public void recordTransferableRisk(String reference, String otherRoles, String toldWhom, String toldOn) {
        Caller officer = CallerContext.require(Role.OFFICER);
        SafeguardingCase c = found(reference);
        Map<String, String> problems = new LinkedHashMap<>();
        String roles = text(problems, "otherRoles", otherRoles, PractitionerConcern.MAX_TEXT, true);
        String whom = text(problems, "riskToldWhom", toldWhom, PractitionerConcern.MAX_TEXT, false);
        LocalDate on = null;
        if (toldOn != null && !toldOn.isBlank()) {
            try {
                on = LocalDate.parse(toldOn.strip());
                if (on.isAfter(LocalDate.now(clock.withZone(WorkingCalendar.UK)))) {
                    problems.put("riskToldOn", PractitionerWords.text("date.future"));
                }
            } catch (DateTimeParseException e) {
                problems.put("riskToldOn", PractitionerWords.text("date.invalid"));
            }
        }
        if (whom != null && on == null && !problems.containsKey("riskToldOn")) {
            problems.put("riskToldOn", PractitionerWords.text("risk.whenMissing"));
        }
        if (whom == null && on != null) {
            problems.put("riskToldWhom", PractitionerWords.text("risk.whomMissing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        concernOf(c).recordTransferableRisk(roles, whom, on, officer.username(), Instant.now(clock));
        timeline.record(c.id(), PractitionerAction.PRACTITIONER_TRANSFERABLE_RISK_RECORDED,
                whom == null ? "Other roles recorded; nobody told yet." : "Other roles recorded; told on " + on + ".");
    }

    /** The case's record as the referral pack carries it, in the board's own languages; empty where none applies. */
    public Optional<PractitionerConcern> recordOf(SafeguardingCase c) {
        return applies(c) ? concerns.ofCase(c.id()) : Optional.empty();
    }

    /** Retention: the records of the caller's board's cases removed under the board's rule go with them. */
    public int removeOfRemovedCases() {
        return concerns.removeOfRemovedCases();
    }

    private SafeguardingCase found(String reference) {
        SafeguardingCase c = cases.byReference(reference);
        if (!applies(c)) {
            throw new InvalidInputException(Map.of("case", PractitionerWords.text("notApplicable")));
        }
        return c;
    }

    private PractitionerConcern concernOf(SafeguardingCase c) {
        return concerns.ofCase(c.id()).orElseGet(() -> {
            PractitionerConcern added = new PractitionerConcern(c.id());
            concerns.add(added);
            return added;
        });
    }

    private PractitionerView view(SafeguardingCase c, PractitionerConcern p) {
        Deadline due = designatedPersonDeadline(c);
        Instant now = Instant.now(clock);
        List<PractitionerView.Criterion> criteria = new ArrayList<>();
        Map<ThresholdCriterion, Boolean> answers = p == null ? Map.of() : p.threshold();
        for (ThresholdCriterion criterion : ThresholdCriterion.values()) {
            criteria.add(new PractitionerView.Criterion(criterion.name(), answers.get(criterion)));
        }
        if (p == null) {
            return new PractitionerView(c.reference(), due.due(), due.stateAt(now, null), null, null, null, criteria,
                    false, false, null, null, null, null, null, null, null, null, null, null, null);
        }
        return new PractitionerView(c.reference(), due.due(), due.stateAt(now, p.designatedToldAt()),
                p.designatedPerson(), p.designatedToldAt(), p.designatedRecordedBy(), criteria,
                p.thresholdConsidered(), p.thresholdMet(), p.thresholdBy(), p.thresholdAt(), p.outcome(),
                p.outcomeNote(), p.outcomeBy(), p.outcomeAt(), p.otherRoles(), p.riskToldWhom(), p.riskToldOn(),
                p.riskBy(), p.riskAt());
    }

    /** The text as typed (only the ends trimmed); null when blank and not required. */
    private static String text(Map<String, String> problems, String field, String value, int most, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                problems.put(field, PractitionerWords.text("input.required"));
            }
            return null;
        }
        if (text.codePointCount(0, text.length()) > most) {
            problems.put(field, PractitionerWords.text("input.tooLong", most));
        }
        return text;
    }

    /** A moment as the page sends it (yyyy-MM-ddTHH:mm, UK time); blank is now. */
    private Instant moment(Map<String, String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return Instant.now(clock);
        }
        try {
            return java.time.LocalDateTime.parse(value.strip()).atZone(WorkingCalendar.UK).toInstant();
        } catch (DateTimeParseException e) {
            problems.put(field, PractitionerWords.text("date.invalid"));
            return null;
        }
    }
}
