package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.safeguardcases.domain.lowlevel.RegisterReview;
import uk.safeguardcases.domain.lowlevel.RegisterReviewRepository;

@ApplicationScoped
public class JpaRegisterReviewRepository implements RegisterReviewRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(RegisterReview review) {
        em.persist(review);
    }

    @Override
    public List<RegisterReview> newestFirst(int most) {
        return em.createQuery("select r from RegisterReview r order by r.reviewedAt desc", RegisterReview.class)
                .setMaxResults(most).getResultList();
    }

    @Override
    public List<RegisterReview> ofPersonOldestFirst(long personId) {
        return em.createQuery("select r from RegisterReview r where r.personId = :person order by r.reviewedAt",
                RegisterReview.class).setParameter("person", personId).getResultList();
    }

    @Override
    public List<RegisterReview> all() {
        return em.createQuery("select r from RegisterReview r", RegisterReview.class).getResultList();
    }

    @Override
    public boolean delete(long id) {
        return em.createQuery("delete from RegisterReview x where x.id = :id").setParameter("id", id)
                .executeUpdate() == 1;
    }
}
