package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.bean;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.function.Predicate;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.domain.lowlevel.LowLevelOutcome;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.annualreport.AnnualReport;
import uk.safeguardcases.application.annualreport.AnnualReportService;
import uk.safeguardcases.application.annualreport.AnnualWords;
import uk.safeguardcases.application.annualreport.ReportRow;
import uk.safeguardcases.application.annualreport.ReportSpread;
import uk.safeguardcases.application.annualreport.ReportTable;
import uk.safeguardcases.application.annualreport.RowLabel;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.AllegationFinding;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.ConcernsWhom;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.referral.AppealOutcome;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.referral.ReferralKind;
import uk.safeguardcases.domain.report.ReportPeriod;
import uk.safeguardcases.domain.report.Shown;
import uk.safeguardcases.domain.report.Spread;
import uk.safeguardcases.domain.report.Suppression;

/**
 * The annual report on the real server and database (issue 42). Two years of a board's records are written straight
 * into the tables, as years of work would have left them (the services stamp everything "now"); the test works out
 * every figure from its own list of what it wrote, independently of the product's queries, and compares each one,
 * for the year and the year before. Then: small counts hidden and no total giving them away, the board's words on its
 * timeline, Welsh, the PDF's text, and another board's records never counted.
 */
@ExtendWith(ArquillianExtension.class)
class AnnualReportIT {

    private static final ReportPeriod YEAR = ReportPeriod.financialYear(2025);
    private static final ReportPeriod BEFORE = YEAR.previous();
    private static final Instant NOW = Instant.now();
    /** The report's words, then those each process's part brings in its own bundle (AnnualReportPart.words()). */
    private static final AnnualWords ENGLISH = AnnualWords.in(Texts.ENGLISH, List.of(
            "uk.safeguardcases.application.lowlevel.lowlevel", "uk.safeguardcases.application.declaration.declarations",
            "uk.safeguardcases.application.official.accounts", "uk.safeguardcases.application.search.searches"));

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.inServerWith(AnnualReportIT.class);
        ear.getAsType(WebArchive.class, "safeguard-web.war").addAsLibraries(jarOf(PDDocument.class),
                jarOf(RandomAccessRead.class), jarOf(TrueTypeFont.class));
        return ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One concern as the test writes it, and everything that happened to it. */
    static final class Seed {
        Instant raised;
        CaseSource source;
        long organisation;
        String organisationName;
        ConcernsWhom whom = ConcernsWhom.CHILDREN;
        TriageDecision triage;
        Instant closed;
        ClosureReason reason;
        AllegationFinding finding;
        Instant ladoDue;
        Instant ladoDone;
        Instant adultDue;
        Instant adultDone;
        Instant removalDue;
        Instant removalAnswered;
        Instant referralSent;
        ReferralKind referralKind;
        HrOutcome hrOutcome;
        Instant appealLodged;
        AppealOutcome appealOutcome;
        List<String> clauses = new ArrayList<>();
        /** Each allegation's category (one per clause), as the report words it. */
        List<String> categories = new ArrayList<>();
        Long person;
    }

    /** The categories the seeded allegations take in turn: the KCSIE 2025 and 2026 ones among them. */
    private static final uk.safeguardcases.domain.allegation.AllegationCategory[] SEEDED_CATEGORIES = {
        uk.safeguardcases.domain.allegation.AllegationCategory.CONFIDENTIALITY,
        uk.safeguardcases.domain.allegation.AllegationCategory.MISINFORMATION,
        uk.safeguardcases.domain.allegation.AllegationCategory.SELF_GENERATED_INTIMATE_IMAGES};

    record Organisation(long id, String name, String kind) {
    }

    record Clause(long id, String reference) {
    }

    /** A board of the test's own, a bilingual one, with two financial years of records. */
    private static final class SeededBoard {
        final TestBoard board;
        final List<Seed> seeds = new ArrayList<>();
        final List<Organisation> organisations;
        final List<Clause> clauses;

        SeededBoard(String template) {
            board = TestBoard.like(template);
            organisations = query("select id, name, kind from parent_organisation where tenant_id = ? order by name",
                    r -> new Organisation(r.getLong(1), r.getString(2), r.getString(3)), board.id());
            clauses = query("select id, reference from policy_clause where tenant_id = ? and retired = false"
                    + " order by sort_order", r -> new Clause(r.getLong(1), r.getString(2)), board.id());
        }
    }

