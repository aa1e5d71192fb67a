package uk.safeguardcases.domain.trustedtime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * A board's audit-chain head as it stood one night, fixed by a time-stamping authority's token over the head entry's
 * hash (RFC 3161). The chain lives in the product's own database, so whoever can write there could rewrite it and
 * recompute every hash after; a token signed by someone else over the hash the chain had then cannot be rewritten
 * with it. Never changed once kept.
 */
@Entity
@Immutable
@Table(name = "chain_head_timestamp")
public class ChainHeadTimestamp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    /** The head entry's sequence number in the board's chain. */
    @Column(name = "sequence_no", nullable = false, updatable = false)
    private long sequenceNo;

    /** The head entry's hash when it was stamped (lower-case hex): the token's message imprint. */
    @Column(name = "entry_hash", nullable = false, updatable = false)
    private String entryHash;

    @Column(name = "kept_at", nullable = false, updatable = false)
    private Instant keptAt;

    @Column(name = "token", nullable = false, updatable = false)
    private byte[] token;

    @Column(name = "stamped_at", nullable = false, updatable = false)
    private Instant stampedAt;

    @Column(name = "authority", nullable = false, updatable = false)
    private String authority;

    protected ChainHeadTimestamp() {
    }

    public ChainHeadTimestamp(long sequenceNo, String entryHash, byte[] token, Instant stampedAt, String authority,
            Instant keptAt) {
        if (entryHash == null || !entryHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A chain head's hash is a SHA-256 in lower-case hex");
        }
        this.sequenceNo = sequenceNo;
        this.entryHash = entryHash;
        this.token = Objects.requireNonNull(token, "token").clone();
        this.stampedAt = Objects.requireNonNull(stampedAt, "stampedAt");
        this.authority = authority == null ? "" : authority.length() > 500 ? authority.substring(0, 500) : authority;
        this.keptAt = Objects.requireNonNull(keptAt, "keptAt");
    }

    public Long id() {
        return id;
    }

    public long sequenceNo() {
        return sequenceNo;
    }

    public String entryHash() {
        return entryHash;
    }

    public Instant keptAt() {
        return keptAt;
    }

    public byte[] token() {
        return token.clone();
    }

    public Instant stampedAt() {
        return stampedAt;
    }

    public String authority() {
        return authority;
    }
}
