package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.safeguardcases.domain.referral.ExternalReferral;
import uk.safeguardcases.domain.referral.Referral;
import uk.safeguardcases.domain.referral.ReferralRepository;
import uk.safeguardcases.domain.referral.SentReferralPack;

@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Referral> ofCase(long caseId) {
        return BoardQuery.first(em.createQuery("select r from Referral r where r.tenantId = :board"
                + " and r.caseId = :caseId", Referral.class).setParameter("caseId", caseId));
    }

    @Override
    public java.util.List<ExternalReferral> externalOf(long caseId) {
        return BoardQuery.list(em.createQuery("select e from ExternalReferral e where e.tenantId = :board"
                + " and e.caseId = :id order by e.referredAt", ExternalReferral.class).setParameter("id", caseId));
    }

    @Override
    public Optional<SentReferralPack> sentPack(long caseId) {
        return em.createQuery("select p from SentReferralPack p where p.caseId = :caseId", SentReferralPack.class)
                .setParameter("caseId", caseId).getResultStream().findFirst();
    }

    @Override
    public Optional<SentPackCopy> sentPackCopy(long caseId) {
        return em.createQuery("select p.sha256, p.sentAt, p.sizeBytes from SentReferralPack p"
                        + " where p.caseId = :caseId", Object[].class)
                .setParameter("caseId", caseId).getResultStream().findFirst()
                .map(row -> new SentPackCopy((String) row[0], (java.time.Instant) row[1], (Integer) row[2]));
    }

    @Override
    public void add(SentReferralPack pack) {
        em.persist(pack);
    }

    @Override
    public Optional<Referral> ofCaseTo(long caseId, Long organisationId) {
        return em.createQuery("select r from Referral r where r.caseId = :caseId and r.organisationId = :organisation",
                        Referral.class)
                .setParameter("caseId", caseId)
                .setParameter("organisation", organisationId)
                .getResultStream().findFirst();
    }

    /** Open: no outcome yet, or an appeal waiting for its outcome. */
    private static final String OPEN = "(r.hrOutcome is null"
            + " or (r.appealed = true and r.appealOutcome is null and r.appealResult is null))";

    @Override
    public java.util.List<Referred> to(Long organisationId, Boolean open, int most) {
        String which = open == null ? "" : open ? " and " + OPEN : " and not " + OPEN;
        java.util.List<Object[]> rows = em.createQuery("select r, c from Referral r join SafeguardingCase c on c.id = r.caseId"
                        + " where r.organisationId = :organisation" + which
                        + " order by case when " + OPEN + " then 0 else 1 end, r.acknowledgeBy.due, r.id",
                        Object[].class)
                .setParameter("organisation", organisationId)
                .setMaxResults(most).getResultList();
        return rows.stream().map(row -> new Referred((Referral) row[0],
                (uk.safeguardcases.domain.cases.SafeguardingCase) row[1])).toList();
    }

    @Override
    public void add(Referral referral) {
        em.persist(referral);
    }
}
