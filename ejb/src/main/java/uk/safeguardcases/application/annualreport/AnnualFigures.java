package uk.safeguardcases.application.annualreport;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.domain.report.ReportPeriod;
import uk.safeguardcases.domain.report.Spread;

/**
 * The annual report's counts for one period, section by section: the product's own (its cases, deadlines, referrals
 * and subject access, from {@link AnnualFiguresReadModel}), then each other process's, from every
 * {@link AnnualReportPart} found, so nothing here names another process's records. Every count is on the caller's
 * board only.
 */
@Stateless
public class AnnualFigures {

    @Inject
    private AnnualFiguresReadModel product;

    @Inject
    @Any
    private Instance<AnnualReportPart> parts;

    /**
     * Every table of the report for one period, in the report's order, by section: the product's own, then each
     * process's part in its section, by their order.
     */
    public Map<String, List<RawTable>> tables(ReportPeriod period, Instant now) {
        return tables(product, parts.stream().toList(), period, now);
    }

    static Map<String, List<RawTable>> tables(AnnualFiguresReadModel product, List<AnnualReportPart> parts,
            ReportPeriod period, Instant now) {
        Map<String, List<RawTable>> sections = new LinkedHashMap<>();
        sections.put("investigations", new ArrayList<>(product.investigations(period)));
        sections.put("timeliness", new ArrayList<>(product.timeliness(period, now)));
        sections.put("results", new ArrayList<>(product.results(period)));
        sections.put("duration", new ArrayList<>());
        sections.put("other", new ArrayList<>());
        parts.stream().sorted(Comparator.comparingInt(AnnualReportPart::order)).forEach(part -> {
            List<RawTable> section = sections.get(part.section());
            if (section == null) {
                throw new IllegalStateException(part.getClass().getName() + " adds to no section of the report: "
                        + part.section());
            }
            section.addAll(part.tables(period, now));
        });
        return sections;
    }

    /** The bundles of the parts, in their order, which word their tables ({@link AnnualReportPart#words()}). */
    public List<String> partsWords() {
        return partsWords(parts.stream().toList());
    }

    static List<String> partsWords(List<AnnualReportPart> parts) {
        return parts.stream().sorted(Comparator.comparingInt(AnnualReportPart::order)).map(AnnualReportPart::words)
                .distinct().toList();
    }

    /** Days from concern to closure of the cases closed in the period (all of them, or those investigated). */
    public Spread concernToClosure(ReportPeriod period, boolean investigatedOnly) {
        return product.concernToClosure(period, investigatedOnly);
    }
}
