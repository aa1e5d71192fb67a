package uk.safeguardcases.domain.transfer;

import java.util.List;

/**
 * What goes from the sending board to the receiving board, made once by the sending board as it sends: its words with
 * the transfer's redactions applied, never who raised the concern, never a staff member's account name.
 *
 * @param fromBoard the sending board's id
 * @param transferId the sending board's id of the transfer
 * @param reference the sending board's case reference
 * @param outcome the sending board's outcome of its investigation (a {@code CaseOutcome}'s name), or null
 * @param finding the sending board's finding on the allegation (an {@code AllegationFinding}'s name), or null
 * @param redactedPassages how many passages the redactions replaced, so the receiving board is told that, not what
 * @param files the files that go, when the senior manager chose them: the chosen evidence items' and the referral pack
 *        as it was sent (files go as they are: the redactions apply to words)
 */
public record TransferPackage(String fromBoard, long transferId, String reference, LegalBasis legalBasis,
        String reason, String subjectName, String organisationName, String summary, String outcome, String findings,
        String finding, int redactedPassages, List<ReceivedItem> items, List<File> files) {

    public TransferPackage {
        items = List.copyOf(items);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** What goes without files. */
    public TransferPackage(String fromBoard, long transferId, String reference, LegalBasis legalBasis, String reason,
            String subjectName, String organisationName, String summary, String outcome, String findings,
            String finding, int redactedPassages, List<ReceivedItem> items) {
        this(fromBoard, transferId, reference, legalBasis, reason, subjectName, organisationName, summary, outcome,
                findings, finding, redactedPassages, items, List.of());
    }

    /** A file that goes: what it is, its name and type, the SHA-256 the sending board recorded, and its bytes. */
    public record File(ReceivedFile.Kind kind, String title, String fileName, String contentType, String sha256,
            byte[] content) {

        public File {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof File f && kind == f.kind && title.equals(f.title) && fileName.equals(f.fileName)
                    && contentType.equals(f.contentType) && sha256.equals(f.sha256)
                    && java.util.Arrays.equals(content, f.content);
        }

        @Override
        public int hashCode() {
            return sha256.hashCode();
        }

        @Override
        public String toString() {
            return "File[" + kind + ", " + fileName + ", " + content.length + " bytes, " + sha256 + "]";
        }
    }
}
