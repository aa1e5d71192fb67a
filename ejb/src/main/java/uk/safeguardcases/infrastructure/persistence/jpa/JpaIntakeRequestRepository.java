package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.safeguardcases.domain.api.IntakeRequest;
import uk.safeguardcases.domain.api.IntakeRequestRepository;

@ApplicationScoped
public class JpaIntakeRequestRepository implements IntakeRequestRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<IntakeRequest> byIdempotencyKey(String key) {
        return em.createQuery("select r from IntakeRequest r where r.idempotencyKey = :key",
                IntakeRequest.class).setParameter("key", key).getResultStream().findFirst();
    }

    @Override
    public void add(IntakeRequest request) {
        em.persist(request);
        em.flush();
    }
}
