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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PublicAddress;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.domain.cases.ConcernRaisedAbout;
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

    // ------------------------------------------------------------------ recording

    /**
     * Refuses a low-level concern at triage where it cannot be one: the harm threshold is met (then the LADO decides),
     * or the concern names nobody with an account on the board (the register is kept per member).
     */
    public void checkAtTriage(SafeguardingCase c, boolean harmThresholdMet) {
        if (harmThresholdMet) {
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
    public void recordFromTriage(SafeguardingCase c, String note) {
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
     * An officer (or senior manager) records a low-level concern directly about a member: what happened and when
     * (not in the future, not before the window of the last ten years). Then the pattern is checked.
     */
    public long record(String memberUsername, String summary, LocalDate occurredOn) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        Map<String, String> problems = new LinkedHashMap<>();
        Person member = null;
        if (memberUsername == null || memberUsername.isBlank()) {
            problems.put("member", LowLevelWords.text("problem.member.missing"));
        } else {
            member = people.byUsername(memberUsername.strip()).filter(p -> p.roles().contains(Role.MEMBER))
                    .orElse(null);
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
        return concern.id();
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
        em.persist(new PatternAlert(personId, counted, Instant.now(clock)));
        timeline.record(null, LowLevelAction.LOW_LEVEL_PATTERN_ALERTED, "Member #" + personId + " reached "
                + counted + " low-level concerns and cases within " + rule.windowMonths() + " months (threshold "
                + rule.threshold() + "); the senior managers alerted.");
        tellSeniors(counted, rule);
    }

    /** The e-mail names nobody: the seniors sign in to see who (the register and the chronology). */
    private void tellSeniors(int counted, PatternRule rule) {
        Board board = boards.current();
        List<Locale> languages = board.welshInterface() ? List.of(Texts.WELSH, Texts.ENGLISH) : List.of(Texts.ENGLISH);
        List<String> subjects = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        String link = PublicAddress.of("/officer/low-level.xhtml");
        for (Locale language : languages) {
            subjects.add(LowLevelWords.in(language, "mail.subject"));
            letters.add(LowLevelWords.in(language, "mail.body", counted, rule.windowMonths(), rule.threshold(), link)
                    + "\n\n" + Texts.wording(language, board.name(), board.nameCy()));
        }
        String body = String.join("\n\n" + "–".repeat(40) + "\n\n", letters);
        for (String address : new LinkedHashSet<>(people.emailsOf(List.of(Role.SENIOR)))) {
            if (address != null && !address.isBlank()) {
                outbox.queue(null, LowLevelNotice.LOW_LEVEL_PATTERN_REACHED, address.strip(),
                        String.join(" / ", subjects), body);
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
                l.summary(), l.caseReference(), staff.getOrDefault(l.recordedBy(), l.recordedBy()), l.recordedAt()))
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
     * since it happened have passed. The timeline keeps that one was removed, never what it said.
     */
    public int removeDue(LocalDate today) {
        int keepYears = policyOfBoard().keepYears();
        List<LowLevelConcern> old = em.createQuery("select l from LowLevelConcern l where l.occurredOn <= :before",
                LowLevelConcern.class).setParameter("before", today.minusYears(keepYears)).getResultList();
        if (old.isEmpty()) {
            return 0;
        }
        Map<Long, Long> organisationOf = new HashMap<>();
        for (Object[] row : em.createQuery("select p.id, p.organisationId from Person p where p.id in :ids"
                        + " and p.active = true", Object[].class)
                .setParameter("ids", new LinkedHashSet<>(old.stream().map(LowLevelConcern::personId).toList()))
                .getResultList()) {
            organisationOf.put((Long) row[0], row[1] == null ? -1L : (Long) row[1]);
        }
        int removed = 0;
        for (LowLevelConcern l : old) {
            Long now = organisationOf.get(l.personId());
            boolean stillThere = now != null && (l.organisationId() == null || now.equals(l.organisationId()));
            if (LowLevelPolicy.removable(l.occurredOn(), stillThere, keepYears, today)) {
                em.remove(l);
                timeline.record(l.caseId(), LowLevelAction.LOW_LEVEL_CONCERN_REMOVED, "A low-level concern of "
                        + l.occurredOn() + " removed: the member has left and " + keepYears + " years have passed.");
                removed++;
            }
        }
        return removed;
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
            items.add(item);
        }
        return items;
    }

    private static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
