package uk.safeguardcases.domain.transfer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The board's transfers, sent and received, and its rule (the board's filter narrows every query to its own). */
public interface TransferRepository {

    void add(CaseTransfer transfer);

    void add(ReceivedTransfer received);

    void add(TransferRule rule);

    Optional<CaseTransfer> sent(long id);

    /** Whether the case {@code caseId} has transfers sent, and came from another board: one statement. */
    OnCase onCase(long caseId);

    /** What a case has of transfers: any sent to other boards, and whether it came from one. */
    record OnCase(boolean sent, boolean received) {
    }

    /** The board's transfers of the case {@code caseId}, newest first. */
    List<CaseTransfer> sentOfCase(long caseId);

    /** The board's transfers, newest first, at most {@code most}. */
    List<CaseTransfer> sentNewestFirst(int most);

    Optional<ReceivedTransfer> received(long id);

    /** The copy of the sending board's transfer {@code fromTransferId}, if it was received already (this deployment's). */
    Optional<ReceivedTransfer> receivedFrom(String fromBoard, long fromTransferId);

    /** The copy of a package signed by {@code signerSha256} of its board's transfer, if it was imported already. */
    Optional<ReceivedTransfer> importedFrom(String signerSha256, String fromBoard, long fromTransferId);

    void add(SentPackage sentPackage);

    void add(ReceivedFile file);

    /** The files that came with the received transfer {@code transferId}, in order, without their bytes. */
    List<ReceivedFile.Shown> filesOf(long transferId);

    /** The files of the received transfers {@code transferIds}, by transfer, in order, without their bytes: one statement. */
    Map<Long, List<ReceivedFile.Shown>> filesOf(java.util.Collection<Long> transferIds);

    /** The file {@code id} that came with a transfer the board received, with its bytes. */
    Optional<ReceivedFile> file(long id);

    /** Erases the files that came with the received transfer {@code transferId} (declined, or removed there). */
    int eraseFilesOf(long transferId);

    /** The bytes of the board's evidence file {@code fileId}, as stored (the caller checks them against the SHA-256). */
    Optional<byte[]> evidenceFile(long fileId);

    /** The signed package the transfer {@code transferId} went as, if it went as one. */
    Optional<SentPackage> packageOf(long transferId);

    /** What is known of that package without reading the file: its SHA-256, whether it has a trusted time, when made. */
    Optional<PackageAbout> packageAbout(long transferId);

    record PackageAbout(String sha256, boolean trustedTime, java.time.Instant madeAt) {
    }

    void add(TrustedDeployment trusted);

    void remove(TrustedDeployment trusted);

    /** The deployments the board accepts packages from, by name. */
    List<TrustedDeployment> trustedDeployments();

    /** What came with the board's own case {@code caseId} when it accepted a transfer. */
    Optional<ReceivedTransfer> receivedAs(long caseId);

    /** The transfers received, newest first, at most {@code most}. */
    List<ReceivedTransfer> receivedNewestFirst(int most);

    /** The references of the board's own cases {@code caseIds}, by id: one statement for a page of a list. */
    java.util.Map<Long, String> caseReferences(java.util.Collection<Long> caseIds);

    /** What came that the board still holds (not declined or erased), oldest first, at most 1,000. */
    List<ReceivedTransfer> receivedHeld();

    /** What came that the sending board asked to remove and the board's legal hold keeps (not erased yet). */
    List<ReceivedTransfer> keptUnderHold();

    Optional<TransferRule> rule();

    /**
     * For the hosting operator, across every board: how many transfers each board sent, and how many it received, by
     * board id. Counts only, nothing of what they hold.
     */
    Map<String, Long> sentByBoard();

    Map<String, Long> receivedByBoard();

    /**
     * Removes what the board holds of transfers whose case its retention removed: the transfers it sent of such a
     * case, and what came with a case it accepted. Returns how many records went.
     */
    int removeOfRemovedCases();

    /** The other boards of the deployment a case may be sent to (id and name), by name: not this one, not suspended. */
    List<BoardName> otherBoards(String board);

    /** A board's id and its names. */
    record BoardName(String id, String name, String nameCy) {
    }
}
