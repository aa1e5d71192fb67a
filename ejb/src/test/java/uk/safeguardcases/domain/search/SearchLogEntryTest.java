package uk.safeguardcases.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A logged search keeps a file of at most 20 MB, whoever logs it (the page, the services, any other caller). */
class SearchLogEntryTest {

    @Test
    void aFileOfUpToTwentyMegabytesIsKeptWithTheLoggedSearch() {
        assertThat(SearchLogEntry.MAX_FILE_BYTES).isEqualTo(20 * 1024 * 1024);
        assertThat(SearchLogEntry.fileTooLarge(1)).isFalse();
        assertThat(SearchLogEntry.fileTooLarge(20L * 1024 * 1024)).as("20 MB exactly").isFalse();
    }

    @Test
    void aLargerFileIsRefused() {
        assertThat(SearchLogEntry.fileTooLarge(20L * 1024 * 1024 + 1)).isTrue();
        assertThat(SearchLogEntry.fileTooLarge(3L * 1024 * 1024 * 1024)).as("beyond an int").isTrue();
    }
}
