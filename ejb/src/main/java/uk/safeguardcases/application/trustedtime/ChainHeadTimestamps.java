package uk.safeguardcases.application.trustedtime;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.audit.ChainWalk;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.audit.TrustedTime;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.audit.TimelineRepository;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.trustedtime.ChainHeadTimestamp;
import uk.safeguardcases.domain.trustedtime.TrustedTimeRecords;

/**
 * Each night the head of every board's audit chain is timestamped and the token kept: the chain lives in the
 * product's database, so someone who can write there could rewrite an entry and every hash after it, and the chain's
 * own check would find it whole; a token a time-stamping authority signed over the head's hash that night cannot be
 * rewritten with it. Comparing the chain as it is now with every kept token finds such a rewrite.
 */
@Stateless
public class ChainHeadTimestamps {

    /** The most kept tokens a comparison reads: more than a year of nights. */
    static final int MOST_COMPARED = 400;

    @Inject
    @Any
    private Instance<TrustedTime> authorities;

    @Inject
    private TrustedTimeStore store;

    @Inject
    private TrustedTimeRecords records;

    @Inject
    private TimestampTokens tokens;

    @Inject
    private TimelineService timeline;

    @Inject
    private TimelineRepository entries;

    @Inject
    private EvidenceStamping evidence;

    /** What a night's stamping did. */
    public enum Night {
        STAMPED, UNCHANGED, NO_CHAIN, NO_AUTHORITY, NOT_ANSWERED
    }

    /**
     * The night's work for the caller's board (its system caller): the chain head timestamped unless the last kept
     * token already fixes it, outside any transaction while the authority is asked.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Night stampTheHead() {
        if (!evidence.configured()) {
            return Night.NO_AUTHORITY;
        }
        Optional<TrustedTimeStore.ChainHead> head = store.chainHead();
        if (head.isEmpty()) {
            return Night.NO_CHAIN;
        }
        if (store.latestStampedSequence().filter(s -> s == head.get().sequence()).isPresent()) {
            return Night.UNCHANGED;
        }
        Optional<byte[]> token = evidence.ask(HexFormat.of().parseHex(head.get().hash()));
        return token.isPresent() && store.keepChainHeadToken(head.get(), token.get()) ? Night.STAMPED
                : Night.NOT_ANSWERED;
    }

    /** The board's kept chain-head tokens compared with its chain as it is now, for its administrator. */
    public List<ChainHeadCheck> compare() {
        CallerContext.require(Role.ADMIN);
        return compareNow();
    }

    /** The comparison, for the board's administrator or its system caller. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<ChainHeadCheck> compareNow() {
        List<ChainHeadTimestamp> kept = records.chainHeads(MOST_COMPARED);
        if (kept.isEmpty()) {
            return List.of();
        }
        ChainWalk walk = timeline.walk(0, TimelineEntry.GENESIS);
        Long brokenAt = walk.verification().intact() ? null : walk.verification().firstBrokenSequence();
        List<ChainHeadCheck> checks = new ArrayList<>();
        for (ChainHeadTimestamp stamp : kept) {
            Optional<TimestampTokens.TokenFacts> facts = tokens.read(stamp.token());
            ChainHeadCheck.Verdict verdict;
            if (facts.isEmpty()) {
                verdict = ChainHeadCheck.Verdict.TOKEN_INVALID;
            } else {
                Optional<TimelineEntry> entry = entries.entry(stamp.sequenceNo());
                if (entry.isEmpty()) {
                    verdict = ChainHeadCheck.Verdict.ENTRY_MISSING;
                } else if (brokenAt != null && brokenAt <= stamp.sequenceNo()
                        || !entry.get().unchanged()
                        || !entry.get().entryHash().equals(facts.get().imprintSha256())) {
                    // The imprint is read from the signed token, not from the kept row beside it.
                    verdict = ChainHeadCheck.Verdict.TAMPERED;
                } else {
                    verdict = ChainHeadCheck.Verdict.MATCHES;
                }
            }
            checks.add(new ChainHeadCheck(stamp.id(), stamp.sequenceNo(), stamp.stampedAt(), stamp.authority(),
                    verdict, brokenAt != null && brokenAt <= stamp.sequenceNo() ? brokenAt : null));
        }
        return checks;
    }

    /** The board's kept chain-head tokens, the latest first, for its administrator. */
    public List<ChainHeadCheck> kept(int max) {
        CallerContext.require(Role.ADMIN);
        return records.chainHeads(Math.min(max, MOST_COMPARED)).stream().map(s -> new ChainHeadCheck(s.id(),
                s.sequenceNo(), s.stampedAt(), s.authority(), null, null)).toList();
    }

    /** A kept chain-head token of the caller's board, as the authority signed it (DER), for its administrator. */
    public byte[] tokenOf(long id) {
        CallerContext.require(Role.ADMIN);
        return records.chainHead(id).map(ChainHeadTimestamp::token)
                .orElseThrow(() -> new NotFoundException(TrustedTimeWords.text("notFound.token")));
    }

    /** How many of the board's pieces of evidence still wait for a token, for its administrator's page. */
    public long evidenceWaiting() {
        CallerContext.require(Role.ADMIN);
        return records.countWaiting();
    }

    /** Whether a time-stamping authority is set. */
    public boolean configured() {
        return evidence.configured();
    }
}
