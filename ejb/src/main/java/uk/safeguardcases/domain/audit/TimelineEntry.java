package uk.safeguardcases.domain.audit;

import uk.safeguardcases.domain.people.AccessScope;
import org.hibernate.annotations.Filter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * One line of a board's audit timeline: who did what, when, on which case. Entries are never changed;
 * each carries the SHA-256 of its own content and of the entry before it, so altering, removing or
 * inserting a row breaks the chain and {@code TimelineService.verify()} finds it. Since format 2 the entry's
 * {@link Visibility} is hashed too, so making a board-only entry visible to HR behind the product's back breaks
 * the chain as well; entries written before it keep the format they were hashed in. Since format 3 the hash covers
 * the SHA-256 of the detail (the words, which may hold personal data) rather than the words themselves, so the
 * words can be erased when the law says a case goes while the chain still verifies: the digest stays, and the entry
 * says when its words were erased. An entry of format 1 or 2 whose words were erased is checked by its place in
 * the chain only (its own hash still links the next entry).
 */
@Filter(name = AccessScope.HR_ORGANISATION, deduceAliasInjectionPoints = false,
        condition = "(:organisationId = -1 or {alias}.case_id in (select hr_r.case_id from referral hr_r where hr_r.organisation_id = :organisationId))")
@Filter(name = AccessScope.OWN_CASES, deduceAliasInjectionPoints = false,
        condition = "(:member = '' or {alias}.case_id in (select own_c.id from safeguarding_case own_c join person own_p on own_p.id = own_c.subject_person_id where own_p.username = :member))")
@Entity
@Immutable
@Table(name = "timeline_entry")
public class TimelineEntry {

    /** The previous hash of a board's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final int CURRENT_FORMAT = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    private long sequenceNo;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false)
    private String detail;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, updatable = false)
    private String entryHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Visibility visibility;

    /** The SHA-256 of the detail as written (format 3), which the entry's hash covers in its place. */
    @Column(name = "detail_digest", updatable = false)
    private String detailDigest;

    /** When the detail's words were erased (the case was removed under its retention rule); null while kept. */
    @Column(name = "erased_at", insertable = false, updatable = false)
    private Instant erasedAt;

    /**
     * 1: written before visibility was recorded (not hashed); 2: visibility hashed with the rest; 3: the detail's
     * digest hashed in place of its words.
     */
    @Column(name = "hash_format", nullable = false, updatable = false)
    private int hashFormat;

    protected TimelineEntry() {
    }

    /** The next entry after {@code previousHash} at {@code sequenceNo}, for the board the session belongs to. */
    public static TimelineEntry chained(String tenantId, long sequenceNo, String previousHash, Long caseId,
            String actor, String action, String detail, Instant occurredAt, Visibility visibility) {
        TimelineEntry entry = new TimelineEntry();
        entry.visibility = visibility;
        entry.hashFormat = CURRENT_FORMAT;
        entry.sequenceNo = sequenceNo;
        entry.caseId = caseId;
        entry.actor = actor;
        entry.action = action;
        entry.detail = detail;
        entry.occurredAt = occurredAt;
        entry.previousHash = previousHash;
        entry.detailDigest = sha256(detail);
        entry.entryHash = hash(CURRENT_FORMAT, tenantId, sequenceNo, previousHash, caseId, actor, action,
                entry.detailDigest, occurredAt, visibility);
        return entry;
    }

    /** The hash this entry should carry, recomputed from what is stored now. */
    public String recomputeHash() {
        return hash(hashFormat, tenantId, sequenceNo, previousHash, caseId, actor, action,
                hashFormat >= 3 ? detailDigest : detail, occurredAt, visibility);
    }

    /**
     * Whether what is stored is what was written: the hash recomputed from the stored fields, and (unless the words
     * were erased) the words against their digest. An erased entry of format 1 or 2 cannot be recomputed: it is
     * taken as written, and the chain's links still hold it in place.
     */
    public boolean unchanged() {
        if (erasedAt != null && hashFormat < 3) {
            return true;
        }
        if (hashFormat >= 3 && erasedAt == null && !sha256(detail).equals(detailDigest)) {
            return false;
        }
        return recomputeHash().equals(entryHash);
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String hash(int format, String tenantId, long sequenceNo, String previousHash, Long caseId, String actor,
            String action, String detailOrDigest, Instant occurredAt, Visibility visibility) {
        // Unit separators keep field boundaries unambiguous ("ab"+"c" never hashes like "a"+"bc").
        String canonical = String.join("\u001f", tenantId, Long.toString(sequenceNo), previousHash,
                caseId == null ? "" : caseId.toString(), actor, action, detailOrDigest, occurredAt.toString());
        if (format >= 2) {
            canonical += "\u001f" + visibility.name();
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The SHA-256 of the detail as written (hashed in its place since format 3, so the detail can be erased). */
    public String detailDigest() {
        return detailDigest;
    }

    public int hashFormat() {
        return hashFormat;
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public long sequenceNo() {
        return sequenceNo;
    }

    public Long caseId() {
        return caseId;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String detail() {
        return detail;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }

    public Visibility visibility() {
        return visibility;
    }

    public boolean sharedWithHr() {
        return visibility.sharedWithHr();
    }
}
