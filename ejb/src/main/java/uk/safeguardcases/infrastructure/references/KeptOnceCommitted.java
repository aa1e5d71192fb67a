package uk.safeguardcases.infrastructure.references;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguardcases.application.cases.IssuedReferences;

/**
 * Keeps a reference number beside the archive ({@link IssuedReferences}) after its transaction commits (a rolled-back
 * record gives its number back, so it is not issued) and before the caller is answered: a number nobody was told is
 * the only one a crash between the two can leave unkept.
 */
final class KeptOnceCommitted implements Synchronization {

    private static final Logger LOG = Logger.getLogger(KeptOnceCommitted.class.getName());

    private final IssuedReferences issued;
    private final String tenantId;
    private final String series;
    private final int year;
    private final int number;

    private KeptOnceCommitted(IssuedReferences issued, String tenantId, String series, int year, int number) {
        this.issued = issued;
        this.tenantId = tenantId;
        this.series = series;
        this.year = year;
        this.number = number;
    }

    static void register(TransactionSynchronizationRegistry transaction, IssuedReferences issued, String tenantId,
            String series, int year, int number) {
        if (issued.kept()) {
            transaction.registerInterposedSynchronization(new KeptOnceCommitted(issued, tenantId, series, year, number));
        }
    }

    @Override
    public void beforeCompletion() {
    }

    @Override
    public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
            try {
                issued.issued(tenantId, series, year, number);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Reference number " + number + " of board " + tenantId + " (" + year
                        + (series.isEmpty() ? "" : ", series " + series) + ") was issued but could not be kept beside"
                        + " the archive: a restore could give it again", e);
            }
        }
    }
}
