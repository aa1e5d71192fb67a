package uk.safeguardcases.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * What the processes register for the pages (the web module's {@link ProcessPages}), for the tests that run outside the
 * server: every class of the web module's sources that implements it, made as CDI makes it (as {@code BundlesTest}
 * finds the bundles), so a sweep opens every page a process brings without a list of its own. A test inside the
 * server asks CDI instead.
 */
final class Registrations {

    private static final Path SOURCES = Path.of(System.getProperty("project.root", ".."), "web/src/main/java");
    private static final Pattern DECLARATION = Pattern.compile("\\bclass\\s+(\\w+)\\s+(?:extends\\s+[\\w.<>]+\\s+)?"
            + "implements\\s+[^{]*\\bProcessPages\\b");

    private Registrations() {
    }

    /** Every registration of the product. */
    static List<ProcessPages> all() {
        List<ProcessPages> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (DECLARATION.matcher(Files.readString(file)).find()) {
                    String name = SOURCES.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                    found.add((ProcessPages) Class.forName(name.substring(0, name.length() - ".java".length()))
                            .getConstructor().newInstance());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        if (found.size() < 2) {
            throw new IllegalStateException("No registrations found under " + SOURCES.toAbsolutePath());
        }
        return found;
    }

    /** The links of every registration's menus. */
    static List<ProcessPages.Link> links() {
        return all().stream().flatMap(process -> process.links().stream()).toList();
    }

    /** Every page every registration brings ({@code officer/low-level.xhtml}, without the leading slash). */
    static TreeSet<String> pages() {
        TreeSet<String> pages = new TreeSet<>();
        all().forEach(process -> process.everyPage().forEach(page -> pages.add(page.substring(1))));
        return pages;
    }
}
