package uk.safeguardcases.application.official;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.annualreport.AnnualReportPart;
import uk.safeguardcases.application.annualreport.RawTable;
import uk.safeguardcases.application.annualreport.RowLabel;
import uk.safeguardcases.domain.official.OfficialAccountRequestStatus;
import uk.safeguardcases.domain.report.ReportPeriod;

/**
 * The official accounts' part of the annual report, first among the other processes: the business cases made in the
 * period by where they stand, and the accreditations passed, renewed and expired in it (one user may do all three:
 * no total).
 */
@ApplicationScoped
public class OfficialAccountReportPart implements AnnualReportPart {

    @Inject
    private OfficialAccountReportFigures figures;

    @Override
    public String section() {
        return "other";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<RawTable> tables(ReportPeriod period, Instant now) {
        OfficialAccountReportFigures.Accreditations accreditations = figures.accreditations(period);
        Map<RowLabel, Long> rows = new LinkedHashMap<>();
        rows.put(RowLabel.of("row.accreditation.passed"), accreditations.passed());
        rows.put(RowLabel.of("row.accreditation.renewed"), accreditations.renewed());
        rows.put(RowLabel.of("row.accreditation.expired"), accreditations.expired());
        return List.of(RawTable.byValue("other.officialAccounts", OfficialAccountRequestStatus.values(),
                        figures.businessCasesByStatus(period), true),
                new RawTable("other.accreditations", rows, false));
    }

    @Override
    public String words() {
        return AccountWords.BUNDLE;
    }
}
