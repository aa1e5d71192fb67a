package uk.safeguardcases.application.declaration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.annualreport.AnnualReportPart;
import uk.safeguardcases.application.annualreport.RawTable;
import uk.safeguardcases.domain.declaration.DeclarationStatus;
import uk.safeguardcases.domain.report.ReportPeriod;

/** The declarations' part of the annual report, after the statutory deadlines: members asked, by where they stand. */
@ApplicationScoped
public class DeclarationReportPart implements AnnualReportPart {

    @Inject
    private DeclarationReportFigures figures;

    @Override
    public String section() {
        return "timeliness";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<RawTable> tables(ReportPeriod period, Instant now) {
        return List.of(RawTable.byValue("timeliness.declarations", DeclarationStatus.values(),
                figures.askedByStatus(period), true));
    }

    @Override
    public String words() {
        return DeclarationWords.BUNDLE;
    }
}
