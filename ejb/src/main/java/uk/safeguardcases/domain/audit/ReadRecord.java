package uk.safeguardcases.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * That someone read something of a case: who, what, when. Chained like the timeline, but per reader (each record to
 * the same person's previous one), so recording a read never waits for anyone else's, and a record removed or changed
 * behind the product's back breaks that reader's chain. Never changed.
 */
@Entity
@Immutable
@Table(name = "read_record")
public class ReadRecord {

    public static final String GENESIS = TimelineEntry.GENESIS;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false, updatable = false)
    private String reader;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    private long sequenceNo;

    /** The kind's name ({@link Reading#name()}): the product's own or a process's. */
    @Column(nullable = false, updatable = false)
    private String what;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "case_reference", updatable = false)
    private String caseReference;

    @Column(name = "item_id", updatable = false)
    private Long itemId;

    @Column(name = "read_at", nullable = false, updatable = false)
    private Instant readAt;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(name = "record_hash", nullable = false, updatable = false)
    private String recordHash;

    protected ReadRecord() {
    }

    public static ReadRecord chained(String tenantId, String reader, long sequenceNo, String previousHash, Reading what,
            Long caseId, String caseReference, Long itemId, Instant readAt) {
        ReadRecord record = new ReadRecord();
        record.tenantId = tenantId;
        record.reader = reader;
        record.sequenceNo = sequenceNo;
        record.previousHash = previousHash;
        record.what = what.name();
        record.caseId = caseId;
        record.caseReference = caseReference;
        record.itemId = itemId;
        record.readAt = readAt;
        record.recordHash = record.recomputeHash();
        return record;
    }

    public String recomputeHash() {
        String canonical = String.join("\u001f", tenantId, reader, Long.toString(sequenceNo), previousHash, what,
                String.valueOf(caseId), String.valueOf(caseReference), String.valueOf(itemId), readAt.toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String reader() {
        return reader;
    }

    public long sequenceNo() {
        return sequenceNo;
    }

    /** The name of the kind of read ({@link Reading#name()}). */
    public String what() {
        return what;
    }

    public Long caseId() {
        return caseId;
    }

    public String caseReference() {
        return caseReference;
    }

    public Long itemId() {
        return itemId;
    }

    public Instant readAt() {
        return readAt;
    }

    public String previousHash() {
        return previousHash;
    }

    public String recordHash() {
        return recordHash;
    }
}
