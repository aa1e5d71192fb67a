package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.domain.signing.IssuedDocument;
import uk.safeguardcases.domain.signing.IssuedDocumentRepository;

/** The issued documents' rows, the caller's board's only (the tenant filter). */
@ApplicationScoped
public class JpaIssuedDocumentRepository implements IssuedDocumentRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(IssuedDocument document) {
        em.persist(document);
    }

    @Override
    public Optional<IssuedDocument> withSha256(String sha256) {
        return em.createQuery("select d from IssuedDocument d where d.sha256 = :sha order by d.id", IssuedDocument.class)
                .setParameter("sha", sha256).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<IssuedDocument> latest(int most) {
        return em.createQuery("select d from IssuedDocument d order by d.issuedAt desc, d.id desc",
                IssuedDocument.class).setMaxResults(most).getResultList();
    }

    @Override
    public long withoutTrustedTime() {
        return em.createQuery("select count(d) from IssuedDocument d where d.trustedTime = false", Long.class)
                .getSingleResult();
    }
}
