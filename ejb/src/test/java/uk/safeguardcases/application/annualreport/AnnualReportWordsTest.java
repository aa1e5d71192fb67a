package uk.safeguardcases.application.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.domain.cases.AllegationFinding;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.ConcernsWhom;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.declaration.DeclarationStatus;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.referral.AppealOutcome;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.referral.ReferralKind;
import uk.safeguardcases.domain.report.ReportPeriod;
import uk.safeguardcases.domain.report.Shown;
import uk.safeguardcases.domain.report.Spread;

/** The report's words in both languages, both periods through the suppression rule, and the CSV as published. */
class AnnualReportWordsTest {

    /** The values the product's own tables count by, worded in the report's bundle. */
    private static final List<Class<? extends Enum<?>>> WORDED = List.of(CaseSource.class, ConcernsWhom.class,
            OrganisationKind.class, AllegationFinding.class,
            ReferralKind.class, HrOutcome.class, AppealOutcome.class);

    @Test
    void theWelshWordsHaveExactlyTheEnglishKeys() {
        Properties english = load("annual.properties");
        Properties welsh = load("annual_cy.properties");

        assertThat(welsh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(welsh.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    @Test
    void everyValueTheReportCountsIsWordedInBothLanguages() {
        for (AnnualWords words : List.of(AnnualWords.in(Texts.ENGLISH), AnnualWords.in(Texts.WELSH))) {
            for (Class<? extends Enum<?>> type : WORDED) {
                for (Enum<?> value : type.getEnumConstants()) {
                    assertThat(words.has(RowLabel.of(value).key())).as(words.language() + " " + value).isTrue();
                }
            }
            // The core's triage decisions and closure reasons; a process words its own in its part's bundle.
            TriageDecision.core().forEach(d -> assertThat(words.has("TriageDecision." + d.name()))
                    .as(words.language() + " " + d).isTrue());
            ClosureReason.core().forEach(r -> assertThat(words.has("ClosureReason." + r.name()))
                    .as(words.language() + " " + r).isTrue());
        }
        assertThat(AnnualWords.in(Texts.WELSH).label(RowLabel.of(CaseSource.PUBLIC_COMPLAINT)))
                .isEqualTo("Aelod o’r cyhoedd");
    }

    /**
     * Each process's part words its own tables in its own bundle, in both languages: every table's title, rows and
     * about, every row it words by a key and every value it counts by (as the report published them when they were in
     * the report's bundle); and the report's bundle holds none of them, so a process edits no shared file.
     */
    @Test
    void eachPartBringsTheWordsOfItsTablesAndTheReportsBundleHoldsNone() throws Exception {
        List<AnnualReportPart> parts = AnnualReportParts.every();
        assertThat(parts).extracting(part -> part.getClass().getSimpleName()).contains("ChildSearchReportPart",
                "DeclarationReportPart", "LowLevelReportPart", "OfficialAccountReportPart");
        Properties report = load("annual.properties");
        for (AnnualReportPart part : parts) {
            Set<String> asked = AnnualReportParts.keysAskedOf(part);
            assertThat(asked).as(part.getClass().getSimpleName()).isNotEmpty();
            for (AnnualWords words : List.of(AnnualWords.in(Texts.ENGLISH, List.of(part.words())),
                    AnnualWords.in(Texts.WELSH, List.of(part.words())))) {
                assertThat(asked).as(part.getClass().getSimpleName() + " in " + words.language())
                        .allSatisfy(key -> assertThat(words.has(key)).as(key).isTrue());
            }
            assertThat(report.stringPropertyNames()).as("the report's own bundle").doesNotContainAnyElementsOf(asked);
        }
        AnnualWords english = AnnualWords.in(Texts.ENGLISH, AnnualFigures.partsWords(parts));
        assertThat(english.text("table.other.childSearches.title")).isEqualTo("Searches about children");
        assertThat(english.label(RowLabel.of(DeclarationStatus.COUNTERSIGNED)))
                .isEqualTo("Completed: signed and countersigned");
        assertThat(AnnualWords.in(Texts.WELSH, AnnualFigures.partsWords(parts)).label(RowLabel.of(Platform.X_TWITTER)))
                .isEqualTo(AnnualWords.in(Texts.WELSH, List.of("uk.safeguardcases.application.search.searches"))
                        .text("Platform.X_TWITTER"));
        assertThat(english.text("figure.total")).as("the report's own words first").isEqualTo("Total");
    }

    @Test
    void aValueWithoutWordsYetIsShownByItsEnglishLabel() {
        // As a source added to the domain tomorrow would be, before anyone words it for the report.
        RowLabel label = new RowLabel("CaseSource.NEIGHBOUR", "A neighbour", null);

        assertThat(AnnualWords.in(Texts.WELSH).label(label)).isEqualTo("A neighbour");
        assertThat(RowLabel.of(CaseSource.MANUAL).english()).isEqualTo("Raised by an officer");
    }

    @Test
    void theBoardsOwnNamesAreShownInWelshWhenItGaveThem() {
        RowLabel police = RowLabel.named("South Wales Police", "Heddlu De Cymru");

        assertThat(AnnualWords.in(Texts.WELSH).label(police)).isEqualTo("Heddlu De Cymru");
        assertThat(AnnualWords.in(Texts.ENGLISH).label(police)).isEqualTo("South Wales Police");
        assertThat(AnnualWords.in(Texts.WELSH).label(RowLabel.named("Fire Service", null))).isEqualTo("Fire Service");
    }

    @Test
    void eachPeriodIsSuppressedAsAColumnWithItsOwnTotal() {
        Map<RowLabel, Long> now = new LinkedHashMap<>();
        now.put(RowLabel.of(CaseSource.MONITORING), 12L);
        now.put(RowLabel.of(CaseSource.SELF_REPORT), 3L);
        now.put(RowLabel.of(CaseSource.MANUAL), 7L);
        Map<RowLabel, Long> before = new LinkedHashMap<>();
        before.put(RowLabel.of(CaseSource.MONITORING), 20L);
        before.put(RowLabel.of(CaseSource.SELF_REPORT), 9L);
        before.put(RowLabel.of(CaseSource.MANUAL), 0L);
        before.put(RowLabel.named("Retired organisation", null), 6L);

        ReportTable table = AnnualReportService.published(new RawTable("concerns.source", now, true),
                new RawTable("concerns.source", before, true));

        assertThat(table.rows()).extracting(r -> r.current().mark()).containsExactly(Shown.Mark.SHOWN,
                Shown.Mark.FEWER_THAN_FIVE, Shown.Mark.WITHHELD, Shown.Mark.SHOWN);
        assertThat(table.rows()).extracting(ReportRow::previous).containsExactly(Shown.of(20), Shown.of(9),
                Shown.of(0), Shown.of(6));
        assertThat(table.total()).isEqualTo(new ReportRow(RowLabel.of("figure.total"), Shown.of(22), Shown.of(35)));
    }

    @Test
    void aTableThatDoesNotAddUpHasNoTotalAndOnlyItsSmallCountsHidden() {
        Map<RowLabel, Long> now = Map.of(RowLabel.named("CHSCB 3.5", null), 3L);
        Map<RowLabel, Long> before = Map.of(RowLabel.named("CHSCB 3.5", null), 7L);

        ReportTable table = AnnualReportService.published(new RawTable("concerns.clause", now, false),
                new RawTable("concerns.clause", before, false));

        assertThat(table.total()).isNull();
        assertThat(table.rows().get(0).previous()).isEqualTo(Shown.of(7));
    }

    @Test
    void theCsvPublishesWordsForHiddenFiguresAndNoNumberBehindThem() {
        Map<RowLabel, Long> now = new LinkedHashMap<>();
        now.put(RowLabel.of(CaseSource.MONITORING), 12L);
        now.put(RowLabel.of(CaseSource.SELF_REPORT), 3L);
        now.put(RowLabel.of(CaseSource.MANUAL), 7L);
        ReportTable table = AnnualReportService.published(new RawTable("concerns.source", now, true),
                new RawTable("concerns.source", now, true));
        ReportPeriod period = ReportPeriod.financialYear(2025);
        AnnualReport report = new AnnualReport("Cwm Taf Safeguarding Boards", "Byrddau Diogelu Cwm Taf", true, period,
                List.of(new ReportSection("investigations", List.of(table), List.of(), null, null),
                        new ReportSection("duration", List.of(), List.of(new ReportSpread("closure",
                                new Spread(3, 2.0, 3.0), new Spread(12, 10.25, 30.0))), null, null)),
                Instant.parse("2026-05-01T09:00:00Z"));

        String csv = AnnualReportCsv.write(report, AnnualWords.in(Texts.ENGLISH));

        assertThat(csv).startsWith("Section,Figure,Row,Period 2025–26,Period 2024–25\r\n");
        assertThat(csv).contains("Investigations,Concerns by source,Monitoring tool,12,12\r\n")
                .contains("Investigations,Concerns by source,Self-report,fewer than 5,fewer than 5\r\n")
                .contains("Investigations,Concerns by source,Raised by an officer,withheld,withheld\r\n")
                .contains("Investigations,Concerns by source,Total,22,22\r\n")
                .contains("How long,From concern to closure,Cases closed,fewer than 5,12\r\n")
                .contains("How long,From concern to closure,Median,not published (too few cases),10.3 days\r\n")
                .contains("How long,From concern to closure,90th percentile,not published (too few cases),30 days\r\n");
        assertThat(csv).doesNotContain(",3,").doesNotContain(",7,");
        assertThat(AnnualReportCsv.write(report, AnnualWords.in(Texts.WELSH)))
                .contains("Ymchwiliadau,Pryderon yn ôl ffynhonnell,Hunan-adrodd,llai na 5,llai na 5\r\n");
    }

    @Test
    void theFinancialYearsOfferedAreTheLastSixTheLatestFirst() {
        assertThat(AnnualReportService.financialYears(LocalDate.of(2026, 11, 26))).extracting(ReportPeriod::label)
                .containsExactly("2026–27", "2025–26", "2024–25", "2023–24", "2022–23", "2021–22");
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = AnnualWords.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}
