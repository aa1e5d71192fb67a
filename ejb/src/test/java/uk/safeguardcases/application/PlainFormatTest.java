package uk.safeguardcases.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.PlainFormat.Plural;

/** Counts and dates as people read them, in English and Welsh, from the one formatter. */
class PlainFormatTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale CY = Texts.WELSH;

    @Test
    void englishCountsSayOneOrMany() {
        assertThat(PlainFormat.count(1, "term", "terms")).isEqualTo("1 term");
        assertThat(PlainFormat.count(0, "term", "terms")).isEqualTo("0 terms");
        assertThat(PlainFormat.count(17, "passage", "passages")).isEqualTo("17 passages");
        assertThat(PlainFormat.plural(EN, 1)).isEqualTo(Plural.ONE);
        assertThat(PlainFormat.plural(EN, 2)).isEqualTo(Plural.OTHER);
        assertThat(PlainFormat.plural(Locale.UK, 0)).isEqualTo(Plural.OTHER);
    }

    @Test
    void welshCountsFollowTheSixWelshForms() {
        assertThat(PlainFormat.plural(CY, 0)).isEqualTo(Plural.ZERO);
        assertThat(PlainFormat.plural(CY, 1)).isEqualTo(Plural.ONE);
        assertThat(PlainFormat.plural(CY, 2)).isEqualTo(Plural.TWO);
        assertThat(PlainFormat.plural(CY, 3)).isEqualTo(Plural.FEW);
        assertThat(PlainFormat.plural(CY, 6)).isEqualTo(Plural.MANY);
        assertThat(PlainFormat.plural(CY, 4)).isEqualTo(Plural.OTHER);
        assertThat(PlainFormat.plural(CY, 5)).isEqualTo(Plural.OTHER);
        assertThat(PlainFormat.plural(CY, 7)).isEqualTo(Plural.OTHER);
        assertThat(PlainFormat.plural(CY, 1_000_006)).isEqualTo(Plural.OTHER);
    }

    @Test
    void aCountTakesItsFormFromTheTextAndFallsBackToOther() {
        Map<String, String> welsh = Map.of("clauses.zero", "Dim cymalau", "clauses.one", "{0} cymal",
                "clauses.two", "{0} gymal", "clauses.few", "{0} chymal", "clauses.other", "{0} cymal");
        assertThat(PlainFormat.count(CY, 0, "clauses", welsh::get)).isEqualTo("Dim cymalau");
        assertThat(PlainFormat.count(CY, 2, "clauses", welsh::get)).isEqualTo("2 gymal");
        assertThat(PlainFormat.count(CY, 3, "clauses", welsh::get)).isEqualTo("3 chymal");
        assertThat(PlainFormat.count(CY, 6, "clauses", welsh::get)).as("no 'many' form given").isEqualTo("6 cymal");
        Map<String, String> english = Map.of("clauses.one", "{0} clause", "clauses.other", "{0} clauses");
        assertThat(PlainFormat.count(EN, 1, "clauses", english::get)).isEqualTo("1 clause");
        assertThat(PlainFormat.count(EN, 39, "clauses", english::get)).isEqualTo("39 clauses");
    }

    @Test
    void nothingMayHaveWordsOfItsOwnAndLargeCountsAreGrouped() {
        Map<String, String> english = Map.of("cases.none", "No cases match", "cases.one", "1 case matches",
                "cases.other", "{0} cases match");
        assertThat(PlainFormat.count(EN, 0, "cases", english::get)).isEqualTo("No cases match");
        assertThat(PlainFormat.count(EN, 1, "cases", english::get)).isEqualTo("1 case matches");
        assertThat(PlainFormat.count(EN, 12_345, "cases", english::get)).isEqualTo("12,345 cases match");
        Map<String, String> noNone = Map.of("cases.one", "{0} case", "cases.other", "{0} cases");
        assertThat(PlainFormat.count(EN, 0, "cases", noNone::get)).as("no 'none' text given").isEqualTo("0 cases");
        Map<String, String> welsh = Map.of("achos.none", "Dim achos", "achos.zero", "{0} achos",
                "achos.other", "{0} achos");
        assertThat(PlainFormat.count(CY, 0, "achos", welsh::get)).isEqualTo("Dim achos");
        assertThat(PlainFormat.count(CY, 1_000, "achos", welsh::get)).isEqualTo("1,000 achos");
    }

    @Test
    void daysReadTheSameEverywhereAndNeverAsIsoDates() {
        LocalDate day = LocalDate.of(2036, 11, 26);
        assertThat(PlainFormat.day(EN, day)).isEqualTo("26 Nov 2036");
        assertThat(PlainFormat.day(CY, day)).isEqualTo("26 Tach 2036");
        assertThat(PlainFormat.dayInFull(EN, day)).isEqualTo("26 November 2036");
        assertThat(PlainFormat.dayInFull(CY, day)).isEqualTo("26 Tachwedd 2036");
        assertThat(PlainFormat.day(EN, (LocalDate) null)).isEmpty();
        assertThat(PlainFormat.dayWithWeekday(EN, LocalDate.of(2026, 5, 5))).isEqualTo("Tuesday 5 May 2026");
    }

    @Test
    void momentsAreInUkLocalTimeInSummerAndWinter() {
        Instant summer = Instant.parse("2026-07-01T13:05:00Z");
        Instant winter = Instant.parse("2026-11-20T23:30:00Z");
        assertThat(PlainFormat.when(EN, summer)).isEqualTo("1 Jul 2026, 14:05");
        assertThat(PlainFormat.when(EN, winter)).isEqualTo("20 Nov 2026, 23:30");
        assertThat(PlainFormat.day(EN, Instant.parse("2026-06-30T23:30:00Z"))).as("after midnight in London")
                .isEqualTo("1 Jul 2026");
        assertThat(PlainFormat.when(CY, summer)).isEqualTo("1 Gorff 2026, 14:05");
        assertThat(PlainFormat.deadline(EN, summer)).isEqualTo("Wednesday 1 July 2026, 14:05");
        assertThat(PlainFormat.time(winter)).isEqualTo("23:30");
    }

    /** "term(s)" and its like are never written: a count's words come from {@link PlainFormat}. */
    @Test
    void noTextGuessesAPluralWithBrackets() throws IOException {
        Pattern guessed = Pattern.compile("[a-z]\\(s\\)(\\s|\\.\\s|\\.$|\\.\")");
        List<String> found = new ArrayList<>();
        for (String module : List.of("../ejb", "../web", "../workflows")) {
            Path sources = Path.of(module, "src", "main");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().matches(".*\\.(java|xhtml|properties)$")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).replace("http(s)", "");
                        if (guessed.matcher(line).find()) {
                            found.add(file + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
