package uk.safeguardcases.application.cases;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.domain.audit.AuditAction;

/**
 * The numbers of every {@link ReferenceSeries}: PREFIX-CODE-YEAR-NNNN, one past the highest the board's records of the
 * series hold, and never at or below a number given out before a restore. The caller holds the board's row locked, so
 * two records made at once queue for the number. Like {@link CaseReferences}, each number is kept beside the
 * archive ({@link IssuedReferences}); a restored server writes the last one kept into {@code reference_floor}
 * ({@link #continueAfterRestore}) and numbering goes on past it.
 */
@Stateless
public class SeriesReferences {


    @Inject
    private IssuedReferences issued;

    @Inject
    private ReferenceCounters counters;

    @Inject
    private TimelineService timeline;

    @Inject
    @Any
    private Instance<ReferenceSeries> series;

    /** The next reference of the series for the board (whose row the caller has locked) and year. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String next(String tenantId, String boardPrefix, ReferenceSeries of, int year) {
        String prefix = boardPrefix + "-" + of.code();
        int number = Math.max(of.highestGiven(prefix, year), floor(tenantId, of.code(), year)) + 1;
        issued.keep(tenantId, of.code(), year, number);
        return CaseReferences.format(prefix, year, number);
    }

    /** The series declared with this code, if any process declares it. */
    public Optional<ReferenceSeries> byCode(String code) {
        return series.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /**
     * On a restored database: if the series' highest number (its records', or a floor written before) is behind the
     * last number kept outside the database, the floor moves to it and the board's timeline says which references were
     * lost with the restore. Nothing happens when they are level (a plain restart). Returns the timeline's words, or
     * null. Runs as the board.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String continueAfterRestore(String tenantId, String boardPrefix, ReferenceSeries of, int year, int lastIssued) {
        String prefix = boardPrefix + "-" + of.code();
        int restoredTo = Math.max(of.highestGiven(prefix, year), floor(tenantId, of.code(), year));
        if (lastIssued <= restoredTo) {
            return null;
        }
        counters.setFloor(tenantId, of.code(), year, lastIssued);
        String lost = restoredTo + 1 == lastIssued ? "Reference " + CaseReferences.format(prefix, year, lastIssued) + " was"
                : "References " + CaseReferences.format(prefix, year, restoredTo + 1) + "–"
                        + CaseReferences.format(prefix, year, lastIssued) + " were";
        String words = lost + " issued before the restore; their " + of.records() + " are lost with it. The next is "
                + CaseReferences.format(prefix, year, lastIssued + 1) + ".";
        timeline.record(null, AuditAction.REFERENCES_LOST_WITH_RESTORE, words);
        return words;
    }

    private int floor(String tenantId, String code, int year) {
        return counters.floor(tenantId, code, year);
    }
}
