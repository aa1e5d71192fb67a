package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.declaration.Declaration;
import uk.safeguardcases.domain.declaration.DeclarationRepository;
import uk.safeguardcases.domain.declaration.DeclarationStatus;
import uk.safeguardcases.domain.declaration.PolicyVersion;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.Role;

@ApplicationScoped
public class JpaDeclarationRepository implements DeclarationRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<PolicyVersion> versions() {
        return em.createQuery("select v from PolicyVersion v order by v.number desc", PolicyVersion.class)
                .setMaxResults(200).getResultList();
    }

    /** By primary key, which Hibernate's tenant filter does not restrict: the board is checked here. */
    @Override
    public Optional<PolicyVersion> version(long id) {
        PolicyVersion found = em.find(PolicyVersion.class, id);
        return found != null && found.tenantId().equals(CallerContext.current().tenantId()) ? Optional.of(found)
                : Optional.empty();
    }

    @Override
    public Optional<PolicyVersion> latest() {
        return em.createQuery("select v from PolicyVersion v order by v.number desc", PolicyVersion.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<PolicyVersion> inForceOn(LocalDate day) {
        return BoardQuery.first(em.createQuery("select v from PolicyVersion v where v.tenantId = :board"
                + " and v.effectiveFrom <= :day order by v.number desc", PolicyVersion.class).setParameter("day", day));
    }

    @Override
    public int highestNumber() {
        Integer highest = em.createQuery("select max(v.number) from PolicyVersion v", Integer.class).getSingleResult();
        return highest == null ? 0 : highest;
    }

    @Override
    public void add(PolicyVersion version) {
        em.persist(version);
        em.flush();
    }

    /** By primary key, checked against the caller's board as {@link #version} is. */
    @Override
    public Optional<Declaration> byId(long id) {
        Declaration found = em.find(Declaration.class, id);
        return found != null && found.tenantId().equals(CallerContext.current().tenantId()) ? Optional.of(found)
                : Optional.empty();
    }

    @Override
    public Optional<Declaration> of(long policyVersionId, long personId) {
        return em.createQuery("select d from Declaration d where d.policyVersionId = :v and d.personId = :p",
                        Declaration.class)
                .setParameter("v", policyVersionId).setParameter("p", personId).getResultStream().findFirst();
    }

    @Override
    public List<Declaration> ofPerson(long personId) {
        return em.createQuery("select d from Declaration d where d.personId = :p order by d.policyVersionId desc",
                        Declaration.class)
                .setParameter("p", personId).setMaxResults(200).getResultList();
    }

    @Override
    public List<Declaration> ofVersion(long policyVersionId) {
        return em.createQuery("select d from Declaration d where d.policyVersionId = :v order by d.id",
                        Declaration.class)
                .setParameter("v", policyVersionId).getResultList();
    }

    @Override
    public List<Declaration> awaitingCountersignatureBy(long managerPersonId) {
        return em.createQuery("select d from Declaration d where d.managerPersonId = :m and d.status = :s"
                        + " order by d.declaredAt", Declaration.class)
                .setParameter("m", managerPersonId).setParameter("s", DeclarationStatus.DECLARED)
                .setMaxResults(500).getResultList();
    }

    @Override
    public List<Declaration> openBefore(long policyVersionId, int most) {
        return em.createQuery("select d from Declaration d where d.policyVersionId < :v and d.status = :s"
                        + " order by d.id", Declaration.class)
                .setParameter("v", policyVersionId).setParameter("s", DeclarationStatus.ASKED).setMaxResults(most)
                .getResultList();
    }

    @Override
    public void add(Declaration declaration) {
        em.persist(declaration);
        em.flush();
    }

    @Override
    public List<Person> membersNotAsked(long policyVersionId, int most) {
        return em.createQuery("select distinct p from Person p"
                + " join p.roles r where r = :member and p.active = true and p.organisationId is not null"
                + " and not exists (select d.id from Declaration d where d.policyVersionId = :version"
                + " and d.personId = p.id) order by p.id", Person.class)
                .setParameter("member", Role.MEMBER).setParameter("version", policyVersionId)
                .setMaxResults(most).getResultList();
    }

    @Override
    public List<Declaration> ofPersonOldestFirst(long personId) {
        return em.createQuery("select d from Declaration d"
                + " where d.personId = :person order by d.policyVersionId, d.id", Declaration.class)
                .setParameter("person", personId).getResultList();
    }

    @Override
    public List<String> versionTitles() {
        return em.createQuery("select v.title from PolicyVersion v", String.class).getResultList();
    }

    @Override
    public List<PolicyVersion> versions(Collection<Long> ids) {
        return em.createQuery("select v from PolicyVersion v where v.id in :ids", PolicyVersion.class)
                .setParameter("ids", ids).getResultList();
    }
}
