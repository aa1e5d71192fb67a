package uk.safeguardcases.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.InvestigationProcess;
import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.evidence.EvidenceUrl;
import uk.safeguardcases.domain.evidence.FileType;
import uk.safeguardcases.domain.people.Role;

/** The services' words: Welsh complete, every pattern well formed, and each caller answered in their language. */
class TextsTest {

    private static final Pattern ARGUMENTS = Pattern.compile("\\{(\\d)");
    private static final Pattern APOSTROPHES = Pattern.compile("'+");
    private static final Pattern USER_TASK = Pattern.compile("<(?:bpmn:)?userTask\\b[^>]*\\bid=\"([^\"]+)\"");
    private static final Pattern KEY_IN_SOURCE = Pattern.compile(
            "(?:\\b(?:Texts\\.text|words)\\(|Texts\\.in\\([\\w.]+,)\\s*\"([^\"]+)\"");
    /** 5 May 2026, 10:04 in London (British Summer Time). */
    private static final Instant FIFTH_OF_MAY = Instant.parse("2026-05-05T09:04:00Z");

    private static final Caller OFFICER = new Caller("cwmtaf.officer", "Ceri Jones", "cwmtaf", Set.of(Role.OFFICER),
            null);

    /** Where the services' bundles are: the shared {@code texts} here, each process's own beside its service. */
    private static final Path BUNDLE_FILES = Path.of("src/main/resources/uk/safeguardcases/application");