    @Test
    void everyFigureOfTheYearAndTheYearBeforeIsCountedAsTheRecordsSayAndPublishedSafely() {
        SeededBoard seeded = seed();
        SeededBoard other = seedAnother();

        AnnualReport report = CaseFixtures.as(seeded.board.person("senior"),
                () -> bean(AnnualReportService.class).report(YEAR));

        // Investigations.
        expect(report, "concerns.source", seeded.seeds, s -> s.raised, s -> label(s.source), CaseSource.values());
        expect(report, "concerns.whom", seeded.seeds, s -> s.raised, s -> label(s.whom), ConcernsWhom.values());
        expect(report, "concerns.organisation", seeded.seeds, s -> s.raised, s -> s.organisationName,
                seeded.organisations.stream().map(Organisation::name).toArray());
        Map<Long, String> kinds = new HashMap<>();
        seeded.organisations.forEach(o -> kinds.put(o.id(), o.kind()));
        expect(report, "concerns.sector", seeded.seeds, s -> s.raised,
                s -> label(uk.safeguardcases.domain.organisation.OrganisationKind.valueOf(kinds.get(s.organisation))),
                uk.safeguardcases.domain.organisation.OrganisationKind.values());
        expectMany(report, "concerns.clause", seeded.seeds, s -> s.raised, s -> s.clauses);
        expectMany(report, "allegations.category", seeded.seeds, s -> s.raised, s -> s.categories);
        assertThat(report.table("allegations.category").rows()).extracting(r -> ENGLISH.label(r.label()))
                .contains("Misinformation, disinformation or conspiracy theories",
                        "Self-generated intimate images, including AI-made ones");
        expect(report, "concerns.repeat", seeded.seeds, s -> s.raised, s -> s.person == null
                ? ENGLISH.text("row.repeat.unmatched") : seeded.seeds.stream().anyMatch(p -> s.person.equals(p.person)
                        && p.raised.isBefore(s.raised)) ? ENGLISH.text("row.repeat.repeat")
                        : ENGLISH.text("row.repeat.first"));
        expect(report, "triage.decision", seeded.seeds, s -> s.raised, s -> s.triage == null
                ? ENGLISH.text("row.notYet.triage.decision") : label(s.triage),
                Stream.concat(TriageDecision.core().stream(), Stream.of(LowLevelOutcome.DECISION))
                        .map(AnnualReportIT::label).toArray());
        // The LADO's part in the concerns about a child: referred, due and not made, advice only, not yet triaged.
        expect(report, "concerns.lado", seeded.seeds, s -> s.whom == ConcernsWhom.ADULTS_AT_RISK ? null : s.raised,
                s -> ENGLISH.text(s.ladoDone != null ? "row.lado.referred" : s.ladoDue != null ? "row.lado.due"
                        : s.triage != null ? "row.lado.adviceOnly" : "row.lado.notTriaged"));
        // The low-level concerns register (written below): 6 this year (2 at triage, 4 directly), 3 the year before
        // (all directly); pattern alerts 1 reviewed and 1 waiting this year, none the year before.
        assertRows(report.table("concerns.lowLevel"), Map.of(
                ENGLISH.text("row.lowLevel.fromTriage"), new long[] {2, 0},
                ENGLISH.text("row.lowLevel.direct"), new long[] {4, 3}));
        assertRows(report.table("concerns.patternAlerts"), Map.of(
                ENGLISH.text("row.patternAlert.reviewed"), new long[] {1, 0},
                ENGLISH.text("row.patternAlert.waiting"), new long[] {1, 0}));

        // Statutory timeliness: each deadline by the day it fell due.
        expect(report, "timeliness.lado", seeded.seeds, s -> s.ladoDue, s -> timeliness(s.ladoDone, s.ladoDue));
        expect(report, "timeliness.adults", seeded.seeds, s -> s.adultDue, s -> timeliness(s.adultDone, s.adultDue));
        expect(report, "timeliness.removal", seeded.seeds, s -> s.removalDue,
                s -> timeliness(s.removalAnswered, s.removalDue));

        // Results.
        expect(report, "results.closure", seeded.seeds, s -> s.closed, s -> label(s.reason),
                Stream.concat(ClosureReason.core().stream(), Stream.of(LowLevelOutcome.CLOSED_AS))
                        .map(AnnualReportIT::label).toArray());
        expect(report, "results.finding", seeded.seeds, s -> s.finding == null ? null : s.closed,
                s -> label(s.finding), AllegationFinding.values());
        expect(report, "results.referrals", seeded.seeds, s -> s.referralSent, s -> label(s.referralKind),
                ReferralKind.values());
        expect(report, "results.disciplinary", seeded.seeds, s -> s.referralSent == null ? null : s.closed,
                s -> label(s.hrOutcome), HrOutcome.values());
        expect(report, "results.appeals", seeded.seeds, s -> s.appealLodged, s -> s.appealOutcome == null
                ? ENGLISH.text("row.notYet.results.appeals") : label(s.appealOutcome), AppealOutcome.values());

        // How long: every closure of the period, and those investigated.
        expectSpread(report.sections().get(3).spreads().get(0), seeded.seeds, s -> true);
        expectSpread(report.sections().get(3).spreads().get(1), seeded.seeds,
                s -> TriageDecision.INVESTIGATE.equals(s.triage));

        // Other processes (written below, beside the cases).
        assertRows(report.table("timeliness.subjectAccess"), Map.of(
                ENGLISH.text("row.timeliness.IN_TIME"), new long[] {2, 1},
                ENGLISH.text("row.timeliness.LATE"), new long[] {1, 0},
                ENGLISH.text("row.timeliness.OVERDUE"), new long[] {1, 0},
                ENGLISH.text("row.timeliness.NOT_YET_DUE"), new long[] {0, 0}));
        assertRows(report.table("other.childSearches"), Map.of(
                ENGLISH.text("row.search.authorised"), new long[] {3, 0},
                ENGLISH.text("row.search.refused"), new long[] {2, 2},
                ENGLISH.text("row.search.waiting"), new long[] {1, 0}));
        assertRows(report.table("other.childSearchPlatforms"), Map.of(
                label(Platform.FACEBOOK), new long[] {4, 0},
                label(Platform.INSTAGRAM), new long[] {2, 0},
                label(Platform.TIKTOK), new long[] {1, 0},
                label(Platform.X_TWITTER), new long[] {1, 0},
                label(Platform.YOUTUBE), new long[] {0, 2},
                label(Platform.OTHER), new long[] {0, 0}));
        assertThat(report.table("other.childSearchPlatforms").total()).as("a search names several").isNull();
        for (String none : List.of("timeliness.declarations", "other.officialAccounts", "other.accreditations")) {
            assertThat(report.table(none).rows()).as(none + ": the board has none")
                    .allSatisfy(r -> assertThat(r.current().value() + r.previous().value()).isZero());
        }

        // Safe to publish: no small count shown anywhere, and no total gives one away.
        for (ReportTable table : report.tables()) {
            assertSafe(table);
        }
        // By hand: 12 from the tool, 7 raised by officers, 3 self-reports, 22 in all; the 3 is fewer than 5 and the 7,
        // the smallest count left, is withheld so that 22 - 12 - 7 cannot give it.
        ReportTable sources = report.table("concerns.source");
        assertThat(marks(sources, true)).containsEntry(label(CaseSource.MONITORING), Shown.Mark.SHOWN)
                .containsEntry(label(CaseSource.SELF_REPORT), Shown.Mark.FEWER_THAN_FIVE)
                .containsEntry(label(CaseSource.MANUAL), Shown.Mark.WITHHELD)
                .containsEntry(label(CaseSource.PUBLIC_COMPLAINT), Shown.Mark.SHOWN);
        assertThat(sources.total().current()).isEqualTo(Shown.of(22));
        // The year before: 10, 5 and 6 public complaints: nothing small, nothing hidden.
        assertThat(marks(sources, false).values()).containsOnly(Shown.Mark.SHOWN);
        assertThat(sources.total().previous()).isEqualTo(Shown.of(21));

        // Another board's records are never counted here, and its own report counts only its own.
        assertThat(row(sources, label(CaseSource.PRESS_ENQUIRY)).current()).isEqualTo(Shown.of(0));
        AnnualReport theirs = CaseFixtures.as(other.board.person("senior"),
                () -> bean(AnnualReportService.class).report(YEAR));
        assertThat(row(theirs.table("concerns.source"), label(CaseSource.PRESS_ENQUIRY)).current())
                .isEqualTo(Shown.of(6));
        assertThat(theirs.table("concerns.source").total().current()).isEqualTo(Shown.of(6));
        assertThat(theirs.table("other.childSearches").total().current()).isEqualTo(Shown.of(0));
        assertThat(theirs.table("concerns.lowLevel").total().current()).as("our register is not theirs")
                .isEqualTo(Shown.of(0));
        assertThat(theirs.table("concerns.patternAlerts").total().current()).isEqualTo(Shown.of(0));
        assertThat(row(theirs.table("concerns.lado"), ENGLISH.text("row.lado.adviceOnly")).current())
                .as("their six concerns about a child, closed at triage").isEqualTo(Shown.of(6));
        assertThat(theirs.table("concerns.lado").total().current()).isEqualTo(Shown.of(6));
        assertThat(theirs.table("concerns.organisation").rows()).extracting(r -> ENGLISH.label(r.label()))
                .as("their organisations only").doesNotContainAnyElementsOf(seeded.organisations.stream()
                        .filter(o -> other.organisations.stream().noneMatch(t -> t.name().equals(o.name())))
                        .map(Organisation::name).toList());
    }

