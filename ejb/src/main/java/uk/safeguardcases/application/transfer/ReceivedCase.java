package uk.safeguardcases.application.transfer;

import java.util.List;
import uk.safeguardcases.domain.transfer.ReceivedFile;
import uk.safeguardcases.domain.transfer.ReceivedTransfer;

/**
 * A transfer the board received, as its pages show it: what came (read-only), the sending board's name, the board's
 * own case reference once it accepted, and the files that came with it (none on the list's page, which reads none).
 */
public record ReceivedCase(ReceivedTransfer received, String fromBoardName, String ownReference,
        List<ReceivedFile.Shown> files) {

    public ReceivedCase {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
