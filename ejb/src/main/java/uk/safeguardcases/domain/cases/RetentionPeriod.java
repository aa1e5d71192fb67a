package uk.safeguardcases.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * How long a closed case's record is kept, and why ({@link RetentionRule}, or the board's own period for a concern
 * closed at triage), and the first day it may be removed: the end of the board's cooling-off period
 * ({@link CoolingOff}) after the case was closed or an allegation was agreed false or malicious. The record is never
 * due before its cooling-off period ends, whatever the retention rule says. An open case has no period yet.
 */
@Embeddable
public class RetentionPeriod {

    @Column(name = "retention_until")
    private LocalDate until;

    @Enumerated(EnumType.STRING)
    @Column(name = "retention_basis")
    private RetentionBasis basis;

    /** Null for cases closed before there was a cooling-off period. */
    @Column(name = "removal_not_before")
    private LocalDate removalNotBefore;

    protected RetentionPeriod() {
    }

    /** Kept as {@code retention} says, but not removed before the cooling-off period ends. */
    void keep(RetentionRule.Retention retention) {
        this.until = retention.keepUntil();
        this.basis = retention.basis();
        notBeforeTheCoolingOffEnds();
    }

    /** A concern closed at triage with no further action: kept until {@code until}, the board's own period. */
    void keepForTheBoardsPeriod(LocalDate until) {
        this.until = until;
        this.basis = RetentionBasis.CLOSED_AT_TRIAGE;
        notBeforeTheCoolingOffEnds();
    }

    /** A decision that ends the record was made: it may be removed from {@code firstDay} on, not before. */
    void coolingOffUntil(LocalDate firstDay) {
        this.removalNotBefore = firstDay;
        notBeforeTheCoolingOffEnds();
    }

    private void notBeforeTheCoolingOffEnds() {
        if (removalNotBefore != null && until != null && until.isBefore(removalNotBefore)) {
            this.until = removalNotBefore;
        }
    }

    /** Whether the board's shorter period for a concern closed at triage applies. */
    public boolean theBoardsPeriod() {
        return basis == RetentionBasis.CLOSED_AT_TRIAGE;
    }

    /** The last day the record is kept, or null while the case is open. */
    public LocalDate until() {
        return until;
    }

    public RetentionBasis basis() {
        return basis;
    }

    /** The first day the record may be removed, or null (see the class comment). */
    public LocalDate removalNotBefore() {
        return removalNotBefore;
    }
}
