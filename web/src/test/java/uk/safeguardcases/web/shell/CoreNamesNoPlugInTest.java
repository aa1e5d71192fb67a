package uk.safeguardcases.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' core never names a plug-in, as the services' core does not ({@code ArchitectureTest.theCoreNamesNoPlugIn}
 * in ejb): the shell, the security filters and the workspaces' own code and pages ask every registration
 * ({@link ProcessPages}, {@link PageDoor}, {@code portal/WaitingForMember} …) and name no process's package, none of
 * its pages, paths or downloads, and none of its bundles. So a process comes or goes without an edit to them.
 */
class CoreNamesNoPlugInTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path PAGES = Path.of("src/main/webapp");

    /** The core: what every board runs whatever processes it has. */
    private static final List<String> CORE = List.of("shell", "security", "portal", "admin", "officer", "senior", "hr",
            "api");

    /** The plug-ins' packages, here and in the ejb module (the application's and the domain's). */
    private static final Set<String> PLUG_INS = Set.of("annualreport", "declaration", "disclosure", "hosting",
            "leaving", "lowlevel", "official", "publicconcern", "report", "search", "transfer");

    /** The core's own pages' fragments, beside its workspaces' pages. */
    private static final List<String> CORE_FRAGMENTS = List.of("WEB-INF/admin", "WEB-INF/includes", "WEB-INF/officer",
            "WEB-INF/portal", "WEB-INF/security", "WEB-INF/templates");

    /**
     * What the core still names of a plug-in, "file -> name": nothing (the audit chain's check, {@code chaincheck}, is core as the audit is; a
     * board's last sign-in is an event the hosting operator's view observes). The list only shrinks: an entry no longer
     * true fails as surely as a new naming.
     */
    private static final Set<String> STILL_NAMED = Set.of();

    /**
     * The plug-ins' paths and bundles the core's pages still name, "page -> path": none (a person's chronology, which
     * the case page links to, is the core's, each process wording its own lines and linking its own page). The list
     * only shrinks.
     */
    private static final Set<String> STILL_NAMED_BY_PAGES = Set.of();

    private static final Pattern NAMED = Pattern.compile(
            "\\buk\\.safeguardcases\\.(?:web|application|domain)\\.([a-z][a-z0-9]*)\\b");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*|<!--.*?-->");
    private static final Pattern SERVLET = Pattern.compile("@WebServlet\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"(/[^\"]+)\"");

    @Test
    void theCoresCodeNamesNoPlugInsPackage() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path file : coreSources()) {
            Matcher name = NAMED.matcher(code(file));
            while (name.find()) {
                if (PLUG_INS.contains(name.group(1))) {
                    named.add(relative(file) + " -> " + name.group());
                }
            }
        }
        assertThat(named).as("plug-ins the core names").containsExactlyInAnyOrderElementsOf(STILL_NAMED);
    }

    @Test
    void theCoresCodeAndPagesNameNoPlugInsPathOrBundle() throws Exception {
        Set<String> paths = new TreeSet<>();
        Set<String> bundles = new TreeSet<>();
        for (ProcessPages process : ContributionsTest.everyRegistration()) {
            if (!PLUG_INS.contains(packageOf(process.getClass()))) {
                continue;
            }
            paths.addAll(process.everyPage());
            process.protectedPaths().forEach(p -> paths.add(p.pattern().replaceFirst("/\\*$", "/")));
            process.publicPages().forEach(p -> {
                paths.add(p.prefix());
                paths.add(p.tooLarge());
                paths.addAll(p.forms());
            });
            process.casePanels().forEach(p -> paths.add(p.fragment()));
            process.personLinks().forEach(p -> paths.add(p.path()));
            process.bundles().forEach(b -> bundles.add(b.var()));
        }
        for (String plugIn : PLUG_INS) {
            Path folder = SOURCES.resolve("uk/safeguardcases/web/" + plugIn);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        Matcher servlet = SERVLET.matcher(Files.readString(file, StandardCharsets.UTF_8));
                        while (servlet.find()) {
                            QUOTED.matcher(servlet.group(1)).results().forEach(r -> paths.add(r.group(1)));
                        }
                    }
                }
            }
        }
        assertThat(paths).as("the plug-ins' paths").contains("/concern/", "/concern/too-large",
                "/admin/declarations.xhtml", "/admin/declarations.csv", "/portal/declaration.xhtml", "/annual/",
                "/officer/low-level.xhtml");
        assertThat(bundles).as("the plug-ins' bundles").contains("declarationsMsg", "reportMsg", "lowlevelMsg",
                "officialMsg");

        List<Path> core = new ArrayList<>(coreSources());
        for (ProcessPages process : ContributionsTest.everyRegistration()) {
            if (CORE.contains(packageOf(process.getClass()))) {
                process.everyPage().forEach(page -> core.add(PAGES.resolve(page.substring(1))));
                process.casePanels().forEach(panel -> core.add(PAGES.resolve(panel.fragment().substring(1))));
            }
        }
        for (String folder : CORE_FRAGMENTS) {
            try (Stream<Path> files = Files.walk(PAGES.resolve(folder))) {
                files.filter(f -> f.toString().endsWith(".xhtml")).forEach(core::add);
            }
        }
        assertThat(core).as("the core's pages").contains(PAGES.resolve("portal/requests.xhtml"),
                PAGES.resolve("officer/case.xhtml"), PAGES.resolve("officer/chronology.xhtml"),
                PAGES.resolve("WEB-INF/templates/layout.xhtml"));

        Set<String> named = new TreeSet<>();
        for (Path file : core) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String code = code(file);
            paths.stream().filter(code::contains).forEach(path -> named.add(relative(file) + " -> " + path));
            bundles.stream().filter(var -> code.contains(var + "[")).forEach(var -> named.add(relative(file) + " -> "
                    + var));
        }
        assertThat(named).as("the plug-ins' paths and bundles the core names")
                .containsExactlyInAnyOrderElementsOf(STILL_NAMED_BY_PAGES);
    }

    private static List<Path> coreSources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String pkg : CORE) {
            try (Stream<Path> found = Files.walk(SOURCES.resolve("uk/safeguardcases/web/" + pkg))) {
                found.filter(f -> f.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static String code(Path file) {
        try {
            return COMMENTS.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String packageOf(Class<?> type) {
        String name = type.getPackageName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String relative(Path file) {
        Path base = file.startsWith(SOURCES) ? SOURCES.resolve("uk/safeguardcases/web") : PAGES;
        return base.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
