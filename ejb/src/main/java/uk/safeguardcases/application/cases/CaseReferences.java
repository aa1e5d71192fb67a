package uk.safeguardcases.application.cases;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.domain.audit.AuditAction;

/**
 * Case references: board prefix + year + sequence (CHSCB-2026-0042), gap-free per board and year.
 * The counter row is incremented in the caller's transaction: the update locks it until commit, so
 * concurrent concerns queue for it, and a rolled-back concern gives its number back.
 *
 * <p>A reference once given to a case is never given to another: if the counter is ever behind the cases
 * (a counter row lost or restored from an older copy), the next number is taken after the highest reference
 * the board's cases hold, and the counter is set there. And since a restore rolls the cases and the counter back
 * together, each number is also kept outside the database before it commits ({@link IssuedReferences}), and a restored
 * server starts the counter past it ({@link #continueAfterRestore}).
 */
@Stateless
public class CaseReferences {

    @Resource
    private SessionContext context;


    @Inject
    private IssuedReferences issued;

    @Inject
    private ReferenceCounters counters;

    @Inject
    private TimelineService timeline;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String next(String tenantId, String prefix, int year) {
        // A rehearsed concern (a node's warm-up) is numbered on a counter of its own, which its rollback removes: it
        // holds no board's real counter, so no real concern waits for it.
        Integer rehearsal = ConcernRehearsal.yearRehearsed();
        if (rehearsal != null) {
            year = rehearsal;
        }
        ReferenceCounters.Counted counted = counters.incrementAndRead(tenantId, prefix, year);
        if (counted == null) {
            startYear(tenantId, year);
            counted = counters.incrementAndRead(tenantId, prefix, year);
            if (counted == null) {
                throw new IllegalStateException("Board " + tenantId + " has no reference counter for " + year);
            }
        }
        int number = counted.number();
        if (counted.taken()) {
            number = counters.highestGiven(tenantId, prefix, year) + 1;
            counters.setTo(tenantId, year, number);
        }
        issued.keep(tenantId, IssuedReferences.CASES, year, number);
        return format(prefix, year, number);
    }

    /**
     * On a restored database: if the board's counter for the year is behind the last number kept outside the database,
     * the counter moves past it and the board's timeline says which references were lost with the restore. Nothing
     * happens when the counter is level (a plain restart). Returns the timeline's words, or null.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String continueAfterRestore(String tenantId, String prefix, int year, int lastIssued) {
        int counter = counters.lockedOrCreated(tenantId, year);
        int highestCase = counters.highestGiven(tenantId, prefix, year);
        int restoredTo = Math.max(counter, highestCase);
        if (lastIssued <= restoredTo) {
            return null;
        }
        counters.setTo(tenantId, year, lastIssued);
        String lost = restoredTo + 1 == lastIssued ? "Reference " + format(prefix, year, lastIssued) + " was"
                : "References " + format(prefix, year, restoredTo + 1) + "–" + format(prefix, year, lastIssued) + " were";
        String words = lost + " issued before the restore; their cases are lost with it. The next case is "
                + format(prefix, year, lastIssued + 1) + ".";
        timeline.record(null, AuditAction.REFERENCES_LOST_WITH_RESTORE, words);
        return words;
    }

    /** PREFIX-YEAR-NNNN: the number at least four digits, zero-padded (built by hand: {@code String.format} cost a
     * fiftieth of a concern's intake). */
    static String format(String prefix, int year, int number) {
        String digits = Integer.toString(number);
        StringBuilder reference = new StringBuilder(prefix.length() + 12).append(prefix).append('-').append(year)
                .append('-');
        for (int pad = digits.length(); pad < 4; pad++) {
            reference.append('0');
        }
        return reference.append(digits).toString();
    }

    /** Creates the board's counter for a new year in its own transaction; a concurrent creator may win. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createCounter(String tenantId, int year) {
        counters.create(tenantId, year);
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
