package uk.safeguardcases.application.publicconcern;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.publicconcern.PublicReport;
import uk.safeguardcases.domain.publicconcern.PublicReportRepository;
import uk.safeguardcases.domain.publicconcern.ReportMessage;

/**
 * Every board's reports and messages in memory, each board seeing its own as Hibernate's tenant filter lets it; the
 * reporter's e-mails are the {@link RecordedOutbox}'s, which forgetting them empties.
 */
class InMemoryPublicReportRepository implements PublicReportRepository {

    private final List<PublicReport> reports = new ArrayList<>();
    private final List<ReportMessage> messages = new ArrayList<>();
    private final RecordedOutbox outbox;
    private long lastId;
    /** How many times a report was locked and read again as stored (two retention runs at once wait there). */
    int locks;

    InMemoryPublicReportRepository(RecordedOutbox outbox) {
        this.outbox = outbox;
    }

    private static String board() {
        return CallerContext.current().tenantId();
    }

    private List<PublicReport> ours() {
        return reports.stream().filter(r -> r.tenantId().equals(board())).toList();
    }

    /** Every report of every board, as someone at the database would see them. */
    List<PublicReport> all() {
        return List.copyOf(reports);
    }

    @Override
    public void add(PublicReport report) {
        Wiring.set(report, "id", ++lastId);
        Wiring.set(report, "tenantId", board());
        reports.add(report);
    }

    @Override
    public Optional<PublicReport> byReceipt(String digest) {
        return ours().stream().filter(r -> r.detailsRemovedAt() == null)
                .filter(r -> digest != null && digest.equals(stored(r, "receiptSha256"))).findFirst();
    }

    @Override
    public Optional<PublicReport> byAddressToken(String digest) {
        return ours().stream().filter(r -> digest != null && digest.equals(stored(r, "emailTokenSha256")))
                .findFirst();
    }

    @Override
    public Optional<PublicReport> ofCase(long caseId) {
        return ours().stream().filter(r -> r.caseId() == caseId).findFirst();
    }

    @Override
    public List<PublicReport> withDetailsKept() {
        return ours().stream().filter(r -> r.detailsRemovedAt() == null).toList();
    }

    @Override
    public void lockAsStored(PublicReport report) {
        locks++;
    }

    @Override
    public boolean keepsAddress(String email) {
        return ours().stream().anyMatch(r -> email.equals(r.reporterEmail()) && r.detailsRemovedAt() == null);
    }

    @Override
    public List<PublicReport> fromAddresses(Collection<String> comparableAddresses) {
        return ours().stream().filter(r -> r.reporterEmail() != null
                        && comparableAddresses.contains(r.reporterEmail().strip().toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparing(PublicReport::receivedAt).thenComparing(PublicReport::id)).toList();
    }

    @Override
    public List<ReportMessage> messages(long reportId) {
        return messages.stream().filter(m -> m.reportId() == reportId)
                .sorted(Comparator.comparing(ReportMessage::writtenAt).thenComparing(ReportMessage::id)).toList();
    }

    @Override
    public int answersFromReporter(long reportId) {
        return (int) messages(reportId).stream().filter(ReportMessage::fromReporter).count();
    }

    @Override
    public void add(ReportMessage message) {
        Wiring.set(message, "id", (long) messages.size() + 1);
        Wiring.set(message, "tenantId", board());
        messages.add(message);
    }

    @Override
    public void forgetMailWithoutCase(String board, Collection<String> kinds, String email) {
        outbox.forget(m -> m.board().equals(board) && m.caseId() == null && kinds.contains(m.kind().name())
                && m.to().equals(email));
    }

    private static Object stored(PublicReport report, String field) {
        try {
            var into = PublicReport.class.getDeclaredField(field);
            into.setAccessible(true);
            return into.get(report);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
