package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
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
    /** The key of the mark that this transaction forgets what its request read, when it ends. */
    private static final Object FORGETS = JpaCaseRepository.class.getName() + ".forgets";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The cases this request found to read (see {@link CasesReadInRequest}); none outside a request. */
    @Inject
    private CasesReadInRequest readInRequest;

    @Inject
    private BeanManager beans;

    /** The ids of the block this server took last: {@code nextId} to {@code lastId}. */
    private long nextId = 1;
    private long lastId;

    /**
     * Board staff and the board's jobs, whom nothing limits within their board ({@link AccessScope}), find the case id
     * by its board and reference in plain SQL, then load the case by that id with the session's filters off for the
     * load ({@link FiltersOff}): Hibernate translates a query afresh at every call, and builds a fresh loader for every
     * load by id, while any filter is on, and a session always has some (the board's {@code @TenantId} is one, the
     * scope's two are on in every session); a query returning the case was a tenth of the product's CPU. For anyone the
     * scope limits (an HR partner, a member) the case is found by a query, which the scope's filters restrict (a case
     * already loaded in the transaction would not be). So it is for a caller outside a transaction, whose case would
     * come back detached with its organisation not loaded, and for one whose transaction's session was opened for
     * another board or for nobody, since that session finds nothing.
     */
    @Override
    public Optional<SafeguardingCase> byReference(String reference) {
        changing();
        return find(reference);
    }

    /**
     * Found once per request, by the caller's board, name and reference: the case page reads its case through nine
     * services (issue 61). Outside a request (the engine's jobs), found every time.
     */
    @Override
    public Optional<SafeguardingCase> toRead(String reference) {
        if (!inRequest()) {
            return find(reference);
        }
        var caller = CallerContext.current();
        String key = String.join("\u0000", caller.tenantId(), caller.username(),
                reference == null ? "" : reference.strip());
        return readInRequest.of(key, () -> find(reference));
    }

    /**
     * A case is found to be changed (or by id, as the engine's steps find it): what the request read is forgotten,
     * now and when this transaction ends, whether it commits or not.
     */
    private void changing() {
        if (!inRequest()) {
            return;
        }
        readInRequest.forget();
        if (transactions.getTransactionKey() == null || transactions.getResource(FORGETS) != null) {
            return;
        }
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (inRequest()) {
                        readInRequest.forget();
                    }
                }
            });
            transactions.putResource(FORGETS, Boolean.TRUE);
        } catch (IllegalStateException rollingBack) {
            // A transaction already bound to roll back changes nothing; what was read is forgotten above.
        }
    }

    private boolean inRequest() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }

    private Optional<SafeguardingCase> find(String reference) {
        String ref = reference == null ? "" : reference.strip();
        String board = CallerContext.current().tenantId();
        Session session = em.unwrap(Session.class);
        if (!AccessScope.now().equals(AccessScope.Limits.NONE) || !em.isJoinedToTransaction()
                || !board.equals(session.getTenantIdentifier())) {
            return em.createQuery("select c from SafeguardingCase c join fetch c.organisation where c.reference = :ref",
                            SafeguardingCase.class)
                    .setParameter("ref", ref).getResultList().stream().findFirst();
        }
        // No flush is needed first: a case's board and reference are written with its insert, which is immediate
        // (JpaCaseRepository.add); a case still opening is not stored yet, and is found by id (byId), not here.
        Long id = session.doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select id from safeguarding_case where tenant_id = ? and reference = ?")) {
                select.setString(1, board);
                select.setString(2, ref);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getLong(1) : null;
                }
            }
        });
        SafeguardingCase found = id == null ? null
                : FiltersOff.whileLoading(session, board, () -> em.find(SafeguardingCase.class, id));
        if (found == null || !found.tenantId().equals(board)) {
            return Optional.empty();
        }
        // As the query's fetch did: pages read the organisation after the transaction (it is kept in the
        // second-level cache, so this is seldom a query).
        Hibernate.initialize(found.organisation());
        return Optional.of(found);
    }

    /**
     * Found by primary key, so a case already loaded in this transaction costs no query; the board is checked here
     * as well, the one place, whatever the tenant filter does for loads by id.
     */
    @Override
    public Optional<SafeguardingCase> byId(long id) {
        changing();
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

    @Override
    public List<SafeguardingCase> awaitingSecondSenior() {
        return em.createQuery("select c from SafeguardingCase c where c.finding.proposed is not null"
                + " and c.removedAt is null order by c.finding.proposedAt", SafeguardingCase.class)
                .setMaxResults(200).getResultList();
    }

    @Override
    public boolean hasAllegation(long caseId) {
        return BoardQuery.first(em.createQuery("select a.id from Allegation a where a.tenantId = :board"
                + " and a.caseId = :caseId", Long.class).setParameter("caseId", caseId)).isPresent();
    }

    @Override
    public List<Long> dueForRemoval(java.time.LocalDate today, long after, int most) {
        return em.createQuery("select c.id from SafeguardingCase c where c.status = :closed"
                        + " and c.removedAt is null and c.hold.heldAt is null and c.retention.until <= :today"
                        // Never within the cooling-off period, whatever the retention date says.
                        + " and (c.retention.removalNotBefore is null or c.retention.removalNotBefore <= :today)"
                        + " and c.id > :after order by c.id", Long.class)
                .setParameter("closed", uk.safeguardcases.domain.cases.CaseStatus.CLOSED).setParameter("today", today)
                .setParameter("after", after).setMaxResults(most).getResultList();
    }

    @Override
    public List<SafeguardingCase> selfReportsOf(Long personId, String username, int most) {
        return em.createQuery("select c from SafeguardingCase c join fetch c.organisation where c.source = :source"
                        + " and c.subjectPersonId = :person and c.raisedBy = :username order by c.raisedAt desc",
                        SafeguardingCase.class)
                .setParameter("source", uk.safeguardcases.domain.cases.CaseSource.SELF_REPORT)
                .setParameter("person", personId).setParameter("username", username)
                .setMaxResults(most).getResultList();
    }

    @Override
    public List<SafeguardingCase> latest(int most) {
        return em.createQuery("select c from SafeguardingCase c join fetch c.organisation order by c.raisedAt desc",
                SafeguardingCase.class).setMaxResults(most).getResultList();
    }

    @Override
    public List<SafeguardingCase> referredTo(Long organisationId, int most) {
        return em.createQuery("select c from SafeguardingCase c join fetch c.organisation"
                        + " where exists (select r.id from Referral r where r.caseId = c.id"
                        + " and r.organisationId = :organisation) order by c.raisedAt desc", SafeguardingCase.class)
                .setParameter("organisation", organisationId)
                .setMaxResults(most).getResultList();
    }

    @Override
    public List<String> referencesOnHold() {
        return em.createQuery("select c.reference from SafeguardingCase c where c.hold.heldAt is not null"
                + " order by c.reference", String.class).getResultList();
    }

    @Override
    public boolean referenceExists(String reference) {
        return em.createQuery("select count(c) from SafeguardingCase c"
                + " where c.reference = :ref", Long.class).setParameter("ref", reference).getSingleResult() != 0;
    }

    @Override
    public boolean aboutAMember(String reference) {
        return em.createQuery("select c.subjectPersonId from SafeguardingCase c where c.reference = :reference",
                        Long.class)
                .setParameter("reference", reference).getResultStream().anyMatch(id -> id != null);
    }

    @Override
    public void writeNow() {
        em.flush();
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
