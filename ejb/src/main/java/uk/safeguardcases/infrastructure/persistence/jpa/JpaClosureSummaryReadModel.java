package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import org.hibernate.query.NativeQuery;
import uk.safeguardcases.application.investigation.ClosureSummaryReadModel;
import uk.safeguardcases.domain.allegation.Allegation;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.referral.ExternalReferral;
import uk.safeguardcases.domain.requests.MemberRequest;

/**
 * Plain SQL, with the case's board said: a query in the query language would be translated afresh at each closure
 * (Hibernate keeps no translation while the board's tenant filter is on), and most cases close here. Each names the
 * entities it reads, so that Hibernate writes pending changes first only when one of those is pending (an agency
 * referred to in this step), not the case's own change, written once at the commit.
 */
@ApplicationScoped
public class JpaClosureSummaryReadModel implements ClosureSummaryReadModel {

    @PersistenceContext
    private EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<String> clausesAlleged(String board, long caseId) {
        return reading("select distinct c.reference from allegation a join policy_clause c"
                        + " on c.id = a.clause_id where a.tenant_id = ?1 and a.case_id = ?2 order by c.reference",
                Allegation.class, PolicyClause.class)
                .setParameter(1, board).setParameter(2, caseId).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> agenciesReferredTo(String board, long caseId) {
        return reading("select distinct agency from external_referral"
                        + " where tenant_id = ?1 and case_id = ?2 order by agency", ExternalReferral.class)
                .setParameter(1, board).setParameter(2, caseId).getResultList();
    }

    @Override
    public List<MemberRequest> currentRequests(long caseId) {
        return em.createQuery("select r from MemberRequest r where r.caseId = :caseId and r.setAsideAt is null"
                                + " order by r.sentAt",
                        MemberRequest.class)
                .setParameter("caseId", caseId).getResultList();
    }

    /** A native query that reads only the tables of {@code entities}, said so to Hibernate. */
    private Query reading(String sql, Class<?>... entities) {
        NativeQuery<?> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
        for (Class<?> entity : entities) {
            query.addSynchronizedEntityClass(entity);
        }
        return query;
    }
}
