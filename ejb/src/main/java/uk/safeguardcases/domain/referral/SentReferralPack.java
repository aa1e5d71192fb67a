package uk.safeguardcases.domain.referral;

import uk.safeguardcases.domain.cases.PartOfACase;
import uk.safeguardcases.domain.people.AccessScope;
import org.hibernate.annotations.Filter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import uk.safeguardcases.domain.evidence.ContentHash;

/**
 * The referral pack PDF exactly as it was sent to the HR partner (CHSCB 6.2): kept byte for byte, with its
 * SHA-256 (the one the timeline records), so the copy anyone downloads later can be checked against it. One
 * per case; never changed.
 */
@Filter(name = AccessScope.HR_ORGANISATION, deduceAliasInjectionPoints = false,
        condition = "(:organisationId = -1 or {alias}.case_id in (select hr_r.case_id from referral hr_r where hr_r.organisation_id = :organisationId))")
@Filter(name = AccessScope.OWN_CASES, deduceAliasInjectionPoints = false,
        condition = "(:member = '' or {alias}.case_id in (select own_c.id from safeguarding_case own_c join person own_p on own_p.id = own_c.subject_person_id where own_p.username = :member))")
@Entity
@Immutable
@Table(name = "sent_referral_pack")
public class SentReferralPack extends PartOfACase {


    @Column(name = "referral_id", nullable = false, updatable = false)
    private Long referralId;

    /** SHA-256 of exactly {@link #content}, lower-case hex. */
    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected SentReferralPack() {
    }

    private SentReferralPack(Long caseId) {
        super(caseId);
    }

    /** The pack of {@code referralId} on {@code caseId} as sent at {@code sentAt}; the bytes are copied. */
    public static SentReferralPack of(Long caseId, Long referralId, byte[] pdf, Instant sentAt) {
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("A sent pack cannot be empty");
        }
        SentReferralPack pack = new SentReferralPack(caseId);
        pack.referralId = referralId;
        pack.content = pdf.clone();
        pack.sha256 = ContentHash.sha256Hex(pack.content);
        pack.sizeBytes = pack.content.length;
        pack.sentAt = sentAt;
        return pack;
    }



    public Long referralId() {
        return referralId;
    }

    public String sha256() {
        return sha256;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** A copy of the bytes as sent. */
    public byte[] content() {
        return content.clone();
    }
}
