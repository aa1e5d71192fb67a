package uk.safeguardcases.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.safeguardcases.application.cases.DeadlineKind;
import uk.safeguardcases.application.chronology.Chronologies;
import uk.safeguardcases.application.chronology.ChronologyPart;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.audit.ReadKind;
import uk.safeguardcases.domain.audit.Reading;
import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.lowlevel.LowLevelReading;
import uk.safeguardcases.domain.allegation.PossibleOffence;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.referral.Agency;
import uk.safeguardcases.domain.referral.AppealOutcome;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.referral.ReferralKind;
import uk.safeguardcases.domain.referral.ReferralStatus;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;

/** The interface bundles: Welsh complete, every domain value worded, every pattern well formed. */
class BundlesTest {

    /** Where the bundles are: every {@code <name>.properties} there is one, whoever brought it. */
    private static final Path BUNDLE_FILES = Path.of("src/main/resources/uk/safeguardcases/web/i18n");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern APOSTROPHES = Pattern.compile("'+");

    /** The domain values pages show (through {@link Labels}). */
    private static final List<Class<? extends Enum<?>>> WORDED = List.of(CaseStatus.class, CaseSource.class,
            CaseOutcome.class, Platform.class, CaptureMethod.class, uk.safeguardcases.domain.evidence.CaptureForm.class,
            AllegationCategory.class, Severity.class, PossibleOffence.class, OrganisationKind.class, Role.class,
            Agency.class, ReferralKind.class, ReferralStatus.class, HrOutcome.class, AppealOutcome.class,
            MemberResponse.class, RequestKind.class, ReadKind.class,
            uk.safeguardcases.domain.cases.ConcernsWhom.class,
            uk.safeguardcases.domain.audit.AuditAction.class);

