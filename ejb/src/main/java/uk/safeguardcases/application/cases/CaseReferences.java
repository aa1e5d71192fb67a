package uk.safeguardcases.application.cases;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Case references: board prefix + year + sequence (CHSCB-2026-0042), gap-free per board and year.
 * The counter row is incremented in the caller's transaction: the update locks it until commit, so
 * concurrent concerns queue for it, and a rolled-back concern gives its number back.
 */
@Stateless
public class CaseReferences {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String next(String tenantId, String prefix, int year) {
        if (increment(tenantId, year) == 0) {
            startYear(tenantId, year);
            increment(tenantId, year);
        }
        Number value = (Number) em.createNativeQuery(
                "select last_value from case_reference_counter where tenant_id = ?1 and counter_year = ?2")
                .setParameter(1, tenantId).setParameter(2, year).getSingleResult();
        return String.format("%s-%d-%04d", prefix, year, value.intValue());
    }

    private int increment(String tenantId, int year) {
        return em.createNativeQuery(
                "update case_reference_counter set last_value = last_value + 1 where tenant_id = ?1 and counter_year = ?2")
                .setParameter(1, tenantId).setParameter(2, year).executeUpdate();
    }

    /** Creates the board's counter for a new year in its own transaction; a concurrent creator may win. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createCounter(String tenantId, int year) {
        em.createNativeQuery("insert into case_reference_counter (tenant_id, counter_year, last_value) values (?1, ?2, 0)")
                .setParameter(1, tenantId).setParameter(2, year).executeUpdate();
    }

    private void startYear(String tenantId, int year) {
        try {
            self().createCounter(tenantId, year);
        } catch (PersistenceException | EJBException alreadyThere) {
            // Another concern created this year's counter first; use theirs.
        }
    }

    private CaseReferences self() {
        return context.getBusinessObject(CaseReferences.class);
    }
}
