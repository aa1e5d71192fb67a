package uk.safeguardcases.conformance;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PublicAddress;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.ReadAudit;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.cases.SeriesReferences;
import uk.safeguardcases.application.notification.BoardLetter;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.conformance.ConformanceKinds.ConformanceAction;
import uk.safeguardcases.conformance.ConformanceKinds.ConformanceNotice;
import uk.safeguardcases.conformance.ConformanceKinds.ConformanceReading;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * The conformance process's steps: an officer raises a check on a case (numbered in its own series, its process
 * started, the case's timeline told); a senior confirms it (the process's task done, the officer e-mailed); anyone of
 * the board's staff reads it (the read recorded); it is kept a year after it was raised, then removed.
 */
@Stateless
public class ConformanceChecks {

    public static final String PROCESS_KEY = "conformance-check";
    public static final String CONFIRM_TASK = "confirm-conformance-check";
    public static final String CHECK_ID = "conformanceCheckId";
    static final String BUNDLE = "uk.safeguardcases.conformance.conformance";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CaseLookup cases;

    @Inject
    private BoardRepository boards;

    @Inject
    private SeriesReferences references;

    @Inject
    private ConformanceRegistrations.References series;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    @Inject
    private ReadAudit reads;

    @Inject
    private Outbox outbox;

    @Inject
    private PersonRepository people;

    @Inject
    private Clock clock;

    /** An officer raises a check on the case; answers its reference. */
    public String raise(String caseReference, String words) {
        Caller caller = CallerContext.require(Role.OFFICER);
        if (words == null || words.isBlank()) {
            throw new InvalidInputException(Map.of("words", text("raise.words.missing")));
        }
        SafeguardingCase c = cases.byReference(caseReference);
        Board board = boards.current();
        boards.lock(board);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, UK);
        String reference = references.next(board.id(), board.referencePrefix(), series, today.getYear());
        ConformanceCheck check = new ConformanceCheck(reference, c.id(), c.reference(), c.subjectPersonId(),
                words.strip(), caller.username(), now, today.plusYears(1));
        em.persist(check);
        em.flush();
        check.startedAs(processes.start(PROCESS_KEY, reference, Map.of(CHECK_ID, check.id())));
        timeline.record(c.id(), ConformanceAction.CHECK_RAISED, reference + ": " + check.words());
        return reference;
    }

    /** The process entered its senior's step. */
    public void stepEntered(long checkId, String activityId) {
        ConformanceCheck check = em.find(ConformanceCheck.class, checkId);
        if (check != null && CONFIRM_TASK.equals(activityId)) {
            check.awaitingConfirmation();
        }
    }

    /** The core recorded a triage of the case: a check still waiting for a senior is noted on its timeline. */
    public void noteAtTriage(long caseId) {
        for (ConformanceCheck check : em.createQuery("select c from ConformanceCheck c where c.caseId = :caseId"
                + " and c.status = :waiting", ConformanceCheck.class).setParameter("caseId", caseId)
                .setParameter("waiting", ConformanceCheck.Status.AWAITING_CONFIRMATION.name()).getResultList()) {
            timeline.record(caseId, ConformanceAction.CHECK_NOTED_AT_TRIAGE, check.reference());
        }
    }

    /** A senior confirms the check; the officer who raised it is told by e-mail. */
    public void confirm(String reference) {
        Caller caller = CallerContext.require(Role.SENIOR);
        ConformanceCheck check = byReference(reference);
        processes.complete(check.processInstanceId(), CONFIRM_TASK, caller.username(), Map.of());
        check.confirm(caller.username(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        timeline.record(check.caseId(), ConformanceAction.CHECK_CONFIRMED, reference);
        Person officer = people.byUsername(check.raisedBy()).orElse(null);
        if (officer != null && officer.email() != null && !officer.email().isBlank()) {
            BoardLetter letter = BoardLetter.of(boards.current(), language -> in(language, "mail.confirmed.subject",
                    reference), language -> in(language, "mail.confirmed.body", officer.displayName(), reference,
                    PublicAddress.of("/conformance/checks.xhtml")), true);
            outbox.queue(check.caseId(), ConformanceNotice.CONFORMANCE_CHECK_CONFIRMED, officer.email().strip(),
                    letter.subject(), letter.body());
        }
    }

    /** One check, its reading recorded (the board's officers and seniors). */
    public ConformanceCheck read(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        ConformanceCheck check = byReference(reference);
        reads.record(ConformanceReading.CONFORMANCE_CHECK_VIEWED, check.caseId(), check.caseReference(), check.id());
        return check;
    }

    /** The board's checks, newest first (officers and seniors). */
    public List<ConformanceCheck> ofBoard() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return em.createQuery("select c from ConformanceCheck c order by c.raisedAt desc, c.id desc",
                ConformanceCheck.class).setMaxResults(200).getResultList();
    }

    /** The checks of a case, oldest first: the case page's panel. */
    public List<ConformanceCheck> ofCase(String caseReference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        long caseId = cases.toRead(caseReference).id();
        return em.createQuery("select c from ConformanceCheck c where c.caseId = :caseId order by c.raisedAt, c.id",
                ConformanceCheck.class).setParameter("caseId", caseId).getResultList();
    }

    /** The checks about a person (their subject access answer). */
    public List<ConformanceCheck> aboutPerson(long personId) {
        return em.createQuery("select c from ConformanceCheck c where c.personId = :personId order by c.raisedAt",
                ConformanceCheck.class).setParameter("personId", personId).getResultList();
    }

    /** How many checks were raised and confirmed within {@code [from, to)}: its part of the annual report. */
    public long[] raisedAndConfirmed(Instant from, Instant to) {
        List<ConformanceCheck> raised = em.createQuery("select c from ConformanceCheck c where c.raisedAt >= :from"
                + " and c.raisedAt < :to", ConformanceCheck.class).setParameter("from", from).setParameter("to", to)
                .getResultList();
        return new long[] {raised.size(), raised.stream().filter(ConformanceCheck::isConfirmed).count()};
    }

    /** The highest number of its series given on the board in {@code year}. */
    public int highestNumber(String prefix, int year) {
        String start = prefix + "-" + year + "-";
        List<String> given = em.createQuery("select c.reference from ConformanceCheck c where c.reference like :start",
                String.class).setParameter("start", start + "%").getResultList();
        return given.stream().mapToInt(r -> Integer.parseInt(r.substring(start.length()))).max().orElse(0);
    }

    /** Removes the board's confirmed checks kept until before {@code today}, each noted on its case's timeline. */
    public int removeDue(LocalDate today) {
        List<ConformanceCheck> due = em.createQuery("select c from ConformanceCheck c where c.keepUntil < :today"
                + " and c.status = :confirmed", ConformanceCheck.class).setParameter("today", today)
                .setParameter("confirmed", ConformanceCheck.Status.CONFIRMED.name()).getResultList();
        for (ConformanceCheck check : due) {
            timeline.record(check.caseId(), ConformanceAction.CHECK_REMOVED, check.reference()
                    + ": kept until " + check.keepUntil());
            em.remove(check);
        }
        return due.size();
    }

    private ConformanceCheck byReference(String reference) {
        return em.createQuery("select c from ConformanceCheck c where c.reference = :reference",
                ConformanceCheck.class).setParameter("reference", reference == null ? "" : reference.strip())
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("No check " + reference));
    }

    static String text(String key, Object... arguments) {
        return Texts.textIn(BUNDLE, key, arguments);
    }

    static String in(Locale language, String key, Object... arguments) {
        return Texts.in(BUNDLE, language, key, arguments);
    }
}