    @Test
    void theBoardsWordsAreKeptOnItsTimelineAndPrintedInWelshAndEnglishWithNoNameOrReference() throws Exception {
        SeededBoard seeded = seed();
        String senior = seeded.board.person("senior");
        String english = "A busier year: “more reports from colleagues” – we trained 40 managers.";
        String welsh = "Blwyddyn brysurach: “mwy o adroddiadau gan gydweithwyr” – hyfforddwyd 40 o reolwyr.";

        CaseFixtures.as(senior, () -> bean(AnnualReportService.class).writeNarrative(YEAR, "investigations", english,
                welsh));

        AnnualReport report = CaseFixtures.as(senior, () -> bean(AnnualReportService.class).report(YEAR));
        assertThat(report.sections().get(0).narrative()).isEqualTo(english);
        assertThat(report.sections().get(0).narrativeCy()).isEqualTo(welsh);
        assertThat(CaseFixtures.as(senior, () -> bean(AnnualReportService.class).report(BEFORE)).sections().get(0)
                .narrative()).as("another period has its own words").isNull();
        assertThat(CaseFixtures.as(senior, () -> bean(TimelineService.class).boardEntries(5)))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("Annual report narrative written"));
        // Another board does not see them.
        SeededBoard other = seedAnother();
        assertThat(CaseFixtures.as(other.board.person("senior"), () -> bean(AnnualReportService.class).report(YEAR))
                .sections().get(0).narrative()).isNull();

