package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.organisation.OrganisationRepository;
import uk.safeguardcases.domain.organisation.ParentOrganisation;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext
    private EntityManager em;

    /**
     * Loaded by id (one already loaded in this transaction costs nothing; a query with the tenant filter on is
     * translated to SQL afresh each time), and the board checked here, since a load by id is not a query Hibernate's
     * tenant filter restricts: another board's organisation is not found.
     */
    @Override
    public Optional<ParentOrganisation> byId(long id) {
        ParentOrganisation found = em.find(ParentOrganisation.class, id);
        return found != null && found.tenantId().equals(CallerContext.current().tenantId()) ? Optional.of(found)
                : Optional.empty();
    }

    @Override
    public java.util.List<ParentOrganisation> all() {
        return em.createQuery("select o from ParentOrganisation o", ParentOrganisation.class).getResultList();
    }

    @Override
    public Optional<ParentOrganisation> named(String name) {
        return em.createQuery("select o from ParentOrganisation o where lower(o.name) = :name",
                        ParentOrganisation.class).setParameter("name", name.toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    @Override
    public java.util.List<ParentOrganisation> activeByName() {
        return BoardQuery.list(em.createQuery("select o from ParentOrganisation o where o.tenantId = :board"
                + " and o.active = true order by o.name", ParentOrganisation.class));
    }

    @Override
    public java.util.List<String> namesWithoutWelsh() {
        return em.createQuery("select o.name from ParentOrganisation o where o.nameCy is null or trim(o.nameCy) = ''",
                String.class).getResultList();
    }

    @Override
    public java.util.List<ParentOrganisation> allActiveFirst() {
        return em.createQuery("select o from ParentOrganisation o order by o.active desc, o.name",
                ParentOrganisation.class).getResultList();
    }

    @Override
    public java.util.List<ParentOrganisation> active() {
        return em.createQuery("select o from ParentOrganisation o where o.active = true", ParentOrganisation.class)
                .getResultList();
    }

    @Override
    public java.util.List<Long> idsNamed(String name) {
        return em.createQuery("select o.id from ParentOrganisation o where lower(o.name) = :name",
                Long.class).setParameter("name", name.toLowerCase()).getResultList();
    }

    /** Native counts are not tenant-filtered, but the id was found on the caller's board. */
    @Override
    public boolean named(long id) {
        for (String table : java.util.List.of("person", "safeguarding_case", "referral")) {
            Number count = (Number) em.createNativeQuery("select count(*) from " + table + " where organisation_id = ?1")
                    .setParameter(1, id).getSingleResult();
            if (count.longValue() > 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void add(ParentOrganisation organisation) {
        em.persist(organisation);
        em.flush();
    }

    @Override
    public void remove(ParentOrganisation organisation) {
        em.remove(organisation);
    }
}
