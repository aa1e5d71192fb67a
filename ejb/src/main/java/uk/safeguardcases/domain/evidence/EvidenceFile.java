package uk.safeguardcases.domain.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * The bytes of a file attached to evidence, kept in their own table, apart from the case and the evidence
 * rows. Nothing refers to this entity by association: {@link Evidence} holds only its id, so listing
 * evidence never reads file contents; the bytes are read only by an explicit query for this entity. Never
 * changed once saved.
 */
@Entity
@Immutable
@Table(name = "evidence_file")
public class EvidenceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    /** SHA-256 of exactly {@link #content}, in lower-case hex. */
    @Column(name = "content_sha256", nullable = false, updatable = false)
    private String contentSha256;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected EvidenceFile() {
    }

    /** A file to keep, for the board the session belongs to; the bytes are copied. */
    public static EvidenceFile of(byte[] content) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("An evidence file cannot be empty");
        }
        EvidenceFile file = new EvidenceFile();
        file.content = content.clone();
        file.contentSha256 = ContentHash.sha256Hex(file.content);
        return file;
    }

    public Long id() {
        return id;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public long size() {
        return content.length;
    }

    /** A copy of the stored bytes. */
    public byte[] content() {
        return content.clone();
    }
}
