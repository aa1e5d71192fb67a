package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.domain.trustedtime.ChainHeadTimestamp;
import uk.safeguardcases.domain.trustedtime.EvidenceTimestamp;
import uk.safeguardcases.domain.trustedtime.TrustedTimeRecords;

/** The kept timestamps, by queries the board's filter narrows to the caller's board. */
@ApplicationScoped
public class JpaTrustedTimeRecords implements TrustedTimeRecords {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(EvidenceTimestamp stamp) {
        em.persist(stamp);
    }

    @Override
    public Optional<EvidenceTimestamp> ofEvidence(long evidenceId) {
        return em.createQuery("select s from EvidenceTimestamp s where s.evidenceId = :e", EvidenceTimestamp.class)
                .setParameter("e", evidenceId).getResultStream().findFirst();
    }

    @Override
    public List<EvidenceTimestamp> ofCase(long caseId) {
        return em.createQuery("select s from EvidenceTimestamp s where s.caseId = :c order by s.evidenceId",
                EvidenceTimestamp.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<EvidenceTimestamp> waiting(int max) {
        return em.createQuery("select s from EvidenceTimestamp s where s.stampedAt is null order by s.askedAt, s.id",
                EvidenceTimestamp.class).setMaxResults(max).getResultList();
    }

    @Override
    public long countWaiting() {
        return em.createQuery("select count(stamp) from EvidenceTimestamp stamp where stamp.stampedAt is null", Long.class)
                .getSingleResult();
    }

    @Override
    public int removeOfRemovedEvidence() {
        return em.createQuery("delete from EvidenceTimestamp s where not exists"
                + " (select e.id from Evidence e where e.id = s.evidenceId)").executeUpdate();
    }

    @Override
    public void add(ChainHeadTimestamp stamp) {
        em.persist(stamp);
    }

    @Override
    public Optional<ChainHeadTimestamp> chainHead(long id) {
        return em.createQuery("select s from ChainHeadTimestamp s where s.id = :id", ChainHeadTimestamp.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<ChainHeadTimestamp> chainHeads(int max) {
        return em.createQuery("select s from ChainHeadTimestamp s order by s.sequenceNo desc", ChainHeadTimestamp.class)
                .setMaxResults(max).getResultList();
    }

    @Override
    public Optional<ChainHeadTimestamp> latestChainHead() {
        return chainHeads(1).stream().findFirst();
    }
}
