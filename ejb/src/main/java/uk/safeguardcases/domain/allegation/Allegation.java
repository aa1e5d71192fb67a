package uk.safeguardcases.domain.allegation;

import uk.safeguardcases.domain.cases.PartOfACase;
import uk.safeguardcases.domain.people.AccessScope;
import org.hibernate.annotations.Filter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.safeguardcases.domain.clause.PolicyClause;

/** One allegation of a case, citing a clause of the board's own policy. */
@Filter(name = AccessScope.HR_ORGANISATION, deduceAliasInjectionPoints = false,
        condition = "(:organisationId = -1 or {alias}.case_id in (select hr_r.case_id from referral hr_r where hr_r.organisation_id = :organisationId))")
@Filter(name = AccessScope.OWN_CASES, deduceAliasInjectionPoints = false,
        condition = "(:member = '' or {alias}.case_id in (select own_c.id from safeguarding_case own_c join person own_p on own_p.id = own_c.subject_person_id where own_p.username = :member))")
@Entity
@Table(name = "allegation")
public class Allegation extends PartOfACase {


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clause_id", nullable = false, updatable = false)
    private PolicyClause clause;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AllegationCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "possible_offence")
    private PossibleOffence possibleOffence;

    @Column(nullable = false)
    private String particulars;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Allegation() {
    }

    private Allegation(Long caseId) {
        super(caseId);
    }

    public static Allegation cite(Long caseId, PolicyClause clause, AllegationCategory category, Severity severity,
            PossibleOffence possibleOffence, String particulars, String recordedBy, Instant recordedAt) {
        Allegation allegation = new Allegation(caseId);
        allegation.clause = clause;
        allegation.category = category;
        allegation.severity = severity;
        allegation.possibleOffence = possibleOffence;
        allegation.particulars = particulars;
        allegation.recordedBy = recordedBy;
        allegation.recordedAt = recordedAt;
        return allegation;
    }



    public PolicyClause clause() {
        return clause;
    }

    public AllegationCategory category() {
        return category;
    }

    public Severity severity() {
        return severity;
    }

    public PossibleOffence possibleOffence() {
        return possibleOffence;
    }

    public String particulars() {
        return particulars;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
