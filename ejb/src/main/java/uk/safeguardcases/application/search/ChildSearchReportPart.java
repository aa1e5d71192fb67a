package uk.safeguardcases.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.annualreport.AnnualReportPart;
import uk.safeguardcases.application.annualreport.RawTable;
import uk.safeguardcases.application.annualreport.RowLabel;
import uk.safeguardcases.domain.report.ReportPeriod;

/**
 * The child searches' part of the annual report, among the other processes: the searches asked for in the period by
 * their decision, and by each platform asked for (one search may ask for several: no total).
 */
@ApplicationScoped
public class ChildSearchReportPart implements AnnualReportPart {

    @Inject
    private ChildSearchReportFigures figures;

    @Override
    public String section() {
        return "other";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<RawTable> tables(ReportPeriod period, Instant now) {
        ChildSearchReportFigures.Asked asked = figures.asked(period);
        Map<RowLabel, Long> platforms = new LinkedHashMap<>();
        figures.askedByPlatform(period).forEach((platform, count) -> platforms.put(RowLabel.of(platform), count));
        return List.of(RawTable.sums("other.childSearches", new long[] {asked.authorised(), asked.refused(),
                        asked.waiting()}, "row.search.authorised", "row.search.refused", "row.search.waiting"),
                new RawTable("other.childSearchPlatforms", platforms, false));
    }

    @Override
    public String words() {
        return SearchWords.BUNDLE;
    }
}
