package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.domain.publicconcern.PublicReport;
import uk.safeguardcases.domain.publicconcern.PublicReportRepository;
import uk.safeguardcases.domain.publicconcern.ReportMessage;

/** The public pages' reports and messages in JPQL, each query tenant-filtered by Hibernate ({@code @TenantId}). */
@ApplicationScoped
public class JpaPublicReportRepository implements PublicReportRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(PublicReport report) {
        em.persist(report);
    }

    @Override
    public Optional<PublicReport> byReceipt(String digest) {
        return em.createQuery("select r from PublicReport r where r.receiptSha256 = :digest", PublicReport.class)
                .setParameter("digest", digest == null ? "" : digest).getResultStream()
                .filter(r -> r.detailsRemovedAt() == null).findFirst();
    }

    @Override
    public Optional<PublicReport> byAddressToken(String digest) {
        return em.createQuery("select r from PublicReport r where r.emailTokenSha256 = :digest", PublicReport.class)
                .setParameter("digest", digest).getResultStream().findFirst();
    }

    @Override
    public Optional<PublicReport> ofCase(long caseId) {
        return BoardQuery.first(em.createQuery("select r from PublicReport r where r.tenantId = :board"
                + " and r.caseId = :id", PublicReport.class).setParameter("id", caseId));
    }

    @Override
    public List<PublicReport> withDetailsKept() {
        return em.createQuery("select r from PublicReport r where r.detailsRemovedAt is null", PublicReport.class)
                .getResultList();
    }

    @Override
    public void lockAsStored(PublicReport report) {
        em.refresh(report, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public boolean keepsAddress(String email) {
        return em.createQuery("select count(r) from PublicReport r where r.reporterEmail = :email"
                + " and r.detailsRemovedAt is null", Long.class).setParameter("email", email).getSingleResult() > 0;
    }

    @Override
    public List<PublicReport> fromAddresses(Collection<String> comparableAddresses) {
        return em.createQuery("select r from PublicReport r where r.reporterEmail is not null"
                + " and lower(trim(r.reporterEmail)) in :addresses order by r.receivedAt, r.id", PublicReport.class)
                .setParameter("addresses", comparableAddresses).getResultList();
    }

    @Override
    public List<ReportMessage> messages(long reportId) {
        return em.createQuery("select m from ReportMessage m where m.reportId = :report order by m.writtenAt, m.id",
                ReportMessage.class).setParameter("report", reportId).getResultList();
    }

    @Override
    public int answersFromReporter(long reportId) {
        return em.createQuery("select count(m) from ReportMessage m where m.reportId = :report"
                + " and m.fromReporter = true", Number.class).setParameter("report", reportId).getSingleResult()
                .intValue();
    }

    @Override
    public void add(ReportMessage message) {
        em.persist(message);
    }

    @Override
    public void forgetMailWithoutCase(String board, Collection<String> kinds, String email) {
        em.createQuery("delete from OutboxMessage m where m.tenantId = :board and m.caseId is null"
                        + " and m.kind in :kinds and m.recipient = :email")
                .setParameter("board", board).setParameter("kinds", kinds).setParameter("email", email)
                .executeUpdate();
    }
}