    /**
     * The services' bundles, found from their files (so a process's own bundle is checked without a line here): each
     * base name's path under {@code uk/safeguardcases/application}, such as {@code search/searches}.
     */
    static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(BUNDLE_FILES)) {
            List<String> names = files.map(f -> BUNDLE_FILES.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".properties") && !f.contains("_"))
                    .map(f -> f.substring(0, f.length() - ".properties".length())).sorted().toList();
            assertThat(names).as("the bundles").contains("texts", "search/searches", "declaration/declarations",
                    "official/accounts", "access/access");
            return names;
        }
    }

    @ParameterizedTest(name = "{0}_cy has exactly the keys of {0}, none empty")
    @MethodSource("bundles")
    void theWelshTextsHaveExactlyTheEnglishKeysAndNoneIsEmpty(String bundle) {
        Properties english = load(bundle + ".properties");
        Properties welsh = load(bundle + "_cy.properties");
        assertThat(english).isNotEmpty();
        assertThat(welsh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(welsh.entrySet()).allSatisfy(e -> assertThat(e.getValue().toString()).as(e.getKey().toString())
                .isNotBlank());
    }

    @ParameterizedTest(name = "{0}: every pattern formats, the Welsh with the same arguments")
    @MethodSource("bundles")
    void everyPatternFormatsWithItsApostrophesAndTheWelshTakesTheSameArguments(String bundle) {
        Properties english = load(bundle + ".properties");
        Properties welsh = load(bundle + "_cy.properties");
        List<String> broken = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            for (Properties texts : List.of(english, welsh)) {
                String pattern = texts.getProperty(key);
                String file = texts == english ? bundle + " " : bundle + "_cy ";
                if (!ARGUMENTS.matcher(pattern).find()) {
                    // Used as it is: a doubled apostrophe would show doubled.
                    if (pattern.contains("''")) {
                        broken.add(file + key + ": '' in a pattern without arguments");
                    }
                    continue;
                }
                try {
                    String formatted = new MessageFormat(pattern, Locale.UK).format(new Object[] {2, 2, 2, 2, 2, 2, 2, 2});
                    List<String> runs = APOSTROPHES.matcher(pattern).results().map(r -> r.group()).toList();
                    long shown = formatted.chars().filter(c -> c == '\'').count();
                    if (formatted.contains("{") || shown != runs.size()
                            || runs.stream().anyMatch(r -> r.length() % 2 == 1)) {
                        broken.add(file + key + ": " + formatted);
                    }
                } catch (IllegalArgumentException e) {
                    broken.add(file + key + ": " + e.getMessage());
                }
            }
            if (!arguments(english.getProperty(key)).equals(arguments(welsh.getProperty(key)))) {
                broken.add(key + ": the Welsh does not use the same arguments as the English");
            }
        }
        assertThat(broken).as("patterns whose apostrophes or arguments go wrong").isEmpty();
    }

    /**
     * A process's own words: every key its words class (the class beside the bundle that names it as its
     * {@code BUNDLE}) is asked for in the code is in its bundle; and a bundle no page reads holds exactly those keys,
     * so a word left behind or a key mistyped fails here.
     */
    @ParameterizedTest(name = "{0}: every key the code asks for is there, and no other if only the code reads it")
    @MethodSource("processBundles")
    void everyKeyAProcessAsksForIsInItsOwnBundle(String bundle) throws IOException, ReflectiveOperationException {
        String baseName = "uk.safeguardcases.application." + bundle.replace('/', '.');
        Path area = Path.of("src/main/java/uk/safeguardcases/application", bundle.substring(0, bundle.indexOf('/')));
        List<String> words;
        try (Stream<Path> files = Files.list(area)) {
            words = files.filter(f -> read(f).contains("BUNDLE = \"" + baseName + "\""))
                    .map(f -> f.getFileName().toString().replace(".java", "")).toList();
        }
        assertThat(words).as("the class that reads " + baseName).hasSize(1);
        Pattern asking = Pattern.compile("\\b" + words.get(0) + "\\.(?:text\\(|in\\([\\w.]+,)\\s*\"([^\"]+)\"");
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .forEach(f -> asking.matcher(read(f)).results().map(r -> r.group(1))
                            // "problem.move." + reason: a family of keys, whose members the class's own test names.
                            .filter(key -> !key.endsWith(".")).forEach(asked::add));
        }
        // The words of its part of the annual report: the report asks for them by its tables' keys.
        asked.addAll(uk.safeguardcases.application.annualreport.AnnualReportParts.keysAsked()
                .getOrDefault(baseName, Set.of()));
        // The words of its part of the PDFs (its DocumentTexts): the documents ask for them by their own keys.
        asked.addAll(uk.safeguardcases.application.reports.ProcessDocumentTexts.keysAsked()
                .getOrDefault(baseName, Set.of()));
        Set<String> keys = load(bundle + ".properties").stringPropertyNames();
        assertThat(keys).as("keys asked of " + words.get(0)).containsAll(asked);
        boolean pagesReadIt;
        try (Stream<Path> files = Files.walk(Path.of("../web/src/main/java"))) {
            pagesReadIt = files.filter(f -> f.toString().endsWith(".java")).map(TextsTest::read)
                    .anyMatch(text -> text.contains(baseName) || text.contains(words.get(0) + ".BUNDLE"));
        }
        if (!pagesReadIt) {
            assertThat(keys).as("keys in " + bundle + " that nothing asks for").containsExactlyInAnyOrderElementsOf(asked);
        }
    }

    static List<String> processBundles() throws IOException {
        return bundles().stream().filter(b -> b.contains("/")).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyKeyTheCodeAsksForIsThereAndNoOtherIs() throws IOException {
        Properties english = load("texts.properties");
        Set<String> asked = new TreeSet<>();
        for (Path sources : List.of(Path.of("src/main/java"), Path.of("../web/src/main/java"))) {
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher key = KEY_IN_SOURCE.matcher(Files.readString(file));
                    while (key.find()) {
                        // "task." + taskKey: a family of keys, added below.
                        if (!key.group(1).endsWith(".")) {
                            asked.add(key.group(1));
                        }
                    }
                }
            }
        }
        assertThat(asked).as("keys named in the code").hasSizeGreaterThan(150);
        // Keys the code puts together from a value: one per user task of every process's model (found in the
        // models, so a new process's tasks are asked for without a line here), role, file type and address problem.
        userTasks().forEach(task -> asked.add("task." + task));
        // A second senior manager's agreement to a false or malicious finding, and why a case cannot be reopened.
        asked.add("task." + uk.safeguardcases.application.work.WorkItem.AGREE_FINDING);
        Stream.of(uk.safeguardcases.domain.cases.Reopening.Refusal.values())
                .forEach(refusal -> asked.add("reopen.refused." + refusal.name()));
        // Why whom a case is about cannot be changed as asked.
        Stream.of(uk.safeguardcases.domain.cases.SubjectChange.Refusal.values())
                .forEach(refusal -> asked.add("subject.refused." + refusal.name()));
        Stream.of(Role.values()).forEach(role -> asked.add("rolePlural." + role.name()));
        Stream.of(Role.values()).forEach(role -> asked.add("role." + role.name()));
        Stream.of(FileType.values()).forEach(type -> asked.add("fileType." + type.name()));
        // Why an uploaded file is refused, whoever uploads it.
        Stream.of(uk.safeguardcases.domain.evidence.UploadedFileCheck.Refusal.values())
                .forEach(refusal -> asked.add("upload.refused." + refusal.name()));
        Stream.of(EvidenceUrl.Problem.values()).forEach(problem -> asked.add("evidenceUrl." + problem.name()));
        Stream.of(uk.safeguardcases.domain.evidence.CaptureForm.Problem.values())
                .forEach(problem -> asked.add("evidence.captureForm." + problem.name()));
        // The e-mails to the member and the HR partner: each notice's subject and text, each ending's text.
        Stream.of(Notice.values()).filter(n -> n.audience() == Notice.Audience.MEMBER || n.audience() == Notice.Audience.HR)
                .filter(n -> n != Notice.OUTCOME_DECIDED && n != Notice.CASE_CLOSED)
                .forEach(n -> asked.addAll(List.of("mail." + n + ".subject", "mail." + n + ".body")));
        // The e-mail to a member's manager about their self-report.
        Stream.of(Notice.values()).filter(n -> n.audience() == Notice.Audience.MANAGER)
                .forEach(n -> asked.addAll(List.of("mail." + n + ".subject", "mail." + n + ".body")));
        Stream.of(CaseOutcome.values()).filter(CaseOutcome::isReferral).forEach(o -> asked.add("mail." + o + ".body"));
        ClosureReason.core().stream().forEach(reason -> asked.add("mail." + reason + ".body"));
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(asked);
    }

    @Test
    void aWelshCallerIsAnsweredInWelshAndEveryoneElseInEnglish() {
        assertThat(Texts.text("concern.summary.missing")).as("nobody calling").isEqualTo("Describe the concern.");
        assertThat(CallerContext.runAs(OFFICER, () -> Texts.text("concern.summary.missing")))
                .isEqualTo("Describe the concern.");
        assertThat(CallerContext.runAs(OFFICER.speaking(Texts.WELSH), () -> Texts.text("concern.summary.missing")))
                .isEqualTo("Disgrifiwch y pryder.");
        assertThat(CallerContext.runAs(OFFICER.speaking(Locale.forLanguageTag("cy")),
                () -> Texts.text("concern.summary.missing"))).isEqualTo("Disgrifiwch y pryder.");
        assertThat(CallerContext.runAs(OFFICER.speaking(Locale.FRENCH), () -> Texts.text("concern.summary.missing")))
                .as("a language the product does not speak").isEqualTo("Describe the concern.");
        assertThat(CallerContext.runAs(OFFICER.speaking(null), () -> Texts.text("input.tooLong", 4000)))
                .isEqualTo("This must be 4,000 characters or fewer.");
        assertThat(CallerContext.runAs(OFFICER.speaking(Texts.WELSH), () -> Texts.text("input.tooLong", 4000)))
                .isEqualTo("Rhaid i hyn fod yn 4,000 nod neu lai.");
        assertThat(CallerContext.runAs(OFFICER.speaking(Texts.WELSH), () -> CallerContext.current()))
                .as("the language travels with the caller, nothing else changes")
                .satisfies(c -> assertThat(c.username()).isEqualTo("cwmtaf.officer"))
                .satisfies(c -> assertThat(c.roles()).containsExactly(Role.OFFICER));
    }

    @Test
    void alreadyDoneSaysWhoAndWhenWithTheMonthInTheCallersLanguage() {
        String english = CallerContext.runAs(OFFICER, () -> TaskAlreadyDoneException.doneBy(Texts.text("step.triage"),
                "CTSB-2026-0001", "cwmtaf.officer2", FIFTH_OF_MAY).getMessage());
        assertThat(english).isEqualTo("Triage of CTSB-2026-0001 was already done by cwmtaf.officer2 on 5 May 2026"
                + " at 10:04.");
        String welsh = CallerContext.runAs(OFFICER.speaking(Texts.WELSH), () -> TaskAlreadyDoneException.doneBy(
                Texts.text("step.triage"), "CTSB-2026-0001", "cwmtaf.officer2", FIFTH_OF_MAY).getMessage());
        assertThat(welsh).isEqualTo("Brysbennu ar gyfer CTSB-2026-0001: gwnaed hyn eisoes gan cwmtaf.officer2"
                + " ar 5 Mai 2026 am 10:04.");
        Instant september = Instant.parse("2026-09-01T08:30:00Z");
        assertThat(CallerContext.runAs(OFFICER, () -> Texts.day(september))).isEqualTo("1 Sep 2026");
        assertThat(CallerContext.runAs(OFFICER.speaking(Texts.WELSH), () -> Texts.day(september)))
                .isEqualTo("1 Medi 2026");
    }

    @Test
    void aPatternWithoutArgumentsKeepsItsApostropheWhateverIsPassed() {
        assertThat(Texts.in(Texts.ENGLISH, "evidenceUrl.NO_SITE", EvidenceUrl.MAX_LENGTH))
                .isEqualTo("Give the full web address, including the site's name (e.g. https://www.facebook.com/…).");
        assertThat(Texts.in(Texts.ENGLISH, "evidenceUrl.TOO_LONG", EvidenceUrl.MAX_LENGTH))
                .isEqualTo("This must be 2,000 characters or fewer.");
        assertThat(Texts.in(Texts.WELSH, "upload.refused.NOT_ITS_TYPE", "delwedd PNG", "application/zip"))
                .isEqualTo("Nid yw cynnwys y ffeil yn delwedd PNG er iddi gael ei datgan felly (ei chynnwys yw"
                        + " application/zip): gwiriwch mai dyma'r ffeil gywir.");
        assertThat(Texts.in(Texts.ENGLISH, "upload.refused.UNREADABLE", "PNG image"))
                .startsWith("The file's structure cannot be read");
    }

    private static Set<String> arguments(String pattern) {
        return ARGUMENTS.matcher(pattern).results().map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The user tasks of every process's model ({@code workflows/src/main/resources/bpmn}), but for the declaration's,
     * which a member does on their own form and no work list names.
     */
    private static Set<String> userTasks() throws IOException {
        Path models = Path.of("../workflows/src/main/resources/bpmn");
        assertThat(models).as("the process models").isDirectory();
        Set<String> tasks = new TreeSet<>();
        try (Stream<Path> files = Files.walk(models)) {
            for (Path model : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                USER_TASK.matcher(Files.readString(model)).results().map(task -> task.group(1)).forEach(tasks::add);
            }
        }
        assertThat(tasks).as("the investigation's own tasks among them").containsAll(investigationTasks());
        tasks.removeAll(Set.of("declare", "countersign"));
        return tasks;
    }

    /** The user tasks of the investigation process, named in {@link InvestigationProcess}. */
    private static List<String> investigationTasks() {
        return Stream.of(InvestigationProcess.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getName().endsWith("_TASK"))
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/uk/safeguardcases/application/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
