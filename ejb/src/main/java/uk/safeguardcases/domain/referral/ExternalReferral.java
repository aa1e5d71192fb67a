package uk.safeguardcases.domain.referral;

import uk.safeguardcases.domain.cases.PartOfACase;
import uk.safeguardcases.domain.people.AccessScope;
import org.hibernate.annotations.Filter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A referral to the police, CEOP, the IWF or the LADO: who made it, when, and the agency's reference. */
@Filter(name = AccessScope.HR_ORGANISATION, deduceAliasInjectionPoints = false,
        condition = "(:organisationId = -1)")
@Filter(name = AccessScope.OWN_CASES, deduceAliasInjectionPoints = false,
        condition = "(:member = '')")
@Entity
@Immutable
@Table(name = "external_referral")
public class ExternalReferral extends PartOfACase {


    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Agency agency;

    @Column(name = "referred_at", nullable = false, updatable = false)
    private Instant referredAt;

    @Column(name = "referred_by", nullable = false, updatable = false)
    private String referredBy;

    @Column(name = "agency_reference", updatable = false)
    private String agencyReference;

    protected ExternalReferral() {
    }

    public ExternalReferral(Long caseId, Agency agency, Instant referredAt, String referredBy, String agencyReference) {
        super(caseId);
        this.agency = agency;
        this.referredAt = referredAt;
        this.referredBy = referredBy;
        this.agencyReference = agencyReference;
    }


    public Agency agency() {
        return agency;
    }

    public Instant referredAt() {
        return referredAt;
    }

    public String referredBy() {
        return referredBy;
    }

    public String agencyReference() {
        return agencyReference;
    }
}
