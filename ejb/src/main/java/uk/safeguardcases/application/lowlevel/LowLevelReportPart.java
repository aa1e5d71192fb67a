package uk.safeguardcases.application.lowlevel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.annualreport.AnnualReportPart;
import uk.safeguardcases.application.annualreport.RawTable;
import uk.safeguardcases.domain.report.ReportPeriod;

/**
 * The register's part of the annual report, after the concerns: low-level concerns entered in the period (at triage
 * or directly; one removed under the retention schedule is no longer counted, as a purged case is not), and the
 * pattern alerts raised in it, reviewed or not.
 */
@ApplicationScoped
public class LowLevelReportPart implements AnnualReportPart {

    @Inject
    private LowLevelReportFigures figures;

    @Override
    public String section() {
        return "investigations";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<RawTable> tables(ReportPeriod period, Instant now) {
        LowLevelReportFigures.Entered entered = figures.entered(period);
        LowLevelReportFigures.Alerts alerts = figures.alertsRaised(period);
        return List.of(
                RawTable.sums("concerns.lowLevel", new long[] {entered.atTriage(), entered.direct()},
                        "row.lowLevel.fromTriage", "row.lowLevel.direct"),
                RawTable.sums("concerns.patternAlerts", new long[] {alerts.reviewed(), alerts.waiting()},
                        "row.patternAlert.reviewed", "row.patternAlert.waiting"));
    }

    @Override
    public String words() {
        return LowLevelWords.BUNDLE;
    }
}
