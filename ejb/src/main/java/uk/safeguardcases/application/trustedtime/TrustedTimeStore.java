package uk.safeguardcases.application.trustedtime;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.TimelineHead;
import uk.safeguardcases.domain.audit.TimelineRepository;
import uk.safeguardcases.domain.trustedtime.ChainHeadTimestamp;
import uk.safeguardcases.domain.trustedtime.EvidenceTimestamp;
import uk.safeguardcases.domain.trustedtime.TrustedTimeRecords;

/**
 * The short transactions around a call to the time-stamping authority: what to ask for is read in one, what it
 * answered kept in another, so no transaction is held open while the authority is asked (it may take seconds, or not
 * answer at all). Each runs as the caller's board.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TrustedTimeStore {

    @Inject
    private Clock clock;

    @Inject
    private TrustedTimeRecords records;

    @Inject
    private TimelineRepository timeline;

    @Inject
    private TimestampTokens tokens;

    /** A piece of evidence still without a token: its timestamp's id and the digest to ask for. */
    public record Waiting(long evidenceId, String sha256) {
    }

    /** One piece of evidence, if it still waits for its token. */
    public Optional<Waiting> waitingOf(long evidenceId) {
        return records.ofEvidence(evidenceId).filter(s -> !s.hasToken())
                .map(s -> new Waiting(s.evidenceId(), s.contentSha256()));
    }

    /** The board's evidence waiting for a token, the longest waiting first. */
    public List<Waiting> waiting(int max) {
        return records.waiting(max).stream().map(s -> new Waiting(s.evidenceId(), s.contentSha256())).toList();
    }

    /** Removes the tokens of evidence that is no longer kept (removed with its case); answers how many. */
    public int removeOfRemovedEvidence() {
        return records.removeOfRemovedEvidence();
    }

    /** The case's evidence waiting for a token. */
    public List<Waiting> waitingOfCase(long caseId) {
        return records.ofCase(caseId).stream().filter(s -> !s.hasToken())
                .map(s -> new Waiting(s.evidenceId(), s.contentSha256())).toList();
    }

    /**
     * Keeps what the authority answered for a piece of evidence: the token if it holds and is over the evidence's
     * digest, else one more try counted. Answers whether a token is now kept.
     */
    public boolean keepEvidenceToken(long evidenceId, Optional<byte[]> token) {
        EvidenceTimestamp stamp = records.ofEvidence(evidenceId).orElse(null);
        if (stamp == null || stamp.hasToken()) {
            return stamp != null;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Optional<TimestampTokens.TokenFacts> facts = token.flatMap(tokens::read)
                .filter(f -> f.imprintSha256().equals(stamp.contentSha256()));
        if (facts.isPresent()) {
            stamp.stamped(token.get(), facts.get().time().truncatedTo(ChronoUnit.MICROS), facts.get().authority(), now);
            return true;
        }
        stamp.triedWithoutToken(now);
        return false;
    }

    /** The board's chain head as stored now: its last entry's sequence number and hash; empty with no chain. */
    public Optional<ChainHead> chainHead() {
        TimelineHead head = timeline.headAsStored(CallerContext.current().tenantId());
        if (head == null || head.lastSequence() == 0) {
            return Optional.empty();
        }
        return Optional.of(new ChainHead(head.lastSequence(), head.lastHash()));
    }

    /** A chain head: the last entry's sequence number and hash. */
    public record ChainHead(long sequence, String hash) {
    }

    /** The latest chain head kept with a token, if any. */
    public Optional<Long> latestStampedSequence() {
        return records.latestChainHead().map(ChainHeadTimestamp::sequenceNo);
    }

    /** Keeps a chain head's token, if it holds and is over the head's hash; answers whether it was kept. */
    public boolean keepChainHeadToken(ChainHead head, byte[] token) {
        Optional<TimestampTokens.TokenFacts> facts = tokens.read(token)
                .filter(f -> f.imprintSha256().equals(head.hash()));
        if (facts.isEmpty()) {
            return false;
        }
        records.add(new ChainHeadTimestamp(head.sequence(), head.hash(), token,
                facts.get().time().truncatedTo(ChronoUnit.MICROS), facts.get().authority(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        return true;
    }
}
