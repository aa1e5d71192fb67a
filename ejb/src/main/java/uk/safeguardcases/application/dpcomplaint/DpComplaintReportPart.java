package uk.safeguardcases.application.dpcomplaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.annualreport.AnnualReportPart;
import uk.safeguardcases.application.annualreport.RawTable;
import uk.safeguardcases.domain.report.ReportPeriod;

/** Its tables of the annual report, among the other processes'. */
@ApplicationScoped
public class DpComplaintReportPart implements AnnualReportPart {
    @Inject
    DpComplaintFigures figures;

    @Override
    public String section() {
        return "other";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<RawTable> tables(ReportPeriod period, Instant now) {
        DpComplaintFigures.Received r = figures.received(period);
        return List.of(
                RawTable.sums("other.dpComplaints", new long[] {r.acknowledgedInTime(), r.acknowledgedLate(),
                        r.waiting()}, "row.dpComplaint.inTime", "row.dpComplaint.late", "row.dpComplaint.waiting"),
                RawTable.sums("other.dpComplaintOutcomes", new long[] {r.upheld(), r.partlyUpheld(),
                        r.notUpheld(), r.total() - r.upheld() - r.partlyUpheld() - r.notUpheld()},
                        "row.dpComplaint.upheld", "row.dpComplaint.partlyUpheld", "row.dpComplaint.notUpheld",
                        "row.dpComplaint.open"));
    }

    @Override
    public String words() {
        return DpComplaintWords.BUNDLE;
    }
}
