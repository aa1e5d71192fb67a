package uk.safeguardcases.application.audit;

import java.time.Clock;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.ReadHead;
import uk.safeguardcases.domain.audit.Reading;
import uk.safeguardcases.domain.audit.ReadRecord;
import uk.safeguardcases.domain.audit.ReadRepository;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Role;

/**
 * Who read what: opening a case, viewing a piece of evidence's file, opening or downloading a referral pack or a case
 * report. Recorded in a transaction of its own, so the record stays even when what was read then fails to show, and
 * per reader ({@link ReadRecord}), so readers never queue for each other. A board administrator sees them per case and
 * per person, and can export them.
 */
@Stateless
public class ReadAudit {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    private static final int MAX_LIST = 1000;

    @Inject
    private ReadRepository reads;

    @Resource
    private SessionContext context;

    @Inject
    private CaseLookup cases;

    @Inject
    private KnownReadings kinds;

    /**
     * The reference of the case a warm-up's rehearsal draws on this thread, or null: a case raised and rolled back in
     * one transaction ({@code ConcernRehearsal}), which no one but the warm-up ever reads.
     */
    private static final ThreadLocal<String> REHEARSED = new ThreadLocal<>();

    /**
     * The case {@code caseReference} read without a record on this thread until the answer is closed: only for a case
     * raised in the caller's own transaction and rolled back with it (a node's warm-up drawing a case page). Its reads
     * are not records of anything that exists, and recording them in a transaction of their own would keep a record of
     * a case that never was (or fail to find it).
     */
    public static Unrecorded readingRehearsed(String caseReference) {
        REHEARSED.set(caseReference);
        return REHEARSED::remove;
    }

    /** The span of {@link #readingRehearsed}; closing it records this thread's reads again. */
    public interface Unrecorded extends AutoCloseable {
        @Override
        void close();
    }

    private static boolean rehearsed(String caseReference) {
        return caseReference != null && caseReference.equals(REHEARSED.get());
    }

    /** The caller read {@code what} of the case (and the item, if one). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Reading what, String caseReference, Long itemId) {
        if (rehearsed(caseReference)) {
            return;
        }
        SafeguardingCase c = cases.toRead(caseReference);
        record(what, c.id(), c.reference(), itemId);
    }

    /** The same, for a case its caller already holds (no second lookup). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Reading what, long caseId, String caseReference, Long itemId) {
        if (rehearsed(caseReference)) {
            return;
        }
        chain(what, caseId, caseReference, itemId);
    }

    /** The caller read something about a person rather than a case (their chronology): the item is the person's id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAboutPerson(Reading what, long personId) {
        chain(what, null, null, personId);
    }

    /** The caller read something of the whole board rather than of a case or a person (a register). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordOfBoard(Reading what) {
        chain(what, null, null, null);
    }

    private void chain(Reading what, Long caseId, String caseReference, Long itemId) {
        Caller caller = CallerContext.current();
        ReadHead.Key key = new ReadHead.Key(caller.tenantId(), caller.username());
        ReadHead head = reads.headLocked(key).orElse(null);
        if (head == null) {
            // The reader's first read: their head is made in a transaction of its own, as a board's reference counter
            // is. Two first reads at once (two tabs, or one account shared) both find none; one makes it, the other's
            // insert fails, and both then lock the one that is there.
            RuntimeException notMade = null;
            try {
                context.getBusinessObject(ReadAudit.class).startChain();
            } catch (PersistenceException | EJBException alreadyThere) {
                notMade = alreadyThere; // another read of theirs made it first, most likely: use theirs
            }
            head = reads.headLocked(key).orElse(null);
            if (head == null) {
                throw new IllegalStateException("A reader's chain of reads could not be begun", notMade);
            }
        }
        ReadRecord record = ReadRecord.chained(caller.tenantId(), caller.username(), head.lastSequence() + 1,
                head.lastHash(), what, caseId, caseReference, itemId, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        reads.add(record);
        head.advanceTo(record);
    }

    /**
     * Makes the caller's own chain's head, in its own transaction (only the caller's: the board and reader are theirs);
     * a concurrent first read of theirs may make it first.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void startChain() {
        Caller caller = CallerContext.current();
        reads.add(new ReadHead(new ReadHead.Key(caller.tenantId(), caller.username())));
    }

    /** Everything read of a case, newest first (board administrators). */
    public List<ReadLine> ofCase(String reference) {
        CallerContext.require(Role.ADMIN);
        SafeguardingCase c = cases.byReference(reference);
        return reads.ofCase(c.id(), MAX_LIST).stream()
                .map(r -> ReadLine.of(r, kinds)).toList();
    }

    /** Everything a person read, newest first (board administrators). */
    public List<ReadLine> ofReader(String username) {
        CallerContext.require(Role.ADMIN);
        return reads.ofReader(username == null ? "" : username.strip(), MAX_LIST).stream()
                .map(r -> ReadLine.of(r, kinds)).toList();
    }

    /** Walks every reader's chain of the board; the first record that does not match, or intact. */
    public ChainVerification verify() {
        CallerContext.require(Role.ADMIN);
        List<ReadRecord> all = reads.chains();
        String reader = null;
        String previous = ReadRecord.GENESIS;
        long expected = 1;
        long checked = 0;
        for (ReadRecord record : all) {
            if (!record.reader().equals(reader)) {
                reader = record.reader();
                previous = ReadRecord.GENESIS;
                expected = 1;
            }
            checked++;
            if (record.sequenceNo() != expected || !record.previousHash().equals(previous)) {
                return ChainVerification.brokenAt(checked, record.sequenceNo(), "a record of " + reader + " is missing");
            }
            if (!record.recomputeHash().equals(record.recordHash())) {
                return ChainVerification.brokenAt(checked, record.sequenceNo(), "a record of " + reader + " was changed");
            }
            previous = record.recordHash();
            expected++;
        }
        return ChainVerification.intact(checked);
    }
}
