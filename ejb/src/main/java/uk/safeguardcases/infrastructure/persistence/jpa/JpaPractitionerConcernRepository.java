package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import uk.safeguardcases.domain.cases.CaseStatus;
import java.util.Optional;
import uk.safeguardcases.domain.practitioner.PractitionerConcern;
import uk.safeguardcases.domain.practitioner.PractitionerConcernRepository;

@ApplicationScoped
public class JpaPractitionerConcernRepository implements PractitionerConcernRepository {

    @PersistenceContext
    private EntityManager em;

    /** By a query, so that the tenant filter narrows it to the caller's board. */
    @Override
    public Optional<PractitionerConcern> ofCase(long caseId) {
        return em.createQuery("select p from PractitionerConcern p where p.caseId = :c", PractitionerConcern.class)
                .setParameter("c", caseId).getResultStream().findFirst();
    }

    @Override
    public List<Long> casesAwaitingDesignatedPerson(Instant since) {
        return em.createQuery("select c.id from SafeguardingCase c where c.organisation is not null"
                + " and c.removedAt is null and c.raisedAt >= :since and not exists (select p.id from"
                + " PractitionerConcern p where p.caseId = c.id and (p.designatedToldAt is not null"
                + " or p.designatedMissedAt is not null)) order by c.id", Long.class)
                .setParameter("since", since).getResultList();
    }

    private static final String AWAITING = "select c.id, c.reference, c.subjectName, c.raisedAt"
            + " from SafeguardingCase c where c.organisation is not null and c.removedAt is null"
            + " and c.status <> :closed and not exists (select p.id from PractitionerConcern p"
            + " where p.caseId = c.id and p.designatedToldAt is not null)";

    @Override
    public List<Awaiting> awaitingDesignatedPerson(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(AWAITING + " and c.id in :ids", Object[].class).setParameter("ids", caseIds)
                .setParameter("closed", CaseStatus.CLOSED).getResultStream().map(JpaPractitionerConcernRepository::awaiting)
                .toList();
    }

    @Override
    public List<Awaiting> awaitingDesignatedPersonSince(Instant since) {
        return em.createQuery(AWAITING + " and c.raisedAt >= :since order by c.raisedAt", Object[].class)
                .setParameter("since", since).setParameter("closed", CaseStatus.CLOSED).getResultStream()
                .map(JpaPractitionerConcernRepository::awaiting).toList();
    }

    private static Awaiting awaiting(Object[] row) {
        return new Awaiting((Long) row[0], (String) row[1], (String) row[2], (Instant) row[3]);
    }

    @Override
    public void add(PractitionerConcern concern) {
        em.persist(concern);
    }

    @Override
    public int removeOfRemovedCases() {
        return em.createQuery("delete from PractitionerConcern p where p.caseId in"
                + " (select c.id from SafeguardingCase c where c.removedAt is not null)").executeUpdate();
    }
}
