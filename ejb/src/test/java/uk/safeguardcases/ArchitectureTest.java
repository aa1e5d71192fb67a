package uk.safeguardcases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers, read from the sources (no server): the domain uses nothing of the application, the engine adapter or
 * the pages; the application uses nothing of the engine or the pages, nor JDBC or JTA; and no package of this module
 * (the root packages and the domain included) uses, through any chain, one that uses it back, so each can be read,
 * tested and changed from the bottom up.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern NAMED = Pattern.compile("\\b(uk\\.safeguardcases(?:\\.[a-z][a-z0-9]*)+)\\.[A-Z]\\w*");

    @Test
    void theDomainUsesNoOuterLayer() throws IOException {
        assertThat(uses("uk.safeguardcases.domain", "uk.safeguardcases.application", "uk.safeguardcases.infrastructure",
                "uk.safeguardcases.web", "org.camunda")).isEmpty();
    }

    @Test
    void theApplicationUsesNeitherTheEngineNorThePages() throws IOException {
        assertThat(uses("uk.safeguardcases.application", "uk.safeguardcases.infrastructure", "uk.safeguardcases.web",
                "org.camunda")).isEmpty();
    }

    /**
     * {@code BoardQuery} runs a query with the board's filter off, trusting the query's own board condition: only the
     * repositories and read models ({@code infrastructure/persistence/jpa}) run one, never a service or a page (the web
     * module's sources are read too).
     */
    @Test
    void onlyTheRepositoriesRunABoardQuery() throws IOException {
        List<String> found = new ArrayList<>();
        Path repositories = SOURCES.resolve("uk/safeguardcases/infrastructure/persistence/jpa");
        for (Path sources : List.of(SOURCES, Path.of("../web/src/main/java"))) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> !f.getParent().equals(repositories)).toList()) {
                    if (Files.readString(file, StandardCharsets.UTF_8).contains("BoardQuery")) {
                        found.add(file.toString());
                    }
                }
            }
        }
        assertThat(Files.isDirectory(Path.of("../web/src/main/java"))).isTrue();
        assertThat(found).isEmpty();
    }

    /** JDBC and the transaction manager are the persistence's: the application reaches them through its ports. */
    @Test
    void theApplicationUsesNeitherJdbcNorTheTransactionManager() throws IOException {
        assertThat(uses("uk.safeguardcases.application", "java.sql", "javax.sql", "jakarta.transaction")).isEmpty();
    }

    /**
     * The services query through repositories and read models ({@code infrastructure/persistence/jpa}); these files
     * still hold an {@code EntityManager} of their own. The list only shrinks: a file that stops using it leaves the
     * list in the same change, and a package with no file here (a new one included) uses none.
     */
    private static final Set<String> STILL_USING_THE_ENTITY_MANAGER = Set.of(
            "investigation/EvidenceService.java",
            "investigation/TriageService.java",
            "retention/CaseRemoval.java");

    private static final Pattern ENTITY_MANAGER = Pattern.compile("\\bjakarta\\.persistence\\.(EntityManager\\b|\\*)");

    @Test
    void theApplicationQueriesThroughRepositoriesSaveTheListedFiles() throws IOException {
        Path application = SOURCES.resolve("uk/safeguardcases/application");
        Set<String> using = new TreeSet<>();
        try (Stream<Path> files = Files.walk(application)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (ENTITY_MANAGER.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                    using.add(application.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
                }
            }
        }
        Set<String> listedPackages = new TreeSet<>();
        STILL_USING_THE_ENTITY_MANAGER.forEach(f -> listedPackages.add(folderOf(f)));
        assertThat(using.stream().filter(f -> !listedPackages.contains(folderOf(f))))
                .as("files using an EntityManager in a package of the application with none listed").isEmpty();
        assertThat(using).as("files of the application using an EntityManager, against the exceptions listed")
                .containsExactlyInAnyOrderElementsOf(STILL_USING_THE_ENTITY_MANAGER);
    }

    private static String folderOf(String file) {
        return file.substring(0, file.lastIndexOf('/') + 1);
    }

    @Test
    void noPackageOfTheApplicationDependsOnItself() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("uk/safeguardcases/application"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = packageOf(file);
                Matcher named = NAMED.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (named.find()) {
                    String to = named.group(1);
                    if (to.startsWith("uk.safeguardcases.application.") && !to.equals(from)) {
                        graph.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                    }
                }
            }
        }
        assertThat(cycles(graph)).as("packages of the application that depend on each other").isEmpty();
    }

    /**
     * The core never names a plug-in: it publishes events (a triage recorded, evidence recorded, an account changed,
     * a concern raised about someone) that plug-ins observe, and asks every bean of an interface it owns
     * ({@code AnnualReportPart}, {@code SubjectAccessPart}, {@code PolicyStatements}, {@code TimelineActions}…), so a
     * process comes or goes without an edit to it.
     */
    @Test
    void theCoreNamesNoPlugIn() throws IOException {
        // The core is what every board runs whatever processes it has (cases and their investigation, evidence,
        // subject access, retention, the audit and its chain's check, notices, people, and the ports and registries),
        // so it must stand alone.
        List<String> core = List.of("application", "application.access", "application.administration",
                "application.api", "application.audit", "application.board", "application.calendar", "application.cases",
                "application.chaincheck", "application.chronology", "application.outcomes",
                "application.dashboard", "application.health", "application.investigation", "application.metrics",
                "application.notification", "application.people", "application.process", "application.reports",
                "application.retention", "application.security", "application.stuckwork", "application.tenancy",
                "application.work",
                "domain.access", "domain.allegation", "domain.api", "domain.audit", "domain.board", "domain.calendar",
                "domain.cases", "domain.clause", "domain.deadline", "domain.evidence", "domain.notification",
                "domain.organisation", "domain.people", "domain.process", "domain.referral", "domain.requests");
        assertThat(plugInsNamedBy(core, PLUG_INS)).as("plug-ins the core names").isEmpty();
    }

    // The plug-ins are what a board could do without, each in its own application and domain packages: the
    // processes, and the annual report and hosting, which only read the rest. (application.chronology, a person's
    // records across every process, is neither until each process contributes its own lines to it.)
    // (Each process now does, as a ChronologyPart: application.chronology is core.)
    private static final Set<String> PLUG_INS = Set.of("annualreport", "declaration", "disclosure", "hosting", "leaving",
            "lowlevel", "official", "publicconcern", "report", "search", "transfer");

    /**
     * The PDFs' shared package holds what every document shares (the sheets, the fonts, the words, the port's
     * implementation) and the core's own documents; a process lays out its own in its own package, as the child
     * searches do in {@code infrastructure.search} and the annual report in {@code infrastructure.annualreport}.
     */
    @Test
    void theSharedPdfPackageLaysOutNoProcesssDocument() throws IOException {
        assertThat(plugInsNamedBy(List.of("infrastructure.pdf"), PLUG_INS))
                .as("processes the shared PDF package names").isEmpty();
    }

    /** Files of {@code packages} (not their sub-packages) naming a class of one of {@code plugIns}: "file -> name". */
    private static List<String> plugInsNamedBy(List<String> packages, Set<String> plugIns) throws IOException {
        List<String> named = new ArrayList<>();
        for (String pkg : packages) {
            try (Stream<Path> files = Files.list(SOURCES.resolve(("uk.safeguardcases." + pkg).replace('.', '/')))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    Matcher name = NAMED.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (name.find()) {
                        String[] to = name.group(1).split("\\.");
                        if (to.length > 3 && (to[2].equals("application") || to[2].equals("domain"))
                                && plugIns.contains(to[3])) {
                            named.add(SOURCES.relativize(file) + " -> " + name.group());
                        }
                    }
                }
            }
        }
        return named;
    }

    /** Files under {@code layer} that name anything under one of {@code outer}: "file -> name". */
    private static List<String> uses(String layer, String... outer) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve(layer.replace('.', '/')))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    for (String name : outer) {
                        if (line.startsWith("import ") && line.contains(" " + name + ".")
                                || !line.startsWith("import ") && line.contains(name + ".") && !line.trim().startsWith("*")
                                && !line.trim().startsWith("//")) {
                            found.add(SOURCES.relativize(file) + " -> " + line.trim());
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String packageOf(Path file) {
        return SOURCES.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.');
    }

    /** The strongly connected groups of more than one package (Tarjan), each as its sorted names. */
    private static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<Set<String>> found = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, graph, index, low, stack, found);
            }
        }
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, List<Set<String>> found) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, found);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> group = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                group.add(w);
            } while (!w.equals(v));
            if (group.size() > 1) {
                found.add(group);
            }
        }
    }

    /**
     * No package of this module uses, through any chain, one that uses it back: the application's root package (where
     * {@code Texts} lives) and every package of the domain and of the infrastructure included. A failure names each
     * cycle with the files and names that make its edges, so the one edge to turn round can be chosen.
     */
    @Test
    void noPackageAnywhereDependsOnItself() throws IOException {
        Map<String, Map<String, Set<String>>> edges = edgesBetweenPackages(SOURCES.resolve("uk/safeguardcases"));
        assertThat(edges.keySet()).as("packages read").contains("uk.safeguardcases.application",
                "uk.safeguardcases.application.tenancy", "uk.safeguardcases.domain.audit",
                "uk.safeguardcases.domain.cases", "uk.safeguardcases.infrastructure.persistence");
        Map<String, Set<String>> graph = new TreeMap<>();
        edges.forEach((from, to) -> graph.put(from, to.keySet()));
        List<String> cycles = new ArrayList<>();
        for (Set<String> cycle : cycles(graph)) {
            StringBuilder said = new StringBuilder(String.join(", ", cycle)).append(" reach each other, by:");
            for (String from : cycle) {
                edges.get(from).forEach((to, names) -> {
                    if (cycle.contains(to)) {
                        said.append("\n  ").append(from).append(" -> ").append(to);
                        names.forEach(name -> said.append("\n    ").append(name));
                    }
                });
            }
            cycles.add(said.toString());
        }
        assertThat(cycles).withFailMessage("Packages that depend on each other:%n%s", String.join("\n", cycles))
                .isEmpty();
    }

    /** {@code import uk.safeguardcases.….*;}: a whole package, which {@link #NAMED} does not see. */
    private static final Pattern ALL_OF_A_PACKAGE = Pattern.compile(
            "(?m)^import\\s+(uk\\.safeguardcases(?:\\.[a-z][a-z0-9]*)+)\\.\\*;");

    /**
     * For each package under {@code root}: each other package of this product its files name, with the names that
     * make the edge ("file -> name").
     */
    private static Map<String, Map<String, Set<String>>> edgesBetweenPackages(Path root) throws IOException {
        Map<String, Map<String, Set<String>>> edges = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String from = packageOf(file);
                Map<String, Set<String>> named = edges.computeIfAbsent(from, k -> new TreeMap<>());
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Matcher name : List.of(NAMED.matcher(text), ALL_OF_A_PACKAGE.matcher(text))) {
                    while (name.find()) {
                        if (!name.group(1).equals(from)) {
                            named.computeIfAbsent(name.group(1), k -> new TreeSet<>()).add(
                                    SOURCES.relativize(file) + " -> " + name.group().replaceFirst("^import\\s+", ""));
                        }
                    }
                }
            }
        }
        return edges;
    }
}
