package uk.safeguardcases.application.publicconcern;

import java.util.List;
import java.util.Optional;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.evidence.Evidence;

/**
 * What the public pages read of the cases their reports raised, and of the evidence the reporters gave: a read model
 * ({@code infrastructure/persistence/jpa}), on the caller's board.
 */
public interface ReportedCases {

    /** The case by its id, loaded as it stands (one already loaded in this transaction costs nothing). */
    Optional<SafeguardingCase> byId(long caseId);

    /** The id of the case with this reference. */
    Optional<Long> idOf(String reference);

    /** How many pieces of evidence the case holds, whoever gave them. */
    long evidenceCount(long caseId);

    /** How many files the reporter gave the case, and their bytes together. */
    FilesKept filesFrom(long caseId, String reporter);

    /** What the reporter gave the case (addresses and files), in the order given. */
    List<Evidence> evidenceFrom(long caseId, String reporter);

    /** A count of files and their size. */
    record FilesKept(long files, long bytes) {
    }
}
