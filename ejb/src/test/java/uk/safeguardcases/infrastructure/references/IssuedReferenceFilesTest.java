package uk.safeguardcases.infrastructure.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguardcases.application.cases.IssuedReferences.BoardYear;

class IssuedReferenceFilesTest {

    @TempDir
    Path archive;

    @Test
    void theHighestNumberOfEachBoardAndYearIsTheLargestAnyNodeKept() {
        IssuedReferenceFiles node1 = new IssuedReferenceFiles(archive.toString(), "node1");
        IssuedReferenceFiles node2 = new IssuedReferenceFiles(archive.toString(), "node2");
        node1.issued("chscb", 2026, 41);
        node2.issued("chscb", 2026, 42);
        node1.issued("chscb", 2026, 40);
        node1.issued("cwm-taf", 2026, 7);
        node2.issued("chscb", 2027, 1);

        assertThat(new IssuedReferenceFiles(archive.toString(), "node3").highest()).isEqualTo(Map.of(
                new BoardYear("chscb", 2026), 42, new BoardYear("cwm-taf", 2026), 7, new BoardYear("chscb", 2027), 1));
    }

    @Test
    void eachSeriesOfABoardIsKeptApartFromItsCases() throws Exception {
        IssuedReferenceFiles node1 = new IssuedReferenceFiles(archive.toString(), "node1");
        node1.issued("cwm-taf", 2026, 12);
        node1.issued("cwm-taf", "CS", 2026, 3);
        node1.issued("cwm-taf", "SAR", 2026, 41);

        assertThat(new IssuedReferenceFiles(archive.toString(), "node2").highest()).isEqualTo(Map.of(
                new BoardYear("cwm-taf", 2026), 12, new BoardYear("cwm-taf", "CS", 2026), 3,
                new BoardYear("cwm-taf", "SAR", 2026), 41));
        assertThat(Files.readString(archive.resolve("node1/cwm-taf+CS-2026"))).isEqualTo("000000000003\n");
    }

    @Test
    void aNodeStartedAgainNeverWritesItsFileBackwards() throws Exception {
        new IssuedReferenceFiles(archive.toString(), "node1").issued("nscb", 2026, 1200);
        IssuedReferenceFiles again = new IssuedReferenceFiles(archive.toString(), "node1");
        again.issued("nscb", 2026, 9);

        assertThat(again.highest()).containsEntry(new BoardYear("nscb", 2026), 1200);
        assertThat(Files.readString(archive.resolve("node1/nscb-2026"))).isEqualTo("000000001200\n");
    }

    @Test
    void withNoPlaceConfiguredNothingIsKeptOrRead() {
        IssuedReferenceFiles none = new IssuedReferenceFiles(" ", "node1");
        none.issued("chscb", 2026, 5);

        assertThat(none.kept()).isFalse();
        assertThat(none.highest()).isEmpty();
    }
}
