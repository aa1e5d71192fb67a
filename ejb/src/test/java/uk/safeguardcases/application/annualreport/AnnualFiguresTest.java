package uk.safeguardcases.application.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.report.ReportPeriod;
import uk.safeguardcases.domain.report.Spread;

/** The report's sections: the product's own tables first, then each process's part where it says, by its order. */
class AnnualFiguresTest {

    private static final ReportPeriod YEAR = ReportPeriod.financialYear(2025);
    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");

    @Test
    void eachProcessesTablesFollowTheProductsOwnInTheSectionItNamesByItsOrder() {
        List<AnnualReportPart> parts = List.of(part("other", 20, "other.childSearches"),
                part("investigations", 10, "concerns.lowLevel"), part("other", 10, "other.officialAccounts"),
                part("timeliness", 10, "timeliness.declarations"));

        Map<String, List<RawTable>> sections = AnnualFigures.tables(product(), parts, YEAR, NOW);

        assertThat(sections).containsOnlyKeys(AnnualReportService.SECTIONS);
        assertThat(keys(sections.get("investigations"))).containsExactly("concerns.source", "concerns.lowLevel");
        assertThat(keys(sections.get("timeliness"))).containsExactly("timeliness.lado", "timeliness.declarations");
        assertThat(keys(sections.get("results"))).containsExactly("results.closure");
        assertThat(sections.get("duration")).isEmpty();
        assertThat(keys(sections.get("other"))).containsExactly("other.officialAccounts", "other.childSearches");
    }

    @Test
    void theReportIsWordedByEachPartsOwnBundleInTheirOrder() {
        List<AnnualReportPart> parts = List.of(part("other", 20, "other.childSearches"),
                part("investigations", 10, "concerns.lowLevel"), part("other", 10, "other.officialAccounts"));

        assertThat(AnnualFigures.partsWords(parts)).containsExactly("uk.safeguardcases.application.test.investigations",
                "uk.safeguardcases.application.test.other");
    }

    @Test
    void withoutAnyProcessTheReportHasTheProductsOwnTablesOnly() {
        Map<String, List<RawTable>> sections = AnnualFigures.tables(product(), List.of(), YEAR, NOW);

        assertThat(sections.values().stream().mapToInt(List::size).sum()).isEqualTo(3);
        assertThat(sections.get("other")).isEmpty();
    }

    @Test
    void aPartForASectionTheReportDoesNotHaveStopsTheReport() {
        assertThatThrownBy(() -> AnnualFigures.tables(product(), List.of(part("appendix", 1, "x")), YEAR, NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("appendix");
    }

    private static List<String> keys(List<RawTable> tables) {
        return tables.stream().map(RawTable::key).toList();
    }

    private static RawTable table(String key) {
        return RawTable.sums(key, new long[] {3, 4}, "row.a", "row.b");
    }

    private static AnnualReportPart part(String section, int order, String key) {
        return new AnnualReportPart() {
            @Override
            public String section() {
                return section;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public List<RawTable> tables(ReportPeriod period, Instant now) {
                return List.of(table(key));
            }

            @Override
            public String words() {
                return "uk.safeguardcases.application.test." + section;
            }
        };
    }

    private static AnnualFiguresReadModel product() {
        return new AnnualFiguresReadModel() {
            @Override
            public List<RawTable> investigations(ReportPeriod period) {
                return List.of(table("concerns.source"));
            }

            @Override
            public List<RawTable> timeliness(ReportPeriod period, Instant now) {
                return List.of(table("timeliness.lado"));
            }

            @Override
            public List<RawTable> results(ReportPeriod period) {
                return List.of(table("results.closure"));
            }

            @Override
            public Spread concernToClosure(ReportPeriod period, boolean investigatedOnly) {
                return null;
            }
        };
    }
}
