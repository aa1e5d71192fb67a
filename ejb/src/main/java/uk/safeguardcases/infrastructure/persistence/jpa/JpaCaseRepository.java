package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.CaseRepository;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.AccessScope;
import uk.safeguardcases.infrastructure.persistence.CaseIdSequence;

@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    /** The key of the case a transaction is opening, among the transaction's resources. */
    private static final Object OPENING = JpaCaseRepository.class.getName() + ".opening";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The ids of the block this server took last: {@code nextId} to {@code lastId}. */
    private long nextId = 1;
    private long lastId;

    /**
     * Board staff and the board's jobs, whom nothing limits within their board ({@link AccessScope}), find the case by
     * its board and reference in plain SQL: a query in the query language is translated to SQL afresh each time (the
     * board's tenant filter is on in every session, and Hibernate keeps no translation while a filter is on), which
     * cost a twelfth of a triage's CPU. For anyone the scope limits (an HR partner, a member) the case is found by a
     * query, which the scope's filters restrict (a case already loaded in the transaction would not be). So it is for a
     * caller outside a transaction, whose case would come back detached with its organisation not loaded, and for one
     * whose transaction's session was opened for another board or for nobody, since that session finds nothing.
     */
    @Override
    public Optional<SafeguardingCase> byReference(String reference) {
        String ref = reference == null ? "" : reference.strip();
        String board = CallerContext.current().tenantId();
        if (!AccessScope.now().equals(AccessScope.Limits.NONE) || !em.isJoinedToTransaction()
                || !board.equals(em.unwrap(Session.class).getTenantIdentifier())) {
            return em.createQuery("select c from SafeguardingCase c join fetch c.organisation where c.reference = :ref",
                            SafeguardingCase.class)
                    .setParameter("ref", ref).getResultList().stream().findFirst();
        }
        @SuppressWarnings("unchecked")
        List<SafeguardingCase> found = em.createNativeQuery(
                        "select * from safeguarding_case where tenant_id = ?1 and reference = ?2", SafeguardingCase.class)
                .setParameter(1, board).setParameter(2, ref).getResultList();
        // As the query's fetch did: pages read the organisation after the transaction (it is kept in the
        // second-level cache, so this is seldom a query).
        found.forEach(c -> Hibernate.initialize(c.organisation()));
        return found.stream().findFirst();
    }

    /**
     * Found by primary key, so a case already loaded in this transaction costs no query; the board is checked here
     * as well, the one place, whatever the tenant filter does for loads by id.
     */
    @Override
    public Optional<SafeguardingCase> byId(long id) {
        if (transactions.getTransactionKey() != null
                && transactions.getResource(OPENING) instanceof SafeguardingCase opening && opening.id() == id) {
            return Optional.of(opening); // the caller's own new case (its board's), stored or about to be
        }
        SafeguardingCase found = em.find(SafeguardingCase.class, id);
        return found != null && found.tenantId().equals(CallerContext.current().tenantId()) ? Optional.of(found)
                : Optional.empty();
    }

    @Override
    public List<SafeguardingCase> about(long personId) {
        return em.createQuery("select c from SafeguardingCase c where c.subjectPersonId = :person",
                SafeguardingCase.class).setParameter("person", personId).getResultList();
    }

    @Override
    public List<SafeguardingCase> aboutNamed(String subjectName) {
        return em.createQuery("select c from SafeguardingCase c where c.subjectPersonId is null"
                        + " and lower(c.subjectName) = :name and c.removedAt is null", SafeguardingCase.class)
                .setParameter("name", subjectName.strip().toLowerCase(java.util.Locale.ROOT)).getResultList();
    }

    /**
     * The next id of this server's block; a new block from the sequence when it is used up (once in {@value
     * CaseIdSequence#BLOCK} cases, on the transaction's connection: a sequence is not transactional, and a rolled-back
     * case leaves only a gap).
     */
    @Override
    public synchronized long nextId() {
        if (nextId > lastId) {
            long top = em.unwrap(Session.class).doReturningWork(connection -> {
                try (PreparedStatement next = connection.prepareStatement(
                        "select nextval('" + CaseIdSequence.NAME + "')"); ResultSet value = next.executeQuery()) {
                    value.next();
                    return value.getLong(1);
                }
            });
            nextId = top - CaseIdSequence.BLOCK + 1;
            lastId = top;
        }
        return nextId++;
    }

    @Override
    public void opening(SafeguardingCase safeguardingCase) {
        transactions.putResource(OPENING, safeguardingCase);
    }

    /**
     * Inserted now, with everything the transaction has changed so far: the audit chain writes its entries about the
     * case in plain SQL before Hibernate's flush at commit, and they refer to the case's row.
     */
    @Override
    public void add(SafeguardingCase safeguardingCase) {
        em.persist(safeguardingCase);
        em.flush();
    }
}
