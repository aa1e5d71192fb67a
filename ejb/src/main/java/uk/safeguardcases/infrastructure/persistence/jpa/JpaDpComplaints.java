package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

/** The board's data protection complaints in JPQL; the board's filter narrows every query, {@link #byId} checks it. */
@ApplicationScoped
public class JpaDpComplaints implements DpComplaintRepository, DpComplaintFigures {

    @PersistenceContext
    private EntityManager em;

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
        return em.createQuery("select c from DataProtectionComplaint c where c.reference = :r",
                        DataProtectionComplaint.class).setParameter("r", reference == null ? "" : reference.strip())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<DataProtectionComplaint> byReceipt(String receiptSha256) {
        return em.createQuery("select c from DataProtectionComplaint c where c.receiptSha256 = :r",
                DataProtectionComplaint.class).setParameter("r", receiptSha256).getResultStream().findFirst();
    }

    @Override
    public List<DataProtectionComplaint> newestFirst(int most) {
        return em.createQuery("select c from DataProtectionComplaint c order by c.receivedAt desc, c.id desc",
                DataProtectionComplaint.class).setMaxResults(most).getResultList();
    }

    @Override
    public List<DataProtectionComplaint> madeBy(String username, String email) {
        return em.createQuery("select c from DataProtectionComplaint c where (c.memberUsername is not null"
                        + " and c.memberUsername = :username) or (c.complainantEmail is not null"
                        + " and lower(c.complainantEmail) = :email) order by c.receivedAt", DataProtectionComplaint.class)
                .setParameter("username", username == null ? "" : username)
                .setParameter("email", email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultList();
    }

    @Override
    public List<DataProtectionComplaint> dueForRemoval(LocalDate today) {
        return em.createQuery("select c from DataProtectionComplaint c where c.status = :closed"
                        + " and c.keepUntil < :today order by c.id", DataProtectionComplaint.class)
                .setParameter("closed", ComplaintStatus.CLOSED.name()).setParameter("today", today).getResultList();
    }

    @Override
    public void remove(DataProtectionComplaint complaint) {
        em.remove(complaint);
    }

    @Override
    public int highestNumber(String prefix, int year) {
        String start = prefix + "-" + year + "-";
        return em.createQuery("select c.reference from DataProtectionComplaint c where c.reference like :start",
                        String.class).setParameter("start", start + "%").getResultStream()
                .map(r -> r.substring(start.length())).filter(n -> n.matches("\\d+"))
                .mapToInt(Integer::parseInt).max().orElse(0);
    }

    @Override
    public List<DataProtectionComplaint> receivedBetween(Instant from, Instant to) {
        return em.createQuery("select c from DataProtectionComplaint c where c.receivedAt >= :from"
                        + " and c.receivedAt < :to order by c.receivedAt", DataProtectionComplaint.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public Received received(ReportPeriod period) {
        Object[] row = em.createQuery("select"
                        + " sum(case when c.acknowledgedAt is not null and c.acknowledgedAt < c.acknowledgement.due"
                        + " then 1 else 0 end),"
                        + " sum(case when c.acknowledgedAt is not null and c.acknowledgedAt >= c.acknowledgement.due"
                        + " then 1 else 0 end),"
                        + " sum(case when c.acknowledgedAt is null then 1 else 0 end),"
                        + " sum(case when c.escalatedAt is not null then 1 else 0 end),"
                        + " sum(case when c.outcome = :upheld then 1 else 0 end),"
                        + " sum(case when c.outcome = :partly then 1 else 0 end),"
                        + " sum(case when c.outcome = :not then 1 else 0 end)"
                        + " from DataProtectionComplaint c where c.receivedAt >= :from and c.receivedAt < :until",
                        Object[].class)
                .setParameter("upheld", ComplaintOutcome.UPHELD.name())
                .setParameter("partly", ComplaintOutcome.PARTLY_UPHELD.name())
                .setParameter("not", ComplaintOutcome.NOT_UPHELD.name())
                .setParameter("from", period.startsAt()).setParameter("until", period.endsAt()).getSingleResult();
        return new Received(ReportSums.number(row[0]), ReportSums.number(row[1]), ReportSums.number(row[2]),
                ReportSums.number(row[3]), ReportSums.number(row[4]), ReportSums.number(row[5]),
                ReportSums.number(row[6]));
    }
}
