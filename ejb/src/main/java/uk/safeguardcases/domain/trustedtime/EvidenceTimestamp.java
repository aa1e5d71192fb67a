package uk.safeguardcases.domain.trustedtime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.TenantId;

/**
 * The trusted time of one piece of evidence (RFC 3161): kept beside the evidence from the moment it is recorded,
 * waiting without a token until a time-stamping authority has signed one over the evidence's SHA-256. The token, once
 * kept, never changes; while there is none, each try is counted, so a later retry may fill it.
 */
@Entity
@Table(name = "evidence_timestamp")
public class EvidenceTimestamp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "evidence_id", nullable = false, updatable = false)
    private long evidenceId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    /** The evidence's SHA-256, in lower-case hex: the digest the token is asked for. */
    @Column(name = "content_sha256", nullable = false, updatable = false)
    private String contentSha256;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_tried_at")
    private Instant lastTriedAt;

    /** The DER-encoded time-stamp token as the authority signed it; null while none was given. */
    @Column(name = "token")
    private byte[] token;

    /** The time the authority put in the token (its {@code genTime}). */
    @Column(name = "stamped_at")
    private Instant stampedAt;

    /** Who the authority is, as its token names it. */
    @Column(name = "authority")
    private String authority;

    protected EvidenceTimestamp() {
    }

    /** A piece of evidence just recorded, its token still to be asked for. */
    public static EvidenceTimestamp awaiting(long evidenceId, long caseId, String contentSha256, Instant at) {
        if (contentSha256 == null || !contentSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A SHA-256 in lower-case hex is timestamped");
        }
        EvidenceTimestamp stamp = new EvidenceTimestamp();
        stamp.evidenceId = evidenceId;
        stamp.caseId = caseId;
        stamp.contentSha256 = contentSha256;
        stamp.askedAt = Objects.requireNonNull(at, "at");
        return stamp;
    }

    /** The authority answered with this token (already checked against the digest); kept once, never replaced. */
    public void stamped(byte[] derToken, Instant genTime, String by, Instant at) {
        if (token != null) {
            return;
        }
        attempts++;
        lastTriedAt = at;
        token = Objects.requireNonNull(derToken, "derToken").clone();
        stampedAt = Objects.requireNonNull(genTime, "genTime");
        authority = by == null ? "" : by.length() > 500 ? by.substring(0, 500) : by;
    }

    /** The authority was asked and gave no token (not set, not reachable, or its answer did not hold). */
    public void triedWithoutToken(Instant at) {
        if (token == null) {
            attempts++;
            lastTriedAt = at;
        }
    }

    public boolean hasToken() {
        return token != null;
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public long evidenceId() {
        return evidenceId;
    }

    public long caseId() {
        return caseId;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant lastTriedAt() {
        return lastTriedAt;
    }

    /** A copy of the token, or null while there is none. */
    public byte[] token() {
        return token == null ? null : token.clone();
    }

    public Instant stampedAt() {
        return stampedAt;
    }

    public String authority() {
        return authority;
    }
}