    /** The bundles, from their files. */
    static List<String> bundles() throws IOException {
        assertThat(BUNDLE_FILES).isDirectory();
        try (Stream<Path> files = Files.list(BUNDLE_FILES)) {
            List<String> names = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".properties") && !f.contains("_"))
                    .map(f -> f.substring(0, f.length() - ".properties".length())).sorted().toList();
            assertThat(names).as("the bundles").contains("shell").hasSizeGreaterThan(7);
            return names;
        }
    }

    @ParameterizedTest(name = "{0}_cy has exactly the keys of {0}")
    @MethodSource("bundles")
    void everyWelshBundleHasExactlyTheEnglishKeys(String bundle) {
        Properties english = load(bundle + ".properties");
        Properties welsh = load(bundle + "_cy.properties");
        assertThat(english).as(bundle).isNotEmpty();
        assertThat(welsh.stringPropertyNames()).as(bundle + "_cy against " + bundle)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(welsh.entrySet()).as("no empty Welsh text in " + bundle)
                .allSatisfy(e -> assertThat(e.getValue().toString()).as(e.getKey().toString()).isNotBlank());
    }

    @Test
    void everyValueAPageShowsHasItsWordsInBothLanguages() {
        for (String file : new String[] {"shell.properties", "shell_cy.properties"}) {
            Properties shell = load(file);
            for (Class<? extends Enum<?>> type : WORDED) {
                for (Enum<?> value : type.getEnumConstants()) {
                    assertThat(shell.getProperty(Labels.key(value))).as(file + ": " + Labels.key(value)).isNotBlank();
                }
            }
            // Evidence recorded before its capture form was asked for.
            assertThat(shell.getProperty("CaptureForm.notRecorded")).as(file + ": not recorded").isNotBlank();
            // The core's triage decisions and closure reasons; a process words its own in its bundle.
            TriageDecision.core().forEach(d -> assertThat(shell.getProperty("TriageDecision." + d.name()))
                    .as(file + ": " + d).isNotBlank());
            ClosureReason.core().forEach(r -> assertThat(shell.getProperty("ClosureReason." + r.name()))
                    .as(file + ": " + r).isNotBlank());
            DeadlineKind.core().forEach(k -> assertThat(shell.getProperty("DeadlineKind." + k.name()))
                    .as(file + ": " + k).isNotBlank());
            for (String decision : new String[] {"UPHELD", "REJECTED", "MORE_TIME_GIVEN", "MORE_TIME_REFUSED"}) {
                assertThat(shell.getProperty("RequestDecision." + decision)).as(file + ": " + decision).isNotBlank();
            }
        }
    }

    @Test
    void everyBundleIsRegisteredByAProcessAndEveryRegisteredBundleIsThere() throws Exception {
        Set<String> registered = registered();
        assertThat(registered.stream().filter(name -> name.indexOf('.') < 0).toList())
                .containsExactlyInAnyOrderElementsOf(bundles());
        // A process's bundle kept beside its own classes (a full base name): there, in both languages.
        for (String elsewhere : registered.stream().filter(name -> name.indexOf('.') >= 0).toList()) {
            assertThat(load(elsewhere, "")).as(elsewhere).isNotEmpty();
            assertThat(load(elsewhere, "_cy").stringPropertyNames()).as(elsewhere + "_cy")
                    .containsExactlyInAnyOrderElementsOf(load(elsewhere, "").stringPropertyNames());
        }
    }

    /** The bundles the processes register (ProcessPages, found in the sources). */
    private static Set<String> registered() throws Exception {
        Set<String> registered = new TreeSet<>();
        for (Class<?> type : implementationsOf(ProcessPages.class, Path.of("src/main/java"))) {
            for (ProcessPages.Bundle bundle : ((ProcessPages) type.getConstructor().newInstance()).bundles()) {
                registered.add(bundle.name());
            }
        }
        return registered;
    }

    /** A registered bundle in a language ("" or "_cy"): an interface bundle by its name, any other by its base name. */
    private static Properties load(String bundle, String language) {
        return bundle.indexOf('.') < 0 ? load(bundle + language + ".properties")
                : loadResource("/" + bundle.replace('.', '/') + language + ".properties");
    }

    /**
     * Every process's own timeline actions ({@code TimelineAction} enums, found in the sources) are worded, in both
     * languages, in the shell bundle or another bundle (the process's own), as {@code Labels.action} finds them.
     */
    @Test
    void everyTimelineActionOfEveryProcessHasItsWordsInBothLanguages() throws Exception {
        List<Class<?>> actions = implementationsOf(TimelineAction.class, Path.of("../ejb/src/main/java"));
        assertThat(actions).as("the product's own among them").contains(AuditAction.class);
        for (String language : new String[] {"", "_cy"}) {
            Properties all = new Properties();
            for (String bundle : registered()) {
                all.putAll(load(bundle, language));
            }
            for (Class<?> type : actions) {
                for (Object action : type.getEnumConstants()) {
                    String key = Labels.actionKey((TimelineAction) action);
                    assertThat(all.getProperty(key)).as(key + " in a bundle" + language).isNotBlank();
                }
            }
        }
    }

    /**
     * Every kind of read of every process ({@code Reading} enums, found in the sources) is worded, in both languages,
     * in the shell bundle or the process's own, as {@code Labels.read} finds it.
     */
    @Test
    void everyKindOfReadOfEveryProcessHasItsWordsInBothLanguages() throws Exception {
        List<Class<?>> kinds = implementationsOf(Reading.class, Path.of("../ejb/src/main/java"));
        assertThat(kinds).as("the product's own and a process's").contains(ReadKind.class, LowLevelReading.class);
        for (String language : new String[] {"", "_cy"}) {
            Properties all = new Properties();
            for (String bundle : registered()) {
                all.putAll(load(bundle, language));
            }
            for (Class<?> type : kinds) {
                for (Object kind : type.getEnumConstants()) {
                    String key = Labels.readingKey((Reading) kind);
                    assertThat(all.getProperty(key)).as(key + " in a bundle" + language).isNotBlank();
                }
            }
        }
    }

    /**
     * Every kind of line of a person's chronology is worded, in both languages, as the core's page finds it
     * ({@code Contributions.text}): the product's own kinds in the officer bundle, each process's ({@code ChronologyPart},
     * found in the sources) in a bundle its own pages register, and no kind in two bundles.
     */
    private static final String CORE = "the core";

    @Test
    void everyKindOfLineOfAPersonsChronologyIsWordedByWhoeverBringsIt() throws Exception {
        Map<String, Set<String>> kindsByProcess = new TreeMap<>();
        kindsByProcess.put(CORE, new TreeSet<>(Chronologies.KINDS));
        for (Class<?> type : implementationsOf(ChronologyPart.class, Path.of("../ejb/src/main/java"))) {
            String process = type.getPackageName().substring(type.getPackageName().lastIndexOf('.') + 1);
            kindsByProcess.computeIfAbsent(process, p -> new TreeSet<>())
                    .addAll(((ChronologyPart) type.getConstructor().newInstance()).kinds());
        }
        assertThat(kindsByProcess).as("the processes that bring lines").containsKeys("lowlevel", "declaration",
                "search", "official");
        assertThat(kindsByProcess.values().stream().mapToInt(Set::size).sum()).as("no kind brought twice")
                .isEqualTo(kindsByProcess.values().stream().flatMap(Set::stream).distinct().count());
        for (String language : new String[] {"", "_cy"}) {
            Map<String, Set<String>> bundlesByProcess = new TreeMap<>();
            for (Class<?> type : implementationsOf(ProcessPages.class, Path.of("src/main/java"))) {
                String process = type.getPackageName().substring(type.getPackageName().lastIndexOf('.') + 1);
                for (ProcessPages.Bundle bundle : ((ProcessPages) type.getConstructor().newInstance()).bundles()) {
                    bundlesByProcess.computeIfAbsent(process, p -> new TreeSet<>()).add(bundle.name());
                }
            }
            for (Map.Entry<String, Set<String>> process : kindsByProcess.entrySet()) {
                for (String kind : process.getValue()) {
                    String key = "chronology.kind." + kind;
                    List<String> holding = registered().stream().filter(b -> load(b, language).containsKey(key))
                            .toList();
                    assertThat(holding).as(key + language + ": in one bundle").hasSize(1);
                    assertThat(CORE.equals(process.getKey()) ? Set.of("officer")
                            : bundlesByProcess.getOrDefault(process.getKey(), Set.of()))
                            .as(key + language + ": in a bundle of " + process.getKey()).contains(holding.get(0));
                    assertThat(load(holding.get(0), language).getProperty(key)).as(key + language).isNotBlank();
                }
            }
        }
    }

    /** The classes under {@code sources} that implement {@code type}, by their source ({@code implements X}). */
    static List<Class<?>> implementationsOf(Class<?> type, Path sources) throws IOException {
        Pattern declaration = Pattern.compile("\\b(?:class|enum)\\s+(\\w+)\\s+(?:extends\\s+[\\w.<>]+\\s+)?"
                + "implements\\s+[^{]*\\b" + type.getSimpleName() + "\\b");
        assertThat(sources).isDirectory();
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var declared = declaration.matcher(Files.readString(file));
                if (declared.find()) {
                    String name = sources.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                    try {
                        found.add(Class.forName(name.substring(0, name.length() - ".java".length())));
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void everyPatternWithArgumentsFormatsWithItsApostrophesDoubled() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String bundle : bundles()) {
            for (String file : new String[] {bundle + ".properties", bundle + "_cy.properties"}) {
                Properties texts = load(file);
                for (String key : texts.stringPropertyNames()) {
                    String pattern = texts.getProperty(key);
                    // Faces formats its own messages with MessageFormat, arguments or not.
                    if (!ARGUMENT.matcher(pattern).find() && !key.startsWith("jakarta.faces.")) {
                        continue;
                    }
                    try {
                        String formatted = new MessageFormat(pattern, Locale.UK).format(new Object[] {2, 2, 2, 2, 2});
                        // Each run of apostrophes in the pattern stands for one in the text (two at the top level,
                        // four inside a choice); a single one would start a quotation and swallow text.
                        List<String> runs = APOSTROPHES.matcher(pattern).results().map(r -> r.group()).toList();
                        long shown = formatted.chars().filter(c -> c == '\'').count();
                        if (formatted.contains("{") || shown != runs.size()
                                || runs.stream().anyMatch(r -> r.length() % 2 == 1)) {
                            broken.add(file + " " + key + ": " + formatted);
                        }
                    } catch (IllegalArgumentException e) {
                        broken.add(file + " " + key + ": " + e.getMessage());
                    }
                }
            }
        }
        assertThat(broken).as("patterns whose apostrophes or arguments go wrong").isEmpty();
    }

    /** Issue 38: counts read from {@link uk.safeguardcases.application.PlainFormat}, not from MessageFormat choices. */
    @Test
    void noTextChoosesItsPluralByMessageFormatAndEveryCountReadsAsItDidInEnglishAndAsWelshNeeds() throws IOException {
        for (String bundle : bundles()) {
            for (String file : new String[] {bundle + ".properties", bundle + "_cy.properties"}) {
                assertThat(load(file).values()).as(file).noneMatch(text -> text.toString().contains(",choice,"));
            }
        }
        assertThat(count("officer", Locale.ENGLISH, "cases.count", 0)).isEqualTo("No cases match");
        assertThat(count("officer", Locale.ENGLISH, "cases.count", 1)).isEqualTo("1 case matches");
        assertThat(count("officer", Locale.ENGLISH, "cases.count", 1204)).isEqualTo("1,204 cases match");
        assertThat(count("officer", WELSH, "cases.count", 0)).isEqualTo("Dim achosion yn cyfateb");
        assertThat(count("officer", WELSH, "cases.count", 2)).isEqualTo("2 achos yn cyfateb");
        assertThat(count("officer", Locale.ENGLISH, "dashboard.tasks.all", 1)).isEqualTo("See your task");
        assertThat(count("officer", Locale.ENGLISH, "dashboard.tasks.all", 7)).isEqualTo("See all 7 of your tasks");
        assertThat(count("officer", WELSH, "dashboard.tasks.all", 3)).isEqualTo("Gweld pob un o’ch 3 tasg");
        assertThat(count("officer", Locale.ENGLISH, "dashboard.perClause.chartShows", 1))
                .isEqualTo("The chart shows the clause cited most; the table has every clause cited.");
        assertThat(count("officer", Locale.ENGLISH, "dashboard.perClause.chartShows", 10))
                .isEqualTo("The chart shows the 10 clauses cited most; the table has every clause cited.");
        assertThat(count("officer", WELSH, "dashboard.perClause.chartShows", 10))
                .isEqualTo("Mae’r siart yn dangos y 10 cymal a ddyfynnir amlaf; mae pob cymal a ddyfynnwyd yn y tabl.");
        assertThat(count("officer", Locale.ENGLISH, "case.hold.doneEvery", 0))
                .isEqualTo("No other case about this member needed holding.");
        assertThat(count("officer", Locale.ENGLISH, "case.hold.doneEvery", 1))
                .isEqualTo("1 case about this member is on legal hold.");
        assertThat(count("officer", Locale.ENGLISH, "case.hold.doneEvery", 3))
                .isEqualTo("3 cases about this member are on legal hold.");
        assertThat(count("officer", WELSH, "case.hold.doneEvery", 1))
                .isEqualTo("Mae 1 achos am yr aelod hwn dan gadw cyfreithiol.");
        assertThat(new MessageFormat(load("officer.properties").getProperty("sar.previewCounts"), Locale.UK).format(
                new Object[] {count("officer", Locale.ENGLISH, "sar.previewCounts.cases", 1),
                        count("officer", Locale.ENGLISH, "sar.previewCounts.emails", 0),
                        count("officer", Locale.ENGLISH, "sar.previewCounts.redacted", 17)}))
                .isEqualTo("One case, no e-mail; 17 passages redacted.");
        assertThat(new MessageFormat(load("officer_cy.properties").getProperty("sar.previewCounts"), WELSH).format(
                new Object[] {count("officer", WELSH, "sar.previewCounts.cases", 2),
                        count("officer", WELSH, "sar.previewCounts.emails", 1),
                        count("officer", WELSH, "sar.previewCounts.redacted", 0)}))
                .isEqualTo("2 achos, un e-bost; dim wedi’i olygu.");
        assertThat(new MessageFormat(load("officer.properties").getProperty("stuck.emailTo"), Locale.UK).format(
                new Object[] {"the member", count("officer", Locale.ENGLISH, "stuck.attempts", 1)}))
                .isEqualTo("to the member, given up after 1 attempt");
        assertThat(count("officer", Locale.ENGLISH, "stuck.attempts", 5)).isEqualTo("5 attempts");
        assertThat(count("hr", Locale.ENGLISH, "pack.redacted", 1)).isEqualTo("1 passage giving details of other"
                + " people (third parties) has been redacted from this pack.");
        assertThat(count("hr", Locale.ENGLISH, "pack.redacted", 17)).isEqualTo("17 passages giving details of other"
                + " people (third parties) have been redacted from this pack.");
        assertThat(count("hr", WELSH, "pack.redacted", 17))
                .isEqualTo("Golygwyd 17 darn o fanylion pobl eraill (trydydd partïon) o’r pecyn hwn.");
    }

    private static final Locale WELSH = Locale.forLanguageTag("cy");

    private static String count(String bundle, Locale language, String key, long n) {
        Properties texts = load(bundle + (language == WELSH ? "_cy" : "") + ".properties");
        return uk.safeguardcases.application.PlainFormat.count(language, n, key, k -> {
            String text = texts.getProperty(k);
            if (text == null) {
                throw new java.util.MissingResourceException(k, bundle, k);
            }
            return text;
        });
    }

    private static Properties load(String file) {
        return loadResource("/uk/safeguardcases/web/i18n/" + file);
    }

    private static Properties loadResource(String file) {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
