package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.domain.disclosure.Disclosure;
import uk.safeguardcases.domain.disclosure.DisclosureBasisChoice;
import uk.safeguardcases.domain.disclosure.DisclosureKind;
import uk.safeguardcases.domain.disclosure.DisclosureRepository;
import uk.safeguardcases.domain.disclosure.LegalBasis;

/** The disclosure log's rows, the caller's board's only (the tenant filter). */
@ApplicationScoped
public class JpaDisclosureRepository implements DisclosureRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(Disclosure disclosure) {
        em.persist(disclosure);
    }

    @Override
    public List<Disclosure> disclosures(String reference, int most) {
        boolean all = reference == null || reference.isBlank();
        var query = em.createQuery("select d from Disclosure d" + (all ? "" : " where d.reference = :ref")
                + " order by d.disclosedAt desc, d.id desc", Disclosure.class).setMaxResults(most);
        if (!all) {
            query.setParameter("ref", reference.strip());
        }
        return query.getResultList();
    }

    @Override
    public Optional<Disclosure> disclosure(long id) {
        return em.createQuery("select d from Disclosure d where d.id = :id", Disclosure.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Long> caseId(String reference) {
        return em.createQuery("select c.id from SafeguardingCase c where c.reference = :ref", Long.class)
                .setParameter("ref", reference).getResultStream().findFirst();
    }

    @Override
    public void add(LegalBasis basis) {
        em.persist(basis);
        em.flush();
    }

    @Override
    public List<LegalBasis> bases() {
        return em.createQuery("select b from LegalBasis b order by b.id", LegalBasis.class).getResultList();
    }

    @Override
    public Optional<LegalBasis> basis(long id) {
        return em.createQuery("select b from LegalBasis b where b.id = :id", LegalBasis.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<DisclosureBasisChoice> choice(DisclosureKind kind) {
        return em.createQuery("select c from DisclosureBasisChoice c where c.kind = :kind", DisclosureBasisChoice.class)
                .setParameter("kind", kind).getResultStream().findFirst();
    }

    @Override
    public void add(DisclosureBasisChoice choice) {
        em.persist(choice);
    }

    @Override
    public Optional<String> caseReference(long caseId) {
        return em.createQuery("select c.reference from SafeguardingCase c where c.id = :id", String.class)
                .setParameter("id", caseId).getResultStream().findFirst();
    }
}
