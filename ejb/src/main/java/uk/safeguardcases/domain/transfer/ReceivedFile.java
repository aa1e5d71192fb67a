package uk.safeguardcases.domain.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import uk.safeguardcases.domain.evidence.ContentHash;
import uk.safeguardcases.domain.evidence.FileType;

/**
 * A file another board sent with a case (issue 67), kept beside what came, read-only, byte for byte: an evidence
 * item's file (as the sending board captured it) or the referral pack as it sent it to the HR partner. Its bytes are
 * read only when it is opened (the lists read {@link Shown}); it is erased with what came.
 */
@Entity
@Table(name = "received_transfer_file")
public class ReceivedFile {

    /** What the file is. */
    public enum Kind {
        EVIDENCE, REFERRAL_PACK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "transfer_id", nullable = false, updatable = false)
    private Long transferId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false, length = 20)
    private String kind;

    @Column(nullable = false, updatable = false, length = 2000)
    private String title;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected ReceivedFile() {
    }

    /**
     * The file {@code sent}, kept as the {@code position}th of what came with the received transfer {@code
     * transferId}: refused when its bytes are not those the sending board recorded (changed on the way).
     */
    public static ReceivedFile kept(long transferId, int position, TransferPackage.File sent) {
        byte[] bytes = sent.content();
        if (!acceptable(sent)) {
            throw new IllegalArgumentException("A file sent with a case is not the one the sending board recorded,"
                    + " or not of a type a case's file may be");
        }
        ReceivedFile f = new ReceivedFile();
        f.transferId = transferId;
        f.position = position;
        f.kind = sent.kind().name();
        f.title = sent.title();
        f.fileName = sent.fileName();
        f.contentType = FileType.forContentType(sent.contentType()).orElseThrow().contentType();
        f.sizeBytes = bytes.length;
        f.sha256 = sent.sha256();
        f.content = bytes;
        return f;
    }

    /**
     * Whether a file sent may be kept: its bytes those the sending board recorded (their SHA-256), and of a type a
     * case's file may be (as an evidence file's: its content, not its name, says which).
     */
    public static boolean acceptable(TransferPackage.File sent) {
        byte[] bytes = sent.content();
        return ContentHash.sha256Hex(bytes).equals(sent.sha256())
                && FileType.forContentType(sent.contentType()).filter(t -> t.matches(bytes)).isPresent();
    }

    /** A file as the pages list it, without its bytes. */
    public record Shown(long id, long transferId, String kind, String title, String fileName, String contentType,
            long sizeBytes, String sha256) {

        /** Its size in whole kilobytes, rounded up (1 kB for a file of a few bytes). */
        public long kilobytes() {
            return (sizeBytes + 1023) / 1024;
        }
    }

    public Long id() {
        return id;
    }

    public Long transferId() {
        return transferId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }
}
