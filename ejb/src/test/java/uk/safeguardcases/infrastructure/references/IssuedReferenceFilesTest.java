package uk.safeguardcases.infrastructure.references;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguardcases.application.cases.IssuedReferences.BoardYear;
import uk.safeguardcases.application.cases.ReferencesNotKeptException;

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

    @Test
    void aNumberThatCannotBeWrittenIsRefusedAndTheProblemIsSaid() throws Exception {
        IssuedReferenceFiles node1 = new IssuedReferenceFiles(archive.toString(), "node1");
        node1.keep("cwmtaf", "", 2026, 13);
        assertThat(node1.problem()).isNull();
        // A file where the node's folder was: what a wrong mount or a removed folder leaves (root ignores permissions).
        Files.delete(archive.resolve("node1/cwmtaf-2026"));
        Files.delete(archive.resolve("node1/.writable"));
        Files.delete(archive.resolve("node1"));
        Files.writeString(archive.resolve("node1"), "not a folder");

        assertThatThrownBy(() -> node1.keep("cwmtaf", "", 2026, 14))
                .isInstanceOf(ReferencesNotKeptException.class)
                .hasMessageContaining("Nothing was saved");
        assertThat(node1.problem()).contains("node1");
        assertThatThrownBy(() -> node1.keep("cwmtaf", "SAR", 2026, 1)).isInstanceOf(ReferencesNotKeptException.class);

        // Mended: the next number is kept, and the problem clears once probed again.
        Files.delete(archive.resolve("node1"));
        IssuedReferenceFiles restarted = new IssuedReferenceFiles(archive.toString(), "node1");
        assertThat(restarted.problem()).isNull();
        restarted.keep("cwmtaf", "", 2026, 14);
        assertThat(restarted.highest()).containsEntry(new BoardYear("cwmtaf", 2026), 14);
    }

    @Test
    void theProbeFileIsNeverReadAsAReference() {
        IssuedReferenceFiles node1 = new IssuedReferenceFiles(archive.toString(), "node1");
        assertThat(node1.problem()).isNull();
        assertThat(Files.exists(archive.resolve("node1/.writable"))).isTrue();
        assertThat(node1.highest()).isEmpty();
    }

    @Test
    void withNoPlaceConfiguredThereIsNoProblemAndNothingIsRefused() {
        IssuedReferenceFiles none = new IssuedReferenceFiles("", "node1");
        none.keep("lscb", "", 2026, 3);
        assertThat(none.problem()).isNull();
    }
}
