package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.dpcomplaint.DpComplaintFigures;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.dpcomplaint.ComplaintOutcome;
import uk.safeguardcases.domain.dpcomplaint.ComplaintStatus;
import uk.safeguardcases.domain.dpcomplaint.DataProtectionComplaint;
import uk.safeguardcases.domain.dpcomplaint.DpComplaintRepository;
import uk.safeguardcases.domain.report.ReportPeriod;

/**
 * The board's data protection complaints in JPQL: every query holds its rows to the caller's board itself
 * ({@code c.tenantId = :board}), and runs in a transaction (the caller's, else one of its own, whose session belongs to
 * the caller's board: outside one, a session could carry another caller's board); {@link #byId} checks the board.
 */
@ApplicationScoped
@Transactional
public class JpaDpComplaints implements DpComplaintRepository, DpComplaintFigures {

    @PersistenceContext
    private EntityManager em;

    /**
     * {@code query} held to the caller's board in its own condition ({@code c.tenantId = :board}, bound from the
     * caller), whether or not a transaction's session carries the board's filter.
     */
    private static <T> TypedQuery<T> board(TypedQuery<T> query) {
        return query.setParameter("board", CallerContext.current().tenantId());
    }

    @Override
    public void add(DataProtectionComplaint complaint) {
        em.persist(complaint);
        em.flush();
    }

    /** By primary key, which Hibernate's tenant filter does not restrict: the board is checked here. */
    @Override
    public Optional<DataProtectionComplaint> byId(long id) {
        DataProtectionComplaint found = em.find(DataProtectionComplaint.class, id);
        return found != null && found.tenantId().equals(CallerContext.current().tenantId()) ? Optional.of(found)
                : Optional.empty();
    }

    @Override
    public Optional<DataProtectionComplaint> byReference(String reference) {
        return board(em.createQuery("select c from DataProtectionComplaint c where c.tenantId = :board"
                        + " and c.reference = :r", DataProtectionComplaint.class)).setParameter("r", reference == null ? "" : reference.strip())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<DataProtectionComplaint> byReceipt(String receiptSha256) {
        return board(em.createQuery("select c from DataProtectionComplaint c where c.tenantId = :board"
                + " and c.receiptSha256 = :r", DataProtectionComplaint.class)).setParameter("r", receiptSha256).getResultStream().findFirst();
    }

    @Override
    public List<DataProtectionComplaint> newestFirst(int most) {
        return board(em.createQuery("select c from DataProtectionComplaint c where c.tenantId = :board"
                + " order by c.receivedAt desc, c.id desc", DataProtectionComplaint.class)).setMaxResults(most).getResultList();
    }

    @Override
    public List<DataProtectionComplaint> madeBy(String username, String email) {
        return board(em.createQuery("select c from DataProtectionComplaint c where c.tenantId = :board and ((c.memberUsername is not null"
                        + " and c.memberUsername = :username) or (c.complainantEmail is not null"
                        + " and lower(c.complainantEmail) = :email)) order by c.receivedAt", DataProtectionComplaint.class))
                .setParameter("username", username == null ? "" : username)
                .setParameter("email", email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultList();
    }

    @Override
    public List<DataProtectionComplaint> dueForRemoval(LocalDate today) {
        return board(em.createQuery("select c from DataProtectionComplaint c where c.tenantId = :board and c.status = :closed"
                        + " and c.keepUntil < :today order by c.id", DataProtectionComplaint.class))
                .setParameter("closed", ComplaintStatus.CLOSED.name()).setParameter("today", today).getResultList();
    }

    @Override
    public void remove(DataProtectionComplaint complaint) {
        em.remove(complaint);
    }

    @Override
    public int highestNumber(String prefix, int year) {
        String start = prefix + "-" + year + "-";
        return board(em.createQuery("select c.reference from DataProtectionComplaint c where c.tenantId = :board"
                        + " and c.reference like :start", String.class)).setParameter("start", start + "%").getResultStream()
                .map(r -> r.substring(start.length())).filter(n -> n.matches("\\d+"))
                .mapToInt(Integer::parseInt).max().orElse(0);
    }

    @Override
    public List<DataProtectionComplaint> receivedBetween(Instant from, Instant to) {
        return board(em.createQuery("select c from DataProtectionComplaint c where c.tenantId = :board and c.receivedAt >= :from"
                        + " and c.receivedAt < :to order by c.receivedAt", DataProtectionComplaint.class))
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public Received received(ReportPeriod period) {
        Object[] row = board(em.createQuery("select"
                        + " sum(case when c.acknowledgedAt is not null and c.acknowledgedAt < c.acknowledgement.due"
                        + " then 1 else 0 end),"
                        + " sum(case when c.acknowledgedAt is not null and c.acknowledgedAt >= c.acknowledgement.due"
                        + " then 1 else 0 end),"
                        + " sum(case when c.acknowledgedAt is null then 1 else 0 end),"
                        + " sum(case when c.escalatedAt is not null then 1 else 0 end),"
                        + " sum(case when c.outcome = :upheld then 1 else 0 end),"
                        + " sum(case when c.outcome = :partly then 1 else 0 end),"
                        + " sum(case when c.outcome = :not then 1 else 0 end)"
                        + " from DataProtectionComplaint c where c.tenantId = :board and c.receivedAt >= :from"
                        + " and c.receivedAt < :until", Object[].class))
                .setParameter("upheld", ComplaintOutcome.UPHELD.name())
                .setParameter("partly", ComplaintOutcome.PARTLY_UPHELD.name())
                .setParameter("not", ComplaintOutcome.NOT_UPHELD.name())
                .setParameter("from", period.startsAt()).setParameter("until", period.endsAt()).getSingleResult();
        return new Received(ReportSums.number(row[0]), ReportSums.number(row[1]), ReportSums.number(row[2]),
                ReportSums.number(row[3]), ReportSums.number(row[4]), ReportSums.number(row[5]),
                ReportSums.number(row[6]));
    }
}
