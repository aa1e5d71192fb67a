package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.transfer.CaseTransfer;
import uk.safeguardcases.domain.evidence.EvidenceFile;
import uk.safeguardcases.domain.transfer.ReceivedFile;
import uk.safeguardcases.domain.transfer.ReceivedTransfer;
import uk.safeguardcases.domain.transfer.SentPackage;
import uk.safeguardcases.domain.transfer.TrustedDeployment;
import uk.safeguardcases.domain.transfer.TransferRepository;
import uk.safeguardcases.domain.transfer.TransferRule;

/**
 * The board's transfers, sent and received, and its rule: every query by JPQL, so the board's filter narrows it to
 * the caller's board (a load by id would not be filtered). The boards themselves are the deployment's, not a board's.
 */
@ApplicationScoped
public class JpaTransferRepository implements TransferRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(CaseTransfer transfer) {
        em.persist(transfer);
    }

    @Override
    public void add(ReceivedTransfer received) {
        em.persist(received);
    }

    @Override
    public void add(TransferRule rule) {
        em.persist(rule);
    }

    @Override
    public Optional<CaseTransfer> sent(long id) {
        return em.createQuery("select t from CaseTransfer t where t.id = :id", CaseTransfer.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * Both sides in one statement, for the case page's budget: a union, which Hibernate refuses under the server's
     * strict JPA compliance, so this one query is SQL (H2's and PostgreSQL's alike) and names the caller's board
     * itself.
     */
    @Override
    public OnCase onCase(long caseId) {
        List<?> kinds = em.createNativeQuery("select 'sent' from case_transfer where tenant_id = ?1 and case_id = ?2"
                + " union all select 'received' from received_transfer where tenant_id = ?1 and case_id = ?2")
                .setParameter(1, CallerContext.current().tenantId()).setParameter(2, caseId).getResultList();
        List<String> said = kinds.stream().map(kind -> String.valueOf(kind).strip()).toList();
        return new OnCase(said.contains("sent"), said.contains("received"));
    }

    @Override
    public List<CaseTransfer> sentOfCase(long caseId) {
        return em.createQuery("select t from CaseTransfer t where t.caseId = :c order by t.id desc", CaseTransfer.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<CaseTransfer> sentNewestFirst(int most) {
        return em.createQuery("select t from CaseTransfer t order by t.id desc", CaseTransfer.class)
                .setMaxResults(most).getResultList();
    }

    @Override
    public Optional<ReceivedTransfer> received(long id) {
        return em.createQuery("select r from ReceivedTransfer r where r.id = :id", ReceivedTransfer.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<ReceivedTransfer> receivedFrom(String fromBoard, long fromTransferId) {
        return em.createQuery("select r from ReceivedTransfer r where r.fromBoard = :b and r.fromTransferId = :t"
                + " and r.signerSha256 is null", ReceivedTransfer.class).setParameter("b", fromBoard)
                .setParameter("t", fromTransferId).getResultStream().findFirst();
    }

    @Override
    public Optional<ReceivedTransfer> importedFrom(String signerSha256, String fromBoard, long fromTransferId) {
        return em.createQuery("select r from ReceivedTransfer r where r.signerSha256 = :s and r.fromBoard = :b"
                + " and r.fromTransferId = :t", ReceivedTransfer.class).setParameter("s", signerSha256)
                .setParameter("b", fromBoard).setParameter("t", fromTransferId).getResultStream().findFirst();
    }

    @Override
    public void add(SentPackage sentPackage) {
        em.persist(sentPackage);
    }

    @Override
    public void add(ReceivedFile file) {
        em.persist(file);
    }

    @Override
    public List<ReceivedFile.Shown> filesOf(long transferId) {
        return filesOf(List.of(transferId)).getOrDefault(transferId, List.of());
    }

    @Override
    public Map<Long, List<ReceivedFile.Shown>> filesOf(java.util.Collection<Long> transferIds) {
        if (transferIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select f.id, f.transferId, f.kind, f.title, f.fileName, f.contentType, f.sizeBytes,"
                + " f.sha256 from ReceivedFile f where f.transferId in :t order by f.transferId, f.position",
                Object[].class).setParameter("t", transferIds).getResultStream().map(row -> new ReceivedFile.Shown(
                        (Long) row[0], (Long) row[1], (String) row[2], (String) row[3], (String) row[4],
                        (String) row[5], (Long) row[6], (String) row[7]))
                .collect(java.util.stream.Collectors.groupingBy(ReceivedFile.Shown::transferId,
                        java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
    }

    @Override
    public Optional<ReceivedFile> file(long id) {
        return em.createQuery("select f from ReceivedFile f where f.id = :id", ReceivedFile.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public int eraseFilesOf(long transferId) {
        return em.createQuery("delete from ReceivedFile f where f.transferId = :t").setParameter("t", transferId)
                .executeUpdate();
    }

    @Override
    public Optional<byte[]> evidenceFile(long fileId) {
        return em.createQuery("select f from EvidenceFile f where f.id = :id", EvidenceFile.class)
                .setParameter("id", fileId).getResultStream().findFirst().map(EvidenceFile::content);
    }

    @Override
    public Optional<SentPackage> packageOf(long transferId) {
        // A query, not a find: the board's filter narrows queries.
        return em.createQuery("select p from SentPackage p where p.transferId = :id", SentPackage.class)
                .setParameter("id", transferId).getResultStream().findFirst();
    }

    @Override
    public Optional<PackageAbout> packageAbout(long transferId) {
        return em.createQuery("select p.sha256, p.trustedTime, p.madeAt from SentPackage p where p.transferId = :id",
                Object[].class).setParameter("id", transferId).getResultStream().findFirst()
                .map(row -> new PackageAbout((String) row[0], (Boolean) row[1], (java.time.Instant) row[2]));
    }

    @Override
    public void add(TrustedDeployment trusted) {
        em.persist(trusted);
    }

    @Override
    public void remove(TrustedDeployment trusted) {
        em.createQuery("delete from TrustedDeployment t where t.id = :id").setParameter("id", trusted.id())
                .executeUpdate();
    }

    @Override
    public List<TrustedDeployment> trustedDeployments() {
        return em.createQuery("select t from TrustedDeployment t order by t.name", TrustedDeployment.class)
                .getResultList();
    }

    @Override
    public Optional<ReceivedTransfer> receivedAs(long caseId) {
        return em.createQuery("select r from ReceivedTransfer r where r.caseId = :c", ReceivedTransfer.class)
                .setParameter("c", caseId).getResultStream().findFirst();
    }

    @Override
    public List<ReceivedTransfer> receivedNewestFirst(int most) {
        return em.createQuery("select r from ReceivedTransfer r order by r.id desc", ReceivedTransfer.class)
                .setMaxResults(most).getResultList();
    }

    @Override
    public java.util.Map<Long, String> caseReferences(java.util.Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select c.id, c.reference from SafeguardingCase c where c.id in :ids", Object[].class)
                .setParameter("ids", caseIds).getResultStream()
                .collect(java.util.stream.Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    @Override
    public List<ReceivedTransfer> receivedHeld() {
        return em.createQuery("select r from ReceivedTransfer r where r.erasedAt is null order by r.id",
                ReceivedTransfer.class).setMaxResults(1000).getResultList();
    }

    @Override
    public List<ReceivedTransfer> keptUnderHold() {
        return em.createQuery("select r from ReceivedTransfer r where r.removalAskedAt is not null"
                + " and r.erasedAt is null order by r.id", ReceivedTransfer.class).getResultList();
    }

    /** Across every board, in SQL (grouped by board, one statement): the hosting operator's count, no column read. */
    @Override
    public java.util.Map<String, Long> sentByBoard() {
        return countsByBoard("select tenant_id, count(*) from case_transfer where sent_at is not null group by tenant_id");
    }

    @Override
    public java.util.Map<String, Long> receivedByBoard() {
        return countsByBoard("select tenant_id, count(*) from received_transfer group by tenant_id");
    }

    private java.util.Map<String, Long> countsByBoard(String sql) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put(String.valueOf(columns[0]).strip(), ((Number) columns[1]).longValue());
        }
        return counts;
    }

    @Override
    public Optional<TransferRule> rule() {
        return em.createQuery("select r from TransferRule r", TransferRule.class).getResultStream().findFirst();
    }

    @Override
    public int removeOfRemovedCases() {
        String removed = "(select c.id from SafeguardingCase c where c.removedAt is not null)";
        // The items go with their record (the table's own "on delete cascade").
        return em.createQuery("delete from ReceivedTransfer r where r.caseId in " + removed).executeUpdate()
                + em.createQuery("delete from CaseTransfer t where t.caseId in " + removed).executeUpdate();
    }

    @Override
    public List<BoardName> otherBoards(String board) {
        return em.createQuery("select b.id, b.name, b.nameCy from Board b where b.id <> :b order by b.name",
                Object[].class).setParameter("b", board).getResultStream()
                .map(row -> new BoardName((String) row[0], (String) row[1], (String) row[2])).toList();
    }
}
