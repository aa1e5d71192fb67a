package uk.safeguardcases.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import uk.safeguardcases.domain.audit.TimelineRecorded;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.people.Role;

/** The check of a board's audit chain over a timeline kept in memory: what it finds, and where. */
class TimelineServiceTest {

    private static final Caller SENIOR = new Caller("cwmtaf.senior", "Gwenllian Morgan", "cwmtaf",
            Set.of(Role.SENIOR), null);

    private final InMemoryTimelineRepository stored = new InMemoryTimelineRepository();
    private final List<PendingEntry> pending = new ArrayList<>();
    private final TimelineService timeline = Wiring.wire(new TimelineService(), stored,
            Clock.fixed(Instant.parse("2026-05-11T09:00:00Z"), ZoneOffset.UTC), new AuditChain() {
                @Override
                public void add(PendingEntry entry) {
                    pending.add(entry);
                }

                @Override
                public void chainPending() {
                    // Nothing waits: the test chains its entries as it writes them.
                }
            }, new RecordedEvents());

    /** What the timeline told the processes it recorded (the disclosure log observes it). */
    private final List<TimelineRecorded> told = new ArrayList<>();

    private final class RecordedEvents implements jakarta.enterprise.event.Event<TimelineRecorded> {

        @Override
        public void fire(TimelineRecorded event) {
            told.add(event);
        }

        @Override
        public <U extends TimelineRecorded> java.util.concurrent.CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends TimelineRecorded> java.util.concurrent.CompletionStage<U> fireAsync(U event,
                jakarta.enterprise.event.NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public jakarta.enterprise.event.Event<TimelineRecorded> select(java.lang.annotation.Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends TimelineRecorded> jakarta.enterprise.event.Event<U> select(Class<U> subtype,
                java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends TimelineRecorded> jakarta.enterprise.event.Event<U> select(
                jakarta.enterprise.util.TypeLiteral<U> subtype, java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    @BeforeEach
    void signIn() {
        CallerContext.set(SENIOR);
    }

    @AfterEach
    void signOut() {
        CallerContext.clear();
    }

    private List<TimelineEntry> chainOf(int entries) {
        List<TimelineEntry> chained = new ArrayList<>();
        for (int i = 1; i <= entries; i++) {
            chained.add(stored.chain("cwmtaf", 7L, "Removal request sent", "Deadline Friday 15 May 2026, 17:00 – "
                    + "“Dafydd ap Gwilym” asked to take down post " + i));
        }
        return chained;
    }

    @Test
    void anIntactChainIsCheckedEntryByEntryToItsHead() {
        List<TimelineEntry> chained = chainOf(5);

        ChainWalk walk = timeline.walk(0, TimelineEntry.GENESIS);

        assertThat(walk.verification().intact()).isTrue();
        assertThat(walk.verification().entriesChecked()).isEqualTo(5);
        assertThat(walk.verifiedToSequence()).isEqualTo(5);
        assertThat(walk.verifiedToHash()).isEqualTo(chained.get(4).entryHash());
    }

    @Test
    void aLongChainIsReadInPagesAndCheckedWhole() {
        chainOf(2_345);

        assertThat(timeline.verify()).isEqualTo(ChainVerification.intact(2_345));
    }

    @Test
    void aWordChangedAfterItWasWrittenBreaksTheChainThere() {
        List<TimelineEntry> chained = chainOf(4);
        Wiring.set(chained.get(2), "detail", "Deadline Friday 22 May 2026, 17:00");

        ChainVerification found = timeline.verify();

        assertThat(found.intact()).isFalse();
        assertThat(found.firstBrokenSequence()).isEqualTo(3);
        assertThat(found.problem()).isEqualTo("content changed after it was written");
    }

    @Test
    void aRowDeletedFromTheMiddleIsFoundMissing() {
        List<TimelineEntry> chained = chainOf(4);
        stored.delete(chained.get(1));

        ChainVerification found = timeline.verify();

        assertThat(found).isEqualTo(ChainVerification.brokenAt(2, 2, "entry missing or out of order"));
    }

    @Test
    void rowsDeletedFromTheEndAreFoundByTheHead() {
        List<TimelineEntry> chained = chainOf(4);
        stored.delete(chained.get(3));

        assertThat(timeline.verify()).isEqualTo(ChainVerification.brokenAt(3, 4,
                "entries removed from the end of the chain"));
    }

    @Test
    void aRowWrittenPastTheHeadIsFound() {
        chainOf(3);
        stored.write("cwmtaf", 7L, "Case closed", "Closed with no further action.");

        assertThat(timeline.verify()).isEqualTo(ChainVerification.brokenAt(3, 4,
                "entries added past the end of the chain"));
    }

    @Test
    void aWalkFromACheckpointChecksWhatFollowsAndTheCheckpointItself() {
        List<TimelineEntry> chained = chainOf(6);

        ChainWalk onwards = timeline.walk(4, chained.get(3).entryHash());
        assertThat(onwards.fromSequence()).isEqualTo(5);
        assertThat(onwards.verification()).isEqualTo(ChainVerification.intact(2));

        Wiring.set(chained.get(3), "detail", "Changed after the last check");
        ChainWalk fromChanged = timeline.walk(4, chained.get(3).entryHash());
        assertThat(fromChanged.verification()).isEqualTo(ChainVerification.brokenAt(0, 4,
                "content changed after it was written"));
    }

    @Test
    void anotherBoardsTimelineIsNotTheCallersToCheck() {
        chainOf(2);
        TimelineEntry theirs = stored.chain("chscb", null, "Clause added", "Clause 5.4 (Online conduct)");
        Wiring.set(theirs, "detail", "Altered");

        assertThat(timeline.verify()).isEqualTo(ChainVerification.intact(2));
    }

    @Test
    void whatIsRecordedWaitsForTheCommitWithTheCallerAndItsVisibility() {
        timeline.record(7L, AuditAction.REMOVAL_REQUEST_SENT, null);

        assertThat(pending).containsExactly(new PendingEntry(SENIOR, 7L, AuditAction.REMOVAL_REQUEST_SENT.label(), "",
                Instant.parse("2026-05-11T09:00:00Z"), AuditAction.REMOVAL_REQUEST_SENT.visibility()));
        assertThat(stored.ofCase(7L)).isEmpty();
        assertThat(told).as("the processes are told what was recorded, in the same transaction")
                .containsExactly(new TimelineRecorded(7L, AuditAction.REMOVAL_REQUEST_SENT.label(), ""));
    }
}
