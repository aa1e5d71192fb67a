package uk.safeguardcases.application.dpcomplaint;

import uk.safeguardcases.domain.report.ReportPeriod;

/** The complaints' annual figures: a read model answered in {@code infrastructure/persistence/jpa}. */
public interface DpComplaintFigures {

    /** Of the complaints received in the period: how many, and how their acknowledgement and outcome stand. */
    Received received(ReportPeriod period);

    /**
     * @param acknowledgedInTime acknowledged within the 30 days
     * @param acknowledgedLate acknowledged after them
     * @param waiting not acknowledged yet
     * @param escalated escalated on their last day
     */
    record Received(long acknowledgedInTime, long acknowledgedLate, long waiting, long escalated, long upheld,
            long partlyUpheld, long notUpheld) {

        public long total() {
            return acknowledgedInTime + acknowledgedLate + waiting;
        }
    }
}
