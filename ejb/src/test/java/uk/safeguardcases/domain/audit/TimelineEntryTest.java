package uk.safeguardcases.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The case timeline as a hash chain: each entry's hash covers the board, its place, the previous hash and what
 * happened, so a changed word or a changed link shows; the detail's words may be erased under the retention rule
 * while the chain still verifies by their digest.
 */
class TimelineEntryTest {

    private static final Instant AT = Instant.parse("2026-05-11T09:00:00Z");

    private static TimelineEntry stored(String tenant, long sequence, String previous, String detail)
            throws ReflectiveOperationException {
        TimelineEntry entry = TimelineEntry.chained(tenant, sequence, previous, 7L, "chscb.officer",
                "Removal request sent", detail, AT, Visibility.SHARED_WITH_HR);
        set(entry, "tenantId", tenant);
        return entry;
    }

    private static void set(TimelineEntry entry, String field, Object value) throws ReflectiveOperationException {
        Field f = TimelineEntry.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(entry, value);
    }

    @Test
    void anEntryAsWrittenIsUnchangedAndItsHashCoversTheDetailByItsDigest() throws Exception {
        TimelineEntry first = stored("chscb", 1, TimelineEntry.GENESIS, "Deadline Friday 15 May 2026, 17:00");
        assertThat(first.unchanged()).isTrue();
        assertThat(first.hashFormat()).isEqualTo(3);
        assertThat(first.entryHash()).hasSize(64).isEqualTo(first.recomputeHash());
        assertThat(first.detailDigest()).isEqualTo(
                uk.safeguardcases.domain.evidence.ContentHash.sha256Hex("Deadline Friday 15 May 2026, 17:00"));

        assertThat(first.sharedWithHr()).isTrue();

        TimelineEntry second = stored("chscb", 2, first.entryHash(), "Reminder sent");
        assertThat(second.previousHash()).isEqualTo(first.entryHash());
        assertThat(second.entryHash()).isNotEqualTo(first.entryHash());
    }

    @Test
    void aChangedWordInTheDetailShows() throws Exception {
        TimelineEntry entry = stored("chscb", 1, TimelineEntry.GENESIS, "Deadline Friday 15 May 2026, 17:00");
        set(entry, "detail", "Deadline Friday 29 May 2026, 17:00");
        assertThat(entry.unchanged()).isFalse();
    }

    @Test
    void aChangedActorPlaceOrLinkShows() throws Exception {
        TimelineEntry actor = stored("chscb", 1, TimelineEntry.GENESIS, "Reminder sent");
        set(actor, "actor", "chscb.senior");
        assertThat(actor.unchanged()).isFalse();

        TimelineEntry moved = stored("chscb", 1, TimelineEntry.GENESIS, "Reminder sent");
        set(moved, "sequenceNo", 2L);
        assertThat(moved.unchanged()).isFalse();

        TimelineEntry relinked = stored("chscb", 2, "a".repeat(64), "Reminder sent");
        set(relinked, "previousHash", "b".repeat(64));
        assertThat(relinked.unchanged()).isFalse();
    }

    @Test
    void whoMayReadTheEntryIsPartOfWhatItsHashCovers() throws Exception {
        TimelineEntry entry = stored("chscb", 1, TimelineEntry.GENESIS, "Reminder sent");
        set(entry, "visibility", Visibility.BOARD_ONLY);
        assertThat(entry.unchanged()).isFalse();
    }

    @Test
    void theSameEntryOnAnotherBoardHashesDifferently() throws Exception {
        TimelineEntry ours = stored("chscb", 1, TimelineEntry.GENESIS, "Reminder sent");
        TimelineEntry theirs = stored("cwmtaf", 1, TimelineEntry.GENESIS, "Reminder sent");
        assertThat(ours.entryHash()).isNotEqualTo(theirs.entryHash());
        set(ours, "tenantId", "cwmtaf");
        assertThat(ours.unchanged()).as("an entry moved to another board").isFalse();
    }

    @Test
    void wordsErasedUnderTheRetentionRuleLeaveTheChainVerifiable() throws Exception {
        TimelineEntry entry = stored("chscb", 1, TimelineEntry.GENESIS, "Siân said the photograph was hers");
        set(entry, "detail", "");
        assertThat(entry.unchanged()).as("words gone but not marked erased").isFalse();
        set(entry, "erasedAt", AT.plusSeconds(86_400));
        assertThat(entry.unchanged()).isTrue();
        assertThat(entry.recomputeHash()).isEqualTo(entry.entryHash());
    }
}