        // The PDF, in the board's languages: Welsh first, then English; every hidden count as words.
        byte[] pdf = CaseFixtures.as(senior, () -> bean(AnnualReportService.class).pdf(YEAR));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Blwyddyn y bwrdd mewn ffigurau: 2025–26 / The board’s year in numbers: 2025–26")
                .contains("Pryderon yn ôl ffynhonnell / Concerns by source")
                .contains("Offeryn monitro / Monitoring tool 12 10")
                .contains("Hunan-adrodd / Self-report llai na 5 / fewer than 5 0")
                .contains("Codwyd gan swyddog / Raised by an officer wedi’i gadw’n ôl / withheld 5")
                .contains("Cyfanswm / Total 22 21")
                .contains(welsh).contains(english);
        // Written to be published: not marked OFFICIAL-SENSITIVE, as every case document is.
        assertThat(text).doesNotContain("OFFICIAL").doesNotContain("SWYDDOGOL");
        // No person and no case: not one reference the seeds were written with, nor their subject's name.
        assertThat(text).doesNotContain(seeded.board.id().toUpperCase().substring(0, 5) + "-")
                .doesNotContain("Siân Prydderch");
        assertThat(CaseFixtures.as(senior, () -> bean(TimelineService.class).boardEntries(5)))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("Annual report exported"));

        // CSV and spreadsheet in the caller's language: a Welsh reader gets Welsh.
        String csv = CallerContext.runAs(CaseFixtures.caller(senior).speaking(Texts.WELSH),
                () -> new String(bean(AnnualReportService.class).csv(YEAR), StandardCharsets.UTF_8));
        assertThat(csv).contains("Ymchwiliadau,Pryderon yn ôl ffynhonnell,Hunan-adrodd,llai na 5,0\r\n")
                .contains("Ymchwiliadau,Pryderon yn ôl ffynhonnell,Offeryn monitro,12,10\r\n")
                .doesNotContain("Siân Prydderch");
        byte[] ods = CaseFixtures.as(senior, () -> bean(AnnualReportService.class).spreadsheet(YEAR));
        assertThat(new String(ods, 0, 2, StandardCharsets.US_ASCII)).as("a zip").isEqualTo("PK");

        // An officer may not read it.
        assertThatThrownBy(() -> CaseFixtures.as(seeded.board.officer(),
                () -> bean(AnnualReportService.class).report(YEAR))).isInstanceOf(AccessRefusedException.class);
    }

    // Expectations, worked out from the seeds.

    /** The table {@code key}: each seed in a period counted under its row, against the report's figures. */
    private static void expect(AnnualReport report, String key, List<Seed> seeds, Function<Seed, Instant> when,
            Function<Seed, String> row, Object... everyRow) {
        Map<String, long[]> expected = new LinkedHashMap<>();
        for (Object each : everyRow) {
            expected.put(each instanceof Enum<?> value ? label(value) : each.toString(), new long[2]);
        }
        for (Seed s : seeds) {
            Instant at = when.apply(s);
            if (at == null) {
                continue;
            }
            int column = YEAR.contains(at) ? 0 : BEFORE.contains(at) ? 1 : -1;
            if (column >= 0) {
                expected.computeIfAbsent(row.apply(s), r -> new long[2])[column]++;
            }
        }
        assertRows(report.table(key), expected);
    }

    /** As {@link #expect}, for a table where one seed counts under several rows. */
    private static void expectMany(AnnualReport report, String key, List<Seed> seeds, Function<Seed, Instant> when,
            Function<Seed, Collection<String>> rows) {
        Map<String, long[]> expected = new LinkedHashMap<>();
        for (Seed s : seeds) {
            int column = YEAR.contains(when.apply(s)) ? 0 : BEFORE.contains(when.apply(s)) ? 1 : -1;
            if (column >= 0) {
                rows.apply(s).forEach(r -> expected.computeIfAbsent(r, x -> new long[2])[column]++);
            }
        }
        Map<String, long[]> actual = new LinkedHashMap<>();
        for (ReportRow r : report.table(key).rows()) {
            String reference = ENGLISH.label(r.label()).split(" – ")[0];
            actual.put(reference, new long[] {r.current().value(), r.previous().value()});
        }
        expected.forEach((row, counts) -> assertThat(actual.get(row)).as(key + ": " + row).containsExactly(counts));
        actual.forEach((row, counts) -> assertThat(counts).as(key + ": " + row)
                .containsExactly(expected.getOrDefault(row, new long[2])));
    }

    /** Every row of the table with exactly the counts expected (rows not expected: zero), and the totals. */
    private static void assertRows(ReportTable table, Map<String, long[]> expected) {
        Map<String, long[]> actual = new LinkedHashMap<>();
        for (ReportRow r : table.rows()) {
            actual.put(ENGLISH.label(r.label()), new long[] {r.current().value(), r.previous().value()});
        }
        expected.forEach((row, counts) -> assertThat(actual.get(row)).as(table.key() + ": " + row)
                .containsExactly(counts));
        actual.forEach((row, counts) -> assertThat(counts).as(table.key() + ": " + row)
                .containsExactly(expected.getOrDefault(row, new long[2])));
        if (table.total() != null) {
            long[] sum = new long[2];
            actual.values().forEach(c -> {
                sum[0] += c[0];
                sum[1] += c[1];
            });
            assertThat(new long[] {table.total().current().value(), table.total().previous().value()})
                    .as(table.key() + ": total").containsExactly(sum);
        }
    }

    /** Median and 90th percentile of the days from concern to closure, interpolated as percentile_cont does. */
    private static void expectSpread(ReportSpread spread, List<Seed> seeds, Predicate<Seed> which) {
        for (ReportPeriod period : List.of(YEAR, BEFORE)) {
            List<Double> days = seeds.stream().filter(s -> s.closed != null && period.contains(s.closed))
                    .filter(which).map(s -> Duration.between(s.raised, s.closed).toSeconds() / 86_400.0).sorted()
                    .toList();
            Spread actual = period == YEAR ? spread.current() : spread.previous();
            assertThat(actual.cases()).as(spread.key() + " " + period.label()).isEqualTo(days.size());
            assertThat(actual.median()).as("median").isCloseTo(Spread.percentile(days, 0.5),
                    org.assertj.core.data.Offset.offset(1e-6));
            assertThat(actual.ninetieth()).as("90th percentile").isCloseTo(Spread.percentile(days, 0.9),
                    org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    /**
     * What a reader could work out: every small count hidden; in each period's column with its total, none or at least
     * two figures hidden (one alone would be the total less the rest); every figure shown is the true count.
     */
    private static void assertSafe(ReportTable table) {
        for (int column = 0; column < 2; column++) {
            int hidden = 0;
            List<Shown> figures = new ArrayList<>();
            for (ReportRow r : table.rows()) {
                figures.add(column == 0 ? r.current() : r.previous());
            }
            if (table.total() != null) {
                figures.add(column == 0 ? table.total().current() : table.total().previous());
            }
            for (Shown figure : figures) {
                if (Suppression.small(figure.value())) {
                    assertThat(figure.mark()).as(table.key() + ": a small count").isNotEqualTo(Shown.Mark.SHOWN);
                }
                if (!figure.isShown()) {
                    hidden++;
                }
            }
            if (table.total() != null) {
                assertThat(hidden).as(table.key() + ": figures hidden in a column with a total").isNotEqualTo(1);
            } else {
                assertThat(figures).as(table.key() + ": nothing withheld without a total")
                        .noneMatch(f -> f.mark() == Shown.Mark.WITHHELD);
            }
        }
    }

    private static Map<String, Shown.Mark> marks(ReportTable table, boolean current) {
        Map<String, Shown.Mark> marks = new LinkedHashMap<>();
        table.rows().forEach(r -> marks.put(ENGLISH.label(r.label()), (current ? r.current() : r.previous()).mark()));
        return marks;
    }

    private static ReportRow row(ReportTable table, String label) {
        return table.rows().stream().filter(r -> ENGLISH.label(r.label()).equals(label)).findFirst().orElseThrow();
    }

    private static String label(Enum<?> value) {
        return ENGLISH.label(RowLabel.of(value));
    }

    private static String label(TriageDecision decision) {
        return ENGLISH.label(new RowLabel("TriageDecision." + decision.name(), decision.label(), null));
    }

    private static String label(ClosureReason reason) {
        return ENGLISH.label(new RowLabel("ClosureReason." + reason.name(), reason.label(), null));
    }

    private static String timeliness(Instant done, Instant due) {
        String how = done != null ? (done.isAfter(due) ? "LATE" : "IN_TIME") : due.isBefore(NOW) ? "OVERDUE"
                : "NOT_YET_DUE";
        return ENGLISH.text("row.timeliness." + how);
    }

    // The records, as years of work leave them.

    private static SeededBoard seed() {
        SeededBoard seeded = new SeededBoard("cwmtaf");
        String board = seeded.board.id();
        long member = personId(seeded.board.person("member"));
        long manager = personId(seeded.board.person("manager"));
        List<Organisation> orgs = seeded.organisations;
        int number = 0;
        // This year: 12 from the monitoring tool, 7 raised by officers, 3 self-reports. The year before: 10, 5 and 6
        // public complaints.
        for (int year = 0; year < 2; year++) {
            ReportPeriod period = year == 0 ? YEAR : BEFORE;
            int count = year == 0 ? 22 : 21;
            for (int i = 0; i < count; i++) {
                Seed s = new Seed();
                s.raised = period.startsAt().plus(Duration.ofDays(9 + i * 15L)).plus(Duration.ofHours(10));
                s.source = year == 0 ? (i < 12 ? CaseSource.MONITORING : i < 19 ? CaseSource.MANUAL
                        : CaseSource.SELF_REPORT)
                        : (i < 10 ? CaseSource.MONITORING : i < 15 ? CaseSource.MANUAL : CaseSource.PUBLIC_COMPLAINT);
                Organisation org = orgs.get(i % orgs.size());
                s.organisation = org.id();
                s.organisationName = org.name();
                s.whom = i % 5 == 0 ? ConcernsWhom.ADULTS_AT_RISK : i % 7 == 0 ? ConcernsWhom.BOTH
                        : ConcernsWhom.CHILDREN;
                s.triage = i == count - 1 ? null : i % 4 == 3 ? TriageDecision.NO_FURTHER_ACTION
                        : TriageDecision.INVESTIGATE;
                if (TriageDecision.NO_FURTHER_ACTION.equals(s.triage)) {
                    s.closed = s.raised.plus(Duration.ofDays(3));
                    s.reason = ClosureReason.NO_FURTHER_ACTION;
                } else if (TriageDecision.INVESTIGATE.equals(s.triage) && i % 3 == 0) {
                    s.closed = s.raised.plus(Duration.ofDays(10 + i * 2L)).plus(Duration.ofHours(i));
                    s.reason = i % 2 == 0 ? ClosureReason.NO_BREACH : ClosureReason.ADVICE_AND_GUIDANCE;
                } else if (s.triage == TriageDecision.INVESTIGATE && i % 3 == 1) {
                    s.closed = s.raised.plus(Duration.ofDays(40 + i));
                    s.reason = ClosureReason.REFERRAL_OUTCOME_RECORDED;
                    s.referralSent = s.raised.plus(Duration.ofDays(20));
                    s.referralKind = i % 2 == 0 ? ReferralKind.DISCIPLINARY_REFERRAL
                            : ReferralKind.GROSS_MISCONDUCT_REFERRAL;
                    s.hrOutcome = HrOutcome.values()[i % HrOutcome.values().length];
                    if (i % 4 == 1) {
                        s.appealLodged = s.closed.minus(Duration.ofDays(5));
                        s.appealOutcome = i % 8 == 1 ? AppealOutcome.UPHELD : null;
                    }
                }
                if (s.closed != null && s.triage == TriageDecision.INVESTIGATE) {
                    s.finding = AllegationFinding.values()[i % AllegationFinding.values().length];
                }
                if (s.triage == TriageDecision.INVESTIGATE && s.whom != ConcernsWhom.ADULTS_AT_RISK && i % 2 == 0) {
                    s.ladoDue = s.raised.plus(Duration.ofDays(1));
                    s.ladoDone = i % 6 == 0 ? s.raised.plus(Duration.ofHours(12))
                            : i % 6 == 2 ? s.raised.plus(Duration.ofDays(3)) : null;
                }
                if (s.triage != null && s.whom.adults()) {
                    s.adultDue = s.raised.plus(Duration.ofDays(1));
                    s.adultDone = i % 10 == 0 ? s.raised.plus(Duration.ofHours(6)) : null;
                }
                if (s.triage == TriageDecision.INVESTIGATE && i % 3 != 2) {
                    s.removalDue = s.raised.plus(Duration.ofDays(7));
                    s.removalAnswered = i % 2 == 0 ? s.raised.plus(Duration.ofDays(5))
                            : i % 5 == 1 ? s.raised.plus(Duration.ofDays(9)) : null;
                }
                s.clauses.add(seeded.clauses.get(i % 4).reference());
                if (i % 3 == 0) {
                    s.clauses.add(seeded.clauses.get((i + 1) % 4).reference());
                }
                s.person = i % 6 == 0 ? Long.valueOf(member) : i % 6 == 3 ? Long.valueOf(manager) : null;
                write(board, ++number, s, seeded.clauses);
                seeded.seeds.add(s);
            }
        }
        // Subject access: this year two answered in time, one late, one never; the year before one in time.
        subjectAccess(board, "2025-05-01", "2025-05-20T12:00:00Z");
        subjectAccess(board, "2025-07-01", "2025-08-15T12:00:00Z");
        subjectAccess(board, "2025-09-01", null);
        subjectAccess(board, "2025-11-03", "2025-11-20T12:00:00Z");
        subjectAccess(board, "2024-06-03", "2024-06-20T12:00:00Z");
        // Searches about children: this year three authorised, two refused, one waiting; the year before two refused.
        childSearch(board, "2025-05-06T09:00:00Z", "AUTHORISED", "FACEBOOK,INSTAGRAM");
        childSearch(board, "2025-06-06T09:00:00Z", "CLOSED", "FACEBOOK");
        childSearch(board, "2025-07-06T09:00:00Z", "AWAITING_OUTCOME", "TIKTOK");
        childSearch(board, "2025-08-06T09:00:00Z", "REFUSED", "FACEBOOK,X_TWITTER");
        childSearch(board, "2025-09-06T09:00:00Z", "REFUSED", "INSTAGRAM");
        childSearch(board, "2026-03-06T09:00:00Z", "AWAITING_AUTHORISATION", "FACEBOOK");
        childSearch(board, "2024-05-06T09:00:00Z", "REFUSED", "YOUTUBE");
        childSearch(board, "2024-09-06T09:00:00Z", "REFUSED", "YOUTUBE");
        childSearch(board, "2026-04-06T09:00:00Z", "REFUSED", "OTHER"); // the year after: in neither column
        // The low-level concerns register: this year two entered at triage and four directly, the year before three
        // directly; one entered the day after the year ended (in neither column). Two pattern alerts this year.
        long firstCase = query("select min(id) from safeguarding_case where tenant_id = ?", r -> r.getLong(1), board)
                .get(0);
        lowLevel(board, member, firstCase, "2025-04-20T10:00:00Z");
        lowLevel(board, manager, firstCase + 1, "2025-09-20T10:00:00Z");
        for (String at : List.of("2025-05-02T10:00:00Z", "2025-06-02T10:00:00Z", "2025-12-02T10:00:00Z",
                "2026-03-31T21:00:00Z", "2024-04-01T09:00:00Z", "2024-10-02T10:00:00Z", "2025-03-31T22:59:00Z",
                "2026-03-31T23:00:00Z")) {
            lowLevel(board, member, null, at);
        }
        patternAlert(board, member, "2025-06-03T10:00:00Z", "2025-06-04T10:00:00Z");
        patternAlert(board, manager, "2026-01-03T10:00:00Z", null);
        return seeded;
    }

    /** Another board: six press enquiries this year, each a small count for every organisation it names. */
    private static SeededBoard seedAnother() {
        SeededBoard other = new SeededBoard("lscb");
        for (int i = 0; i < 6; i++) {
            Seed s = new Seed();
            s.raised = YEAR.startsAt().plus(Duration.ofDays(20 + i * 30L));
            s.source = CaseSource.PRESS_ENQUIRY;
            Organisation org = other.organisations.get(i % other.organisations.size());
            s.organisation = org.id();
            s.organisationName = org.name();
            s.triage = TriageDecision.NO_FURTHER_ACTION;
            s.closed = s.raised.plus(Duration.ofDays(1));
            s.reason = ClosureReason.NO_FURTHER_ACTION;
            s.clauses.add(other.clauses.get(0).reference());
            write(other.board.id(), 500 + i, s, other.clauses);
            other.seeds.add(s);
        }
        return other;
    }

    private static void write(String board, int number, Seed s, List<Clause> clauses) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tenant_id", board);
        row.put("reference", board.toUpperCase().substring(0, 5) + "-" + s.raised.atOffset(ZoneOffset.UTC).getYear()
                + "-" + String.format("%04d", number));
        row.put("subject_name", "Siân Prydderch");
        row.put("organisation_id", s.organisation);
        row.put("source", s.source.name());
        row.put("summary", "A post “naming a family” – seeded for the annual report");
        row.put("status", s.closed != null ? "CLOSED" : s.triage == null ? "AWAITING_TRIAGE" : "GATHERING_EVIDENCE");
        row.put("raised_by", board + ".officer");
        row.put("raised_at", s.raised);
        row.put("concerns_whom", s.whom.name());
        row.put("triage_decision", s.triage == null ? null : s.triage.name());
        row.put("closed_at", s.closed);
        row.put("closure_reason", s.reason == null ? null : s.reason.name());
        row.put("allegation_finding", s.finding == null ? null : s.finding.name());
        row.put("finding_recorded_at", s.finding == null ? null : s.closed);
        row.put("lado_due", s.ladoDue);
        row.put("adult_report_due", s.adultDue);
        row.put("subject_person_id", s.person);
        long caseId = insert("safeguarding_case", row);
        for (String reference : s.clauses) {
            long clause = clauses.stream().filter(c -> c.reference().equals(reference)).findFirst().orElseThrow().id();
            var category = SEEDED_CATEGORIES[(number + s.categories.size()) % SEEDED_CATEGORIES.length];
            s.categories.add(label(category));
            insert("allegation", Map.of("tenant_id", board, "case_id", caseId, "clause_id", clause,
                    "category", category.name(), "severity", "MEDIUM", "particulars", "Seeded particulars",
                    "recorded_by", board + ".officer", "recorded_at", s.raised.plus(Duration.ofHours(2))));
        }
        if (s.ladoDone != null) {
            externalReferral(board, caseId, "LADO", s.ladoDone);
        }
        if (s.adultDone != null) {
            externalReferral(board, caseId, "ADULT_SAFEGUARDING", s.adultDone);
        }
        if (s.removalDue != null) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("tenant_id", board);
            request.put("case_id", caseId);
            request.put("kind", "REMOVAL");
            request.put("sent_at", s.removalDue.minus(Duration.ofDays(7)));
            request.put("deadline", s.removalDue);
            request.put("response", s.removalAnswered == null ? null : "REMOVED");
            request.put("responded_at", s.removalAnswered);
            insert("member_request", request);
        }
        if (s.referralSent != null) {
            Map<String, Object> referral = new LinkedHashMap<>();
            referral.put("tenant_id", board);
            referral.put("case_id", caseId);
            referral.put("organisation_id", s.organisation);
            referral.put("kind", s.referralKind.name());
            referral.put("approved_by", board + ".senior");
            referral.put("sent_at", s.referralSent);
            referral.put("acknowledgement_due", s.referralSent.plus(Duration.ofDays(5)));
            referral.put("hr_outcome", s.hrOutcome.name());
            referral.put("outcome_recorded_at", s.closed);
            referral.put("appealed", s.appealLodged != null);
            referral.put("appeal_lodged_at", s.appealLodged);
            referral.put("appeal_outcome", s.appealOutcome == null ? null : s.appealOutcome.name());
            insert("referral", referral);
        }
    }

    private static void lowLevel(String board, long person, Long caseId, String recorded) {
        Instant at = Instant.parse(recorded);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tenant_id", board);
        row.put("person_id", person);
        row.put("summary", "A seeded low-level concern – “over-familiar” messages");
        row.put("occurred_on", at.atZone(ReportPeriod.UK).toLocalDate());
        row.put("case_id", caseId);
        row.put("case_reference", caseId == null ? null : "SEEDED-" + caseId);
        row.put("recorded_by", board + ".officer");
        row.put("recorded_at", at);
        insert("low_level_concern", row);
    }

    private static void patternAlert(String board, long person, String alerted, String reviewed) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tenant_id", board);
        row.put("person_id", person);
        row.put("alerted_at", Instant.parse(alerted));
        row.put("counted", 3);
        row.put("reviewed_at", reviewed == null ? null : Instant.parse(reviewed));
        row.put("reviewed_by", reviewed == null ? null : board + ".senior");
        insert("low_level_alert", row);
    }

    private static void externalReferral(String board, long caseId, String agency, Instant at) {
        insert("external_referral", Map.of("tenant_id", board, "case_id", caseId, "agency", agency,
                "referred_at", at, "referred_by", board + ".officer"));
    }

    private static void subjectAccess(String board, String received, String answered) {
        LocalDate on = LocalDate.parse(received);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tenant_id", board);
        row.put("reference", "SAR-" + received + "-" + board);
        row.put("requested_by", "Seeded requester");
        row.put("subject_name", "Siân Prydderch");
        row.put("received_on", on);
        row.put("identity_checked_by", board + ".officer");
        row.put("identity_evidence", "Passport seen");
        row.put("recorded_by", board + ".officer");
        row.put("recorded_at", on.atStartOfDay(ReportPeriod.UK).toInstant());
        row.put("due_on", on.plusMonths(1));
        row.put("due", on.plusMonths(1).atStartOfDay(ReportPeriod.UK).toInstant());
        row.put("answered_at", answered == null ? null : Instant.parse(answered));
        insert("subject_access_request", row);
    }

    private static void childSearch(String board, String requested, String status, String platforms) {
        Instant at = Instant.parse(requested);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tenant_id", board);
        row.put("reference", "CS-" + requested.substring(0, 10) + "-" + board);
        row.put("child_reference", "CHILD-" + requested.substring(0, 10));
        row.put("agency_case_number", "AG-1");
        row.put("child_birth_year", 2012);
        row.put("concern", "Seeded concern");
        row.put("platforms", platforms);
        row.put("looked_at", "Public posts");
        row.put("open_methods_declared", true);
        row.put("requested_by", board + ".officer");
        row.put("requested_at", at);
        row.put("status", status);
        row.put("decided_at", status.equals("AWAITING_AUTHORISATION") ? null : at.plus(Duration.ofHours(3)));
        row.put("keep_until", LocalDate.of(2040, 1, 1));
        insert("child_search", row);
    }

    // Plain JDBC, as a migration would write.

    private static long personId(String username) {
        return query("select id from person where username = ?", r -> r.getLong(1), username).get(0);
    }

    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> List<T> query(String sql, Row<T> read, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    rows.add(read.read(found));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long insert(String table, Map<String, Object> row) {
        String names = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
        try (Connection connection = dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into " + table + " (" + names
                        + ") values (" + marks + ")", new String[] {"id"})) {
            int i = 1;
            for (Object value : row.values()) {
                insert.setObject(i++, value instanceof Instant instant ? OffsetDateTime.ofInstant(instant,
                        ZoneOffset.UTC) : value);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(table + ": " + e.getMessage(), e);
        }
    }

    private static DataSource dataSource() {
        try {
            return InitialContext.doLookup("java:jboss/datasources/SafeguardDS");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
