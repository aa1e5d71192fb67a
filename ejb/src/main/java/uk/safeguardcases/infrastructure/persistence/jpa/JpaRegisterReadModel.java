package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.lowlevel.RegisterReadModel;
import uk.safeguardcases.domain.organisation.ParentOrganisation;

/** The register's reads in JPQL, each one statement (names: two). */
@ApplicationScoped
public class JpaRegisterReadModel implements RegisterReadModel {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<LocalDate> standaloneDaysOf(long personId) {
        return em.createQuery("select l.occurredOn from LowLevelConcern l"
                + " where l.personId = :person and l.caseId is null", LocalDate.class)
                .setParameter("person", personId).getResultList();
    }

    @Override
    public List<LocalDate> concernDaysOf(long personId) {
        return em.createQuery("select l.occurredOn from LowLevelConcern l"
                + " where l.personId = :person", LocalDate.class).setParameter("person", personId).getResultList();
    }

    @Override
    public List<Instant> casesAbout(long personId) {
        return happened(em.createQuery("select c.occurredAt, c.raisedAt from SafeguardingCase c"
                + " where c.subjectPersonId = :person", Object[].class).setParameter("person", personId)
                .getResultList());
    }

    @Override
    public List<Instant> casesKeptAbout(long personId) {
        return happened(em.createQuery("select c.occurredAt, c.raisedAt from SafeguardingCase c"
                + " where c.subjectPersonId = :person and c.removedAt is null", Object[].class)
                .setParameter("person", personId).getResultList());
    }

    private static List<Instant> happened(List<Object[]> rows) {
        List<Instant> when = new ArrayList<>();
        for (Object[] c : rows) {
            when.add(c[0] != null ? (Instant) c[0] : (Instant) c[1]);
        }
        return when;
    }

    @Override
    public Map<Long, List<Instant>> casesAbout(Collection<Long> people) {
        Map<Long, List<Instant>> cases = new HashMap<>();
        for (Object[] row : em.createQuery("select c.subjectPersonId, c.occurredAt, c.raisedAt from SafeguardingCase c"
                + " where c.subjectPersonId in :people", Object[].class).setParameter("people", people)
                .getResultList()) {
            Instant when = row[1] != null ? (Instant) row[1] : (Instant) row[2];
            cases.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(when);
        }
        return cases;
    }

    @Override
    public List<ConcernDay> concernDays() {
        return em.createQuery("select l.personId, l.occurredOn, l.caseId from LowLevelConcern l", Object[].class)
                .getResultList().stream()
                .map(row -> new ConcernDay((Long) row[0], (LocalDate) row[1], (Long) row[2])).toList();
    }

    @Override
    public List<Long> membersAlerted() {
        return em.createQuery("select a.personId from PatternAlert a where a.reviewedAt is null", Long.class)
                .getResultList();
    }

    @Override
    public Map<Long, Instant> lastReviewed(Collection<Long> people) {
        Map<Long, Instant> reviewed = new HashMap<>();
        for (Object[] row : em.createQuery("select r.personId, max(r.reviewedAt) from RegisterReview r"
                + " where r.personId in :people group by r.personId", Object[].class).setParameter("people", people)
                .getResultList()) {
            reviewed.put((Long) row[0], (Instant) row[1]);
        }
        return reviewed;
    }

    @Override
    public Map<Long, Named> named(Collection<Long> ids) {
        Map<Long, Named> named = new HashMap<>();
        if (ids.isEmpty()) {
            return named;
        }
        Map<Long, ParentOrganisation> organisations = new HashMap<>();
        for (ParentOrganisation o : em.createQuery("select o from ParentOrganisation o", ParentOrganisation.class)
                .getResultList()) {
            organisations.put(o.id(), o);
        }
        for (Object[] row : em.createQuery("select p.id, p.displayName, p.organisationId from Person p"
                + " where p.id in :ids", Object[].class).setParameter("ids", new LinkedHashSet<>(ids)).getResultList()) {
            ParentOrganisation o = row[2] == null ? null : organisations.get((Long) row[2]);
            named.put((Long) row[0], new Named((String) row[1], o == null ? null : o.name(),
                    o == null ? null : o.nameCy()));
        }
        return named;
    }

    @Override
    public Map<Long, Long> activeOrganisations(Collection<Long> ids) {
        Map<Long, Long> organisationOf = new HashMap<>();
        for (Object[] row : em.createQuery("select p.id, p.organisationId from Person p where p.id in :ids"
                + " and p.active = true", Object[].class).setParameter("ids", new LinkedHashSet<>(ids))
                .getResultList()) {
            organisationOf.put((Long) row[0], (Long) row[1]);
        }
        return organisationOf;
    }

    @Override
    public List<Moment> concernsRecorded() {
        return em.createQuery("select l.personId, l.recordedAt from LowLevelConcern l", Object[].class)
                .getResultList().stream().map(row -> new Moment((Long) row[0], (Instant) row[1])).toList();
    }

    @Override
    public List<Moment> alertsGiven() {
        return em.createQuery("select a.personId, a.alertedAt from PatternAlert a", Object[].class)
                .getResultList().stream().map(row -> new Moment((Long) row[0], (Instant) row[1])).toList();
    }
}
