package uk.safeguardcases.application.audit;

import jakarta.inject.Inject;
import java.time.Clock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.audit.TimelineRecorded;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.audit.TimelineHead;
import uk.safeguardcases.domain.audit.TimelineRepository;
import uk.safeguardcases.domain.audit.Visibility;

/**
 * The audit timeline: the one place every action is written to. Append-only (there is no method that
 * changes or removes an entry) and tamper-evident (each entry is chained to its board's previous one).
 * Entries are written in the caller's transaction, so an action and its entry commit or roll back together.
 * An entry is recorded at once (what, who, when) but chained at the transaction's commit ({@link ChainAtCommit}):
 * the board's chain head, which every writer of the board must take in turn, is then held only while the
 * transaction's entries are inserted and committed, not for the whole of a step. The chain is the same either way:
 * each entry's hash covers the one before it, and {@link #verify()} checks it the same.
 * What an entry records is typed ({@link AuditAction}, or a process's own {@link TimelineAction}), and the action
 * says whether the HR partner may see it.
 */
@Stateless
public class TimelineService {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    private static final int VERIFY_BATCH = 1000;

    @Inject
    private TimelineRepository entries;

    @Inject
    private AuditChain chain;

    /** Tells the processes what was recorded, in the same transaction (the disclosure log observes it). */
    @Inject
    private jakarta.enterprise.event.Event<TimelineRecorded> recorded;

    /** Records that the current caller did {@code action} (on the case, if given); who may see it is the action's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(Long caseId, TimelineAction action, String detail) {
        if (action.officersChoice()) {
            throw new IllegalArgumentException(action + " is a note: say whether it is internal");
        }
        append(caseId, action.label(), detail, action.visibility());
    }

    /** Records an officer's note ({@link TimelineAction#officersChoice()}): shared with HR unless marked internal. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordNote(Long caseId, TimelineAction action, String detail, boolean internal) {
        append(caseId, action.label(), detail, action.visibilityOfNote(internal));
    }

    /**
     * Takes the board's chain now and keeps it until the transaction ends: what is numbered per case before its
     * entry is made (evidence) is then numbered in the order the entries are chained, and never twice alike.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void holdChain() {
        Caller caller = CallerContext.current();
        if (entries.headLocked(caller.tenantId()).isEmpty()) {
            throw new IllegalStateException("Board " + caller.tenantId() + " has no audit chain");
        }
    }

    /**
     * Chains this transaction's entries now rather than at its commit, for work that reads or changes the entries it
     * has just recorded in the same transaction (the reads here do it themselves).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void flushPending() {
        chain.chainPending();
    }

    private void append(Long caseId, String action, String detail, Visibility visibility) {
        // Stored with microsecond precision on every database we run on; hash exactly what is stored.
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        chain.add(new PendingEntry(CallerContext.current(), caseId, action, detail == null ? "" : detail, now,
                visibility));
        recorded.fire(new TimelineRecorded(caseId, action, detail == null ? "" : detail));
    }

    public List<TimelineEntry> forCase(long caseId) {
        flushPending();
        return entries.ofCase(caseId);
    }

    /** The entries of a case that the HR partner may see, in order. */
    public List<TimelineEntry> sharedWithHr(long caseId) {
        flushPending();
        return entries.sharedWithHr(caseId);
    }

    /** The latest entries about the board rather than a case (its set-up changes), newest first. */
    public List<TimelineEntry> boardEntries(int max) {
        flushPending();
        return entries.aboutTheBoard(max);
    }

    /**
     * Walks the caller's board's chain from the first entry and recomputes every hash. Finds an altered
     * field, a removed or inserted row, and a chain cut short (the head records where it must end).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ChainVerification verify() {
        return walk(0, TimelineEntry.GENESIS).verification();
    }

    /**
     * Walks the caller's board's chain from the entry after {@code afterSequence}, which must be the entry whose hash
     * was {@code afterHash} (an earlier check's checkpoint; 0 and {@link TimelineEntry#GENESIS} for the whole
     * chain). The checkpoint entry itself is read again and must still match that hash, so a check that goes on
     * from it still finds that entry changed or removed; what lies before it is the whole walk's to check.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ChainWalk walk(long afterSequence, String afterHash) {
        flushPending();
        Caller caller = CallerContext.current();
        // The chain's head is moved in SQL (ChainAtCommit), never as an entity: one this transaction loaded before
        // (holdChain, or an earlier walk) is read again.
        TimelineHead head = entries.headAsStored(caller.tenantId());
        if (afterSequence > 0) {
            TimelineEntry checkpoint = entries.entry(afterSequence).orElse(null);
            if (checkpoint == null) {
                return ChainWalk.broken(afterSequence, ChainVerification.brokenAt(0, afterSequence,
                        "entry missing or out of order"));
            }
            if (!checkpoint.entryHash().equals(afterHash) || !checkpoint.unchanged()) {
                return ChainWalk.broken(afterSequence, ChainVerification.brokenAt(0, afterSequence,
                        "content changed after it was written"));
            }
        }
        String expectedPrevious = afterHash;
        long expectedSequence = afterSequence + 1;
        long checked = 0;
        long after = afterSequence;
        // The walk ends where the head said the chain ended when it was read: an entry is committed with the head's
        // move, so every entry up to there was committed by then, and those committed since are the next check's.
        // Without the bound, people recording during the check made it find entries past the head: a false break.
        long last = head == null ? Long.MAX_VALUE : head.lastSequence();
        while (true) {
            // Keyset pages: each reads from the last entry checked, so a long chain is read once, in order.
            List<TimelineEntry> batch = entries.entriesBetween(after, last, VERIFY_BATCH);
            for (TimelineEntry entry : batch) {
                checked++;
                if (entry.sequenceNo() != expectedSequence) {
                    return ChainWalk.broken(afterSequence + 1,
                            ChainVerification.brokenAt(checked, expectedSequence, "entry missing or out of order"));
                }
                if (!entry.previousHash().equals(expectedPrevious)) {
                    return ChainWalk.broken(afterSequence + 1, ChainVerification.brokenAt(checked, entry.sequenceNo(),
                            "does not follow the entry before it"));
                }
                if (!entry.unchanged()) {
                    return ChainWalk.broken(afterSequence + 1, ChainVerification.brokenAt(checked, entry.sequenceNo(),
                            "content changed after it was written"));
                }
                expectedPrevious = entry.entryHash();
                expectedSequence++;
                after = entry.sequenceNo();
            }
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        if (head != null && (head.lastSequence() != expectedSequence - 1
                || !Objects.equals(head.lastHash(), expectedPrevious))) {
            return ChainWalk.broken(afterSequence + 1, ChainVerification.brokenAt(checked, expectedSequence,
                    "entries removed from the end of the chain"));
        }
        if (head != null) {
            // Rows past the head that the head has not caught up with were not written here: the last entry is read
            // first, then the head again, which any entry committed by then has moved at least that far.
            Long lastWritten = entries.lastWritten();
            entries.readAgain(head);
            if (lastWritten != null && lastWritten > head.lastSequence()) {
                return ChainWalk.broken(afterSequence + 1, ChainVerification.brokenAt(checked, head.lastSequence() + 1,
                        "entries added past the end of the chain"));
            }
        }
        return new ChainWalk(afterSequence + 1, ChainVerification.intact(checked), expectedSequence - 1,
                expectedPrevious);
    }
}
