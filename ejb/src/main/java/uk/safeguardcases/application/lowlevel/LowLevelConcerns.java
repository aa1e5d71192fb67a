package uk.safeguardcases.application.lowlevel;

import java.time.Clock;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PublicAddress;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.ReadAudit;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.domain.lowlevel.LowLevelReading;
import uk.safeguardcases.domain.lowlevel.RegisterRetention;
import uk.safeguardcases.domain.cases.ConcernRaisedAbout;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.cases.TriageDecisionChecked;
import uk.safeguardcases.domain.cases.TriageRecorded;
import uk.safeguardcases.application.notification.BoardLetter;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.lowlevel.LowLevelAction;
import uk.safeguardcases.domain.lowlevel.LowLevelConcern;
import uk.safeguardcases.domain.lowlevel.LowLevelNotice;
import uk.safeguardcases.domain.lowlevel.LowLevelPolicy;
import uk.safeguardcases.domain.lowlevel.PatternAlert;
import uk.safeguardcases.domain.lowlevel.PatternRule;
import uk.safeguardcases.domain.lowlevel.RegisterReview;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * Low-level concerns (KCSIE Part 4's second tier, issue 41): recorded at triage instead of an investigation or
 * directly by an officer, kept in the board's register per member, reviewed by its senior managers, who are alerted
 * once when a member reaches the board's threshold of low-level concerns and cases together ({@link PatternRule}).
 * Everything here is the caller's board's: the entities carry its tenant id and Hibernate filters every query on it.
 */
@Stateless
public class LowLevelConcerns {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int MAX_TEXT = 4000;
    private static final int MAX_LISTED = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimelineService timeline;

    @Inject
    private PersonRepository people;

    @Inject
    private BoardRepository boards;

    @Inject
    private Outbox outbox;

    @Inject
    private ReadAudit reads;

    // ------------------------------------------------------------------ recording

    /**
     * Refuses a low-level concern at triage where it cannot be one: the harm threshold is met (then the LADO decides),
     * or the concern names nobody with an account on the board (the register is kept per member).
     */
    public void checkAtTriage(@Observes TriageDecisionChecked checked) {
        if (checked.decision() != TriageDecision.LOW_LEVEL_CONCERN) {
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
        if (recorded.decision() != TriageDecision.LOW_LEVEL_CONCERN) {
            return;
        }
        SafeguardingCase c = recorded.safeguardingCase();
        String note = recorded.note();
        Caller caller = CallerContext.require(Role.OFFICER);
        Person member = people.byId(c.subjectPersonId()).orElseThrow();
        Instant happened = c.occurredAt() != null ? c.occurredAt() : c.raisedAt();
        String summary = clip(c.summary() + (note == null || note.isBlank() ? "" : "\n\n" + note.strip()));
        LowLevelConcern concern = LowLevelConcern.fromTriage(member.id(), c.organisation().id(), summary,
                happened.atZone(UK).toLocalDate(), c.id(), c.reference(), caller.username(), Instant.now(clock));
        em.persist(concern);
        timeline.record(c.id(), LowLevelAction.LOW_LEVEL_CONCERN_RECORDED,
                "Kept at triage as a low-level concern in the board's register (member #" + member.id() + ").");
    }

    /**
     * An officer (or senior manager) records a low-level concern directly about a member, found by user name (as
     * {@link #record(Long, String, LocalDate)}; a user name of another board, or nobody's, is "choose a member").
     */
    public long record(String memberUsername, String summary, LocalDate occurredOn) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        Long id = memberUsername == null || memberUsername.isBlank() ? null
                : people.idOf(memberUsername.strip()).orElse(-1L);
        return record(id, summary, occurredOn).id();
    }

    /**
     * An officer (or senior manager) records a low-level concern directly about the member {@code memberId} (the id
     * the form posts): what happened and when (not in the future, not before the window of the last ten years). The
     * member must be an active member of the caller's board. Then the pattern is checked. Answers the concern's id
     * and the name of the member it was recorded about, which the confirmation shows.
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
        } else if (what.length() > MAX_TEXT) {
            problems.put("summary", LowLevelWords.text("problem.summary.long", MAX_TEXT));
        }
        LocalDate today = LocalDate.now(clock.withZone(UK));
        if (occurredOn == null) {
            problems.put("occurredOn", LowLevelWords.text("problem.when.missing"));
        } else if (occurredOn.isAfter(today) || occurredOn.isBefore(today.minusYears(10))) {
            problems.put("occurredOn", LowLevelWords.text("problem.when.range"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LowLevelConcern concern = LowLevelConcern.recorded(member.id(), member.organisationId(), what, occurredOn,
                caller.username(), Instant.now(clock));
        em.persist(concern);
        timeline.record(null, LowLevelAction.LOW_LEVEL_CONCERN_RECORDED,
                "Recorded directly in the board's register (member #" + member.id() + ").");
        em.flush();
        checkPattern(member.id());
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
        LowLevelConcern concern = em.createQuery("select l from LowLevelConcern l where l.id = :id",
                LowLevelConcern.class).setParameter("id", concernId).getResultStream().findFirst().orElse(null);
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
        em.flush();
        withdrawAlertsNoLongerReached(from);
        checkPattern(to.id());
        return new Recorded(concern.id(), to.id(), to.displayName());
    }

    /** The alerts about {@code personId} that what is now recorded about them no longer reaches are withdrawn. */
    private void withdrawAlertsNoLongerReached(long personId) {
        PatternRule rule = policyOfBoard().rule();
        List<LocalDate> events = eventsOf(personId);
        for (PatternAlert alert : em.createQuery("select a from PatternAlert a where a.personId = :person",
                PatternAlert.class).setParameter("person", personId).getResultList()) {
            LocalDate day = alert.alertedAt().atZone(UK).toLocalDate();
            if (!rule.stillReached(events, windowFrom(alert, rule), day)) {
                em.remove(alert);
                timeline.record(null, LowLevelAction.LOW_LEVEL_ALERT_WITHDRAWN, "The pattern alert of "
                        + day + " about member #" + personId + " withdrawn: a concern it counted was about another"
                        + " member.");
            }
        }
    }

    /** The day an alert's window opened: kept on it, or for an alert from before it was kept, the board's window. */
    private static LocalDate windowFrom(PatternAlert alert, PatternRule rule) {
        return alert.windowFrom() != null ? alert.windowFrom()
                : alert.alertedAt().atZone(UK).toLocalDate().minusMonths(rule.windowMonths());
    }

    /** A concern was raised about a member: cases count towards the pattern with low-level concerns. */
    public void caseRaised(@Observes ConcernRaisedAbout raised) {
        checkPattern(raised.personId());
    }

    // ------------------------------------------------------------------ the pattern

    /** The low-level concerns not part of a case, and the cases, about a member, each by the day it happened. */
    private List<LocalDate> eventsOf(long personId) {
        List<LocalDate> events = new ArrayList<>(em.createQuery("select l.occurredOn from LowLevelConcern l"
                + " where l.personId = :person and l.caseId is null", LocalDate.class)
                .setParameter("person", personId).getResultList());
        for (Object[] c : em.createQuery("select c.occurredAt, c.raisedAt from SafeguardingCase c"
                + " where c.subjectPersonId = :person", Object[].class).setParameter("person", personId)
                .getResultList()) {
            Instant when = c[0] != null ? (Instant) c[0] : (Instant) c[1];
            events.add(when.atZone(UK).toLocalDate());
        }
        return events;
    }

    /**
     * Alerts the board's senior managers, once per crossing, when the member reaches the board's threshold: in the
     * work page (the alert, until one of them reviews the member's entry) and by e-mail through the outbox.
     */
    void checkPattern(long personId) {
        PatternRule rule = policyOfBoard().rule();
        List<LocalDate> events = eventsOf(personId);
        LocalDate today = LocalDate.now(clock.withZone(UK));
        List<PatternAlert> earlier = em.createQuery("select a from PatternAlert a where a.personId = :person"
                + " order by a.alertedAt desc", PatternAlert.class).setParameter("person", personId)
                .setMaxResults(1).getResultList();
        LocalDate lastAlert = earlier.isEmpty() ? null : earlier.get(0).alertedAt().atZone(UK).toLocalDate();
        if (!rule.alertDue(events, lastAlert, today)) {
            return;
        }
        int counted = rule.countOn(events, today);
        em.persist(new PatternAlert(personId, counted, Instant.now(clock), today.minusMonths(rule.windowMonths())));
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

    // ------------------------------------------------------------------ the register

    /** The board's register: one entry per member with a low-level concern or an alert, most in the window first. */
    public List<RegisterEntry> register() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        PatternRule rule = policyOfBoard().rule();
        LocalDate today = LocalDate.now(clock.withZone(UK));
        Map<Long, List<LocalDate>> lowLevel = new HashMap<>();
        Map<Long, List<LocalDate>> standalone = new HashMap<>();
        for (Object[] row : em.createQuery("select l.personId, l.occurredOn, l.caseId from LowLevelConcern l",
                Object[].class).getResultList()) {
            lowLevel.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((LocalDate) row[1]);
            if (row[2] == null) {
                standalone.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((LocalDate) row[1]);
            }
        }
        Set<Long> alerted = new LinkedHashSet<>(em.createQuery("select a.personId from PatternAlert a"
                + " where a.reviewedAt is null", Long.class).getResultList());
        Set<Long> members = new LinkedHashSet<>(lowLevel.keySet());
        members.addAll(alerted);
        if (members.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LocalDate>> cases = new HashMap<>();
        for (Object[] row : em.createQuery("select c.subjectPersonId, c.occurredAt, c.raisedAt from SafeguardingCase c"
                + " where c.subjectPersonId in :people", Object[].class).setParameter("people", members)
                .getResultList()) {
            Instant when = row[1] != null ? (Instant) row[1] : (Instant) row[2];
            cases.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(when.atZone(UK).toLocalDate());
        }
        Map<Long, Instant> reviewed = new HashMap<>();
        for (Object[] row : em.createQuery("select r.personId, max(r.reviewedAt) from RegisterReview r"
                + " where r.personId in :people group by r.personId", Object[].class).setParameter("people", members)
                .getResultList()) {
            reviewed.put((Long) row[0], (Instant) row[1]);
        }
        Map<Long, String[]> named = names(members);
        List<RegisterEntry> entries = new ArrayList<>();
        for (Long person : members) {
            List<LocalDate> own = lowLevel.getOrDefault(person, List.of());
            List<LocalDate> caseDays = cases.getOrDefault(person, List.of());
            List<LocalDate> together = new ArrayList<>(standalone.getOrDefault(person, List.of()));
            together.addAll(caseDays);
            String[] name = named.getOrDefault(person, new String[] {"#" + person, ""});
            entries.add(new RegisterEntry(person, name[0], name[1], rule.countOn(own, today),
                    rule.countOn(caseDays, today), rule.countOn(together, today), rule.threshold(), own.size(),
                    own.stream().max(LocalDate::compareTo).orElse(null), reviewed.get(person),
                    alerted.contains(person)));
        }
        entries.sort((a, b) -> a.together() != b.together() ? Integer.compare(b.together(), a.together())
                : a.name().compareToIgnoreCase(b.name()));
        return entries;
    }

    /** The register's concerns, newest first (of one member, or all when {@code personId} is null). */
    public List<ConcernLine> concerns(Long personId) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        // Who read the register, or a member's entry, is recorded as for a person's chronology: a guessed id of
        // another board's person (or nobody's) shows nothing and records nothing.
        if (personId == null) {
            reads.recordOfBoard(LowLevelReading.LOW_LEVEL_REGISTER_VIEWED);
        } else if (names(List.of(personId)).isEmpty()) {
            return List.of();
        } else {
            reads.recordAboutPerson(LowLevelReading.LOW_LEVEL_ENTRY_VIEWED, personId);
        }
        var query = em.createQuery("select l from LowLevelConcern l"
                + (personId == null ? "" : " where l.personId = :person")
                + " order by l.occurredOn desc, l.id desc", LowLevelConcern.class);
        if (personId != null) {
            query.setParameter("person", personId);
        }
        List<LowLevelConcern> found = query.setMaxResults(MAX_LISTED).getResultList();
        return lines(found);
    }

    private List<ConcernLine> lines(List<LowLevelConcern> found) {
        Map<Long, String[]> named = names(found.stream().map(LowLevelConcern::personId).toList());
        Map<String, String> staff = people.displayNames(found.stream().map(LowLevelConcern::recordedBy).toList());
        return found.stream().map(l -> new ConcernLine(l.id(), l.personId(),
                named.getOrDefault(l.personId(), new String[] {"#" + l.personId(), ""})[0], l.occurredOn(),
                l.summary(), l.caseReference(), staff.getOrDefault(l.recordedBy(), l.recordedBy()), l.recordedAt(),
                l.correctedAt(), l.correctionReason()))
                .toList();
    }

    /** Names and organisations of the board's people among {@code ids}, in two queries. */
    Map<Long, String[]> names(Collection<Long> ids) {
        Map<Long, String[]> named = new HashMap<>();
        if (ids.isEmpty()) {
            return named;
        }
        Map<Long, String> organisations = new HashMap<>();
        for (ParentOrganisation o : em.createQuery("select o from ParentOrganisation o", ParentOrganisation.class)
                .getResultList()) {
            organisations.put(o.id(), Texts.wording(o.name(), o.nameCy()));
        }
        for (Object[] row : em.createQuery("select p.id, p.displayName, p.organisationId from Person p"
                + " where p.id in :ids", Object[].class).setParameter("ids", new LinkedHashSet<>(ids)).getResultList()) {
            named.put((Long) row[0], new String[] {(String) row[1],
                    row[2] == null ? "" : organisations.getOrDefault((Long) row[2], "")});
        }
        return named;
    }

    // ------------------------------------------------------------------ reviews and alerts

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
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(Map.of("note", LowLevelWords.text("problem.summary.long", MAX_TEXT)));
        }
        if (personId != null && names(List.of(personId)).isEmpty()) {
            throw new NotFoundException(LowLevelWords.text("member.notFound"));
        }
        Instant now = Instant.now(clock);
        em.persist(new RegisterReview(personId, text, caller.username(), now));
        if (personId != null) {
            em.createQuery("select a from PatternAlert a where a.reviewedAt is null and a.personId = :person",
                    PatternAlert.class).setParameter("person", personId).getResultList()
                    .forEach(a -> a.reviewed(caller.username(), now));
        }
        timeline.record(null, LowLevelAction.LOW_LEVEL_REGISTER_REVIEWED, personId == null
                ? "The register of low-level concerns reviewed; the note is in the register."
                : "Member #" + personId + "'s entry reviewed; the note is in the register.");
    }

    /** The reviews, newest first. */
    public List<ReviewLine> reviews() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        List<RegisterReview> found = em.createQuery("select r from RegisterReview r order by r.reviewedAt desc",
                RegisterReview.class).setMaxResults(MAX_LISTED).getResultList();
        Map<Long, String[]> named = names(found.stream().map(RegisterReview::personId)
                .filter(java.util.Objects::nonNull).toList());
        Map<String, String> staff = people.displayNames(found.stream().map(RegisterReview::reviewedBy).toList());
        return found.stream().map(r -> new ReviewLine(r.personId(), r.personId() == null ? null
                : named.getOrDefault(r.personId(), new String[] {"#" + r.personId()})[0], r.note(),
                staff.getOrDefault(r.reviewedBy(), r.reviewedBy()), r.reviewedAt())).toList();
    }

    /** The alerts waiting for a senior manager's review (their work page), newest first; none for anyone else. */
    public List<AlertLine> openAlerts() {
        Caller caller = CallerContext.currentOrNull();
        if (caller == null || !caller.has(Role.SENIOR)) {
            return List.of();
        }
        List<PatternAlert> open = em.createQuery("select a from PatternAlert a where a.reviewedAt is null"
                + " order by a.alertedAt desc", PatternAlert.class).setMaxResults(MAX_LISTED).getResultList();
        Map<Long, String[]> named = names(open.stream().map(PatternAlert::personId).toList());
        return open.stream().map(a -> new AlertLine(a.id(), a.personId(),
                named.getOrDefault(a.personId(), new String[] {"#" + a.personId()})[0], a.counted(), a.alertedAt()))
                .toList();
    }

    // ------------------------------------------------------------------ the board's policy

    LowLevelPolicy policyOfBoard() {
        String board = CallerContext.current().tenantId();
        LowLevelPolicy policy = em.find(LowLevelPolicy.class, board);
        return policy != null ? policy : new LowLevelPolicy(board);
    }

    public PolicyView policy() {
        CallerContext.require(Role.ADMIN, Role.SENIOR, Role.OFFICER);
        LowLevelPolicy policy = policyOfBoard();
        return new PolicyView(policy.rule().threshold(), policy.rule().windowMonths(), policy.keepYears());
    }

    /** The board's administrator sets the threshold, the window and the years kept after the member left. */
    public void changePolicy(Integer threshold, Integer windowMonths, Integer keepYears) {
        Caller caller = CallerContext.require(Role.ADMIN);
        Map<String, String> problems = new LinkedHashMap<>();
        if (threshold == null || threshold < 2 || threshold > 50) {
            problems.put("threshold", LowLevelWords.text("problem.threshold"));
        }
        if (windowMonths == null || windowMonths < 1 || windowMonths > 60) {
            problems.put("windowMonths", LowLevelWords.text("problem.window"));
        }
        if (keepYears == null || keepYears < 1 || keepYears > 75) {
            problems.put("keepYears", LowLevelWords.text("problem.keepYears"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LowLevelPolicy policy = em.find(LowLevelPolicy.class, caller.tenantId());
        if (policy == null) {
            policy = new LowLevelPolicy(caller.tenantId());
            policy.change(threshold, windowMonths, keepYears, caller.username(), Instant.now(clock));
            em.persist(policy);
        } else {
            policy.change(threshold, windowMonths, keepYears, caller.username(), Instant.now(clock));
        }
        timeline.record(null, LowLevelAction.LOW_LEVEL_POLICY_CHANGED, "Alert at " + threshold
                + " low-level concerns and cases within " + windowMonths + " months; kept " + keepYears
                + " years once the member has left.");
    }

    // ------------------------------------------------------------------ retention and subject access

    /**
     * Removes the concerns whose time has come ({@link LowLevelPolicy#removable}): the member no longer belongs to
     * the organisation it was recorded against (or has no account on the board any more), and the board's years
     * since it happened have passed. Then what the register says about them goes with them
     * ({@link RegisterRetention}): a pattern alert once nothing it counted is kept, a review once nothing it could
     * have looked at is. The timeline keeps that one was removed, never what it said.
     */
    public int removeDue(LocalDate today) {
        int keepYears = policyOfBoard().keepYears();
        List<LowLevelConcern> old = em.createQuery("select l from LowLevelConcern l where l.occurredOn <= :before",
                LowLevelConcern.class).setParameter("before", today.minusYears(keepYears)).getResultList();
        int removed = 0;
        if (!old.isEmpty()) {
            Map<Long, Long> organisationOf = new HashMap<>();
            for (Object[] row : em.createQuery("select p.id, p.organisationId from Person p where p.id in :ids"
                            + " and p.active = true", Object[].class)
                    .setParameter("ids", new LinkedHashSet<>(old.stream().map(LowLevelConcern::personId).toList()))
                    .getResultList()) {
                organisationOf.put((Long) row[0], row[1] == null ? -1L : (Long) row[1]);
            }
            for (LowLevelConcern l : old) {
                Long now = organisationOf.get(l.personId());
                boolean stillThere = now != null && (l.organisationId() == null || now.equals(l.organisationId()));
                if (LowLevelPolicy.removable(l.occurredOn(), stillThere, keepYears, today)
                        && deleted("LowLevelConcern", l.id())) {
                    timeline.record(l.caseId(), LowLevelAction.LOW_LEVEL_CONCERN_REMOVED, "A low-level concern of "
                            + l.occurredOn() + " removed: the member has left and " + keepYears
                            + " years have passed.");
                    removed++;
                }
            }
            em.flush();
        }
        return removed + removeAlertsAndReviewsDue();
    }

    /**
     * Deletes one row of the register by its id, answering whether this run deleted it: two purges at once (two
     * nodes, or the nightly job beside a hand-started run) each find it, one deletes it and the other finds it gone,
     * so it is removed, and recorded, once. (A removal of the loaded entity would fail the whole run instead.)
     */
    private boolean deleted(String entity, long id) {
        return em.createQuery("delete from " + entity + " x where x.id = :id").setParameter("id", id)
                .executeUpdate() == 1;
    }

    /** The alerts nothing they counted is kept for, then the reviews nothing they looked at is kept for. */
    private int removeAlertsAndReviewsDue() {
        int removed = 0;
        PatternRule rule = policyOfBoard().rule();
        Map<Long, List<LocalDate>> events = new HashMap<>();
        for (PatternAlert alert : em.createQuery("select a from PatternAlert a", PatternAlert.class).getResultList()) {
            LocalDate day = alert.alertedAt().atZone(UK).toLocalDate();
            // What it counted: the member's low-level concerns (kept at triage too: they are the case's record) and
            // the cases about them not yet removed.
            List<LocalDate> kept = events.computeIfAbsent(alert.personId(), this::keptEventsOf);
            if (RegisterRetention.alertRemovable(windowFrom(alert, rule), day, kept)
                    && deleted("PatternAlert", alert.id())) {
                timeline.record(null, LowLevelAction.LOW_LEVEL_ALERT_REMOVED, "The pattern alert of " + day
                        + " removed: nothing it counted is kept any more.");
                removed++;
            }
        }
        em.flush();
        Map<Long, List<Instant>> keptOf = new HashMap<>();
        List<Instant> keptOfAll = new ArrayList<>();
        for (Object[] row : em.createQuery("select l.personId, l.recordedAt from LowLevelConcern l", Object[].class)
                .getResultList()) {
            keptOf.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Instant) row[1]);
            keptOfAll.add((Instant) row[1]);
        }
        for (Object[] row : em.createQuery("select a.personId, a.alertedAt from PatternAlert a", Object[].class)
                .getResultList()) {
            keptOf.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Instant) row[1]);
            keptOfAll.add((Instant) row[1]);
        }
        for (RegisterReview review : em.createQuery("select r from RegisterReview r", RegisterReview.class)
                .getResultList()) {
            List<Instant> looked = review.personId() == null ? keptOfAll
                    : keptOf.getOrDefault(review.personId(), List.of());
            if (RegisterRetention.reviewRemovable(review.reviewedAt(), looked)
                    && deleted("RegisterReview", review.id())) {
                timeline.record(null, LowLevelAction.LOW_LEVEL_REVIEW_REMOVED, "A review of "
                        + review.reviewedAt().atZone(UK).toLocalDate() + " removed: nothing it looked at is kept any"
                        + " more.");
                removed++;
            }
        }
        return removed;
    }

    /** The days of a member's low-level concerns and of the cases about them that are still kept. */
    private List<LocalDate> keptEventsOf(long personId) {
        List<LocalDate> days = new ArrayList<>(em.createQuery("select l.occurredOn from LowLevelConcern l"
                + " where l.personId = :person", LocalDate.class).setParameter("person", personId).getResultList());
        for (Object[] c : em.createQuery("select c.occurredAt, c.raisedAt from SafeguardingCase c"
                + " where c.subjectPersonId = :person and c.removedAt is null", Object[].class)
                .setParameter("person", personId).getResultList()) {
            Instant when = c[0] != null ? (Instant) c[0] : (Instant) c[1];
            days.add(when.atZone(UK).toLocalDate());
        }
        return days;
    }

    /**
     * The member's low-level concerns for their subject access answer: when, what, from which case, when recorded.
     * Not who recorded it nor who raised the underlying concern (a third party, Data Protection Act 2018 Schedule 2
     * paragraph 16); the case's own part of the answer treats the case as it always has.
     */
    public List<Object> forSubjectAccess(Person account) {
        if (account == null) {
            return List.of();
        }
        List<Object> items = new ArrayList<>();
        for (LowLevelConcern l : em.createQuery("select l from LowLevelConcern l where l.personId = :person"
                + " order by l.occurredOn, l.id", LowLevelConcern.class).setParameter("person", account.id())
                .getResultList()) {
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
     * The senior managers' reviews of the member's own entry, for their subject access answer: when, by whom (staff
     * of the board, acting in their role, as the officers of a case are named) and the note, which is their opinion
     * about the member and so the member's data. No exemption of the Data Protection Act 2018 takes the note out as
     * such (it is not a management forecast, Sch. 2 para. 22, nor a confidential reference, para. 24); a third party
     * it names is marked in the request's redactions, which apply to every part (para. 16). Reviews of the whole
     * register are about no one member and are not given.
     */
    public List<Object> reviewsForSubjectAccess(Person account) {
        if (account == null) {
            return List.of();
        }
        List<Object> items = new ArrayList<>();
        List<RegisterReview> own = em.createQuery("select r from RegisterReview r where r.personId = :person"
                + " order by r.reviewedAt", RegisterReview.class).setParameter("person", account.id()).getResultList();
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
     * The pattern alerts about the member, for their subject access answer: when the senior managers were alerted,
     * how many low-level concerns and cases were counted and since when, and when a review settled it. Never which
     * concerns, nor who raised them: those are in the answer's own parts, each as it is given there.
     */
    public List<Object> alertsForSubjectAccess(Person account) {
        if (account == null) {
            return List.of();
        }
        PatternRule rule = policyOfBoard().rule();
        List<Object> items = new ArrayList<>();
        for (PatternAlert a : em.createQuery("select a from PatternAlert a where a.personId = :person"
                + " order by a.alertedAt", PatternAlert.class).setParameter("person", account.id()).getResultList()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("alerted", a.alertedAt().toString());
            item.put("counted", String.valueOf(a.counted()));
            item.put("countedAfter", windowFrom(a, rule).toString());
            item.put("settledByAReview", a.reviewedAt() == null ? null : a.reviewedAt().toString());
            items.add(item);
        }
        return items;
    }

    private static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
