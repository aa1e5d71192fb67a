package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.safeguardcases.domain.lowlevel.LowLevelPolicy;
import uk.safeguardcases.domain.lowlevel.LowLevelPolicyRepository;

@ApplicationScoped
public class JpaLowLevelPolicyRepository implements LowLevelPolicyRepository {

    @PersistenceContext
    private EntityManager em;

    /** By primary key, the board's id: the service asks for the caller's board only. */
    @Override
    public Optional<LowLevelPolicy> of(String board) {
        return Optional.ofNullable(em.find(LowLevelPolicy.class, board));
    }

    @Override
    public void add(LowLevelPolicy policy) {
        em.persist(policy);
    }
}
