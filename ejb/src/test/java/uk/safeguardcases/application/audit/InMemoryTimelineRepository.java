package uk.safeguardcases.application.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.ChainCheck;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.audit.TimelineHead;
import uk.safeguardcases.domain.audit.TimelineRepository;
import uk.safeguardcases.domain.audit.Visibility;

/**
 * Every board's timeline in memory, chained as the chain at commit chains it (entry and head together), with ways to
 * do what only someone at the database could: change a stored word, delete a row, write one past the head.
 */
class InMemoryTimelineRepository implements TimelineRepository {

    private static final Instant AT = Instant.parse("2026-05-11T09:00:00Z");

    private final List<TimelineEntry> entries = new ArrayList<>();
    private final Map<String, TimelineHead> heads = new HashMap<>();
    private final List<ChainCheck> checks = new ArrayList<>();

    /** Chains an entry on {@code board}'s timeline and moves its head, as a committed transaction does. */
    TimelineEntry chain(String board, Long caseId, String action, String detail) {
        TimelineEntry entry = write(board, caseId, action, detail);
        TimelineHead head = heads.computeIfAbsent(board, b -> {
            TimelineHead created = new TimelineHead() {
            };
            Wiring.set(created, "tenantId", b);
            return created;
        });
        Wiring.set(head, "lastSequence", entry.sequenceNo());
        Wiring.set(head, "lastHash", entry.entryHash());
        return entry;
    }

    /** Writes an entry after the board's last one without moving the head: a row nobody chained. */
    TimelineEntry write(String board, Long caseId, String action, String detail) {
        TimelineEntry last = entries.stream().filter(e -> e.tenantId().equals(board))
                .max(Comparator.comparing(TimelineEntry::sequenceNo)).orElse(null);
        long sequence = last == null ? 1 : last.sequenceNo() + 1;
        TimelineEntry entry = TimelineEntry.chained(board, sequence, last == null ? TimelineEntry.GENESIS
                : last.entryHash(), caseId, "cwmtaf.officer", action, detail, AT.plusSeconds(sequence),
                Visibility.SHARED_WITH_HR);
        Wiring.set(entry, "tenantId", board);
        entries.add(entry);
        return entry;
    }

    void delete(TimelineEntry entry) {
        entries.remove(entry);
    }

    private List<TimelineEntry> ours() {
        String board = CallerContext.current().tenantId();
        return entries.stream().filter(e -> e.tenantId().equals(board))
                .sorted(Comparator.comparing(TimelineEntry::sequenceNo)).toList();
    }

    @Override
    public List<TimelineEntry> ofCase(long caseId) {
        return ours().stream().filter(e -> e.caseId() != null && e.caseId() == caseId).toList();
    }

    @Override
    public List<TimelineEntry> sharedWithHr(long caseId) {
        return ofCase(caseId).stream().filter(e -> e.visibility() == Visibility.SHARED_WITH_HR).toList();
    }

    @Override
    public List<TimelineEntry> aboutTheBoard(int max) {
        return ours().stream().filter(e -> e.caseId() == null)
                .sorted(Comparator.comparing(TimelineEntry::sequenceNo).reversed()).limit(max).toList();
    }

    @Override
    public List<TimelineEntry> ofCasesRecording(Collection<Long> caseIds, Collection<String> actions) {
        return ours().stream().filter(e -> caseIds.contains(e.caseId()) && actions.contains(e.action()))
                .sorted(Comparator.comparing(TimelineEntry::sequenceNo).reversed()).toList();
    }

    @Override
    public Optional<TimelineHead> headLocked(String board) {
        return Optional.ofNullable(heads.get(board));
    }

    @Override
    public TimelineHead headAsStored(String board) {
        return heads.get(board);
    }

    @Override
    public void readAgain(TimelineHead head) {
        // Always as stored: the head here is the stored one.
    }

    @Override
    public Optional<Long> lastSequence(String board) {
        return Optional.ofNullable(heads.get(board)).map(TimelineHead::lastSequence);
    }

    @Override
    public Optional<TimelineEntry> entry(long sequence) {
        return ours().stream().filter(e -> e.sequenceNo() == sequence).findFirst();
    }

    @Override
    public List<TimelineEntry> entriesBetween(long after, long last, int max) {
        return ours().stream().filter(e -> e.sequenceNo() > after && e.sequenceNo() <= last).limit(max).toList();
    }

    @Override
    public Long lastWritten() {
        return ours().stream().map(TimelineEntry::sequenceNo).max(Long::compare).orElse(null);
    }

    @Override
    public Optional<ChainCheck> lastCheck() {
        return checks.isEmpty() ? Optional.empty() : Optional.of(checks.get(checks.size() - 1));
    }

    @Override
    public Optional<ChainCheck> lastIntactWholeCheck() {
        return checks.stream().filter(c -> c.intact() && c.whole()).reduce((a, b) -> b);
    }

    @Override
    public void add(ChainCheck check) {
        checks.add(check);
    }
}
