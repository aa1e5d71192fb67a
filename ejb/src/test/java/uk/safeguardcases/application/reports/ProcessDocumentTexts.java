package uk.safeguardcases.application.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every process's {@link DocumentTexts} in the sources, as CDI finds them, and the keys the documents may ask of each
 * bundle, so that its words can be checked as the code's own are ({@code TextsTest}, {@code DocumentWordsTest}). Found
 * from the files: a registration added to a process is checked without a line here.
 */
public final class ProcessDocumentTexts {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path APPLICATION = SOURCES.resolve("uk/safeguardcases/application");
    private static final Path DOMAIN = SOURCES.resolve("uk/safeguardcases/domain");
    /** Where documents are laid out: the shared sheets' package, and a process's own that names its words. */
    private static final Path INFRASTRUCTURE = SOURCES.resolve("uk/safeguardcases/infrastructure");
    private static final Path DOCUMENTS = INFRASTRUCTURE.resolve("pdf");
    private static final String SHEETS_WORDS = "uk.safeguardcases.infrastructure.pdf.DocumentWords";
    /** The product's own words, which the documents ask first. */
    public static final String PRODUCTS_WORDS = "/uk/safeguardcases/infrastructure/pdf/documents";

    private static final Pattern REGISTERED = Pattern.compile(
            "\\bclass\\s+(\\w+)\\s+implements\\s+[^{]*\\bDocumentTexts\\b");
    private static final Pattern TOP_LEVEL = Pattern.compile("(?m)^public (?:final )?(?:class|interface|enum) (\\w+)");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]\\w*(?:\\.\\w+)+)\"");
    private static final Pattern PART_KEY = Pattern.compile("String\\s+key\\(\\)\\s*\\{\\s*return\\s+\"(\\w+)\"");
    private static final Pattern DISCLOSED = Pattern.compile("\\bput\\(\\s*\"(\\w+)\"");
    private static final Pattern ENUM = Pattern.compile("(?m)^public enum (\\w+)");
    /** The suffixes of a count's forms ({@code PlainFormat.count}). */
    private static final Set<String> PLURALS = Set.of("none", "zero", "one", "two", "few", "many", "other");

    private ProcessDocumentTexts() {
    }

    /** Every registration of the sources. */
    public static List<DocumentTexts> every() throws IOException, ReflectiveOperationException {
        List<DocumentTexts> found = new ArrayList<>();
        for (Path file : javaFiles(APPLICATION)) {
            String source = Files.readString(file);
            Matcher registered = REGISTERED.matcher(source);
            while (registered.find()) {
                String name = SOURCES.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.');
                Matcher top = TOP_LEVEL.matcher(source);
                String outer = top.find() ? top.group(1) : registered.group(1);
                String binary = name + "." + (outer.equals(registered.group(1)) ? outer
                        : outer + "$" + registered.group(1));
                var constructor = Class.forName(binary).getDeclaredConstructor();
                constructor.setAccessible(true);
                found.add((DocumentTexts) constructor.newInstance());
            }
        }
        return found;
    }

    /**
     * The keys the documents may ask of each registered bundle (by its base name) and find there: those of its keys
     * the product's own words lack that the documents' code names ({@code "search.register.title"}, or a count's
     * forms), that head a process's part of a subject access answer ({@code sar.<key>}) or label a value of one
     * ({@code sar.key.<name>}), or that word a value of the domain ({@code <Enum>.<NAME>}).
     */
    public static Map<String, Set<String>> keysAsked() throws IOException, ReflectiveOperationException {
        Set<String> named = new TreeSet<>();
        for (Path file : javaFiles(INFRASTRUCTURE)) {
            String source = Files.readString(file);
            if (file.startsWith(DOCUMENTS) || source.contains("import " + SHEETS_WORDS + ";")) {
                KEY_LITERAL.matcher(source).results().map(r -> r.group(1)).forEach(named::add);
            }
        }
        Set<String> sar = new TreeSet<>();
        Map<String, Class<?>> enums = new TreeMap<>();
        for (Path file : javaFiles(APPLICATION)) {
            String source = Files.readString(file);
            PART_KEY.matcher(source).results().forEach(r -> sar.add("sar." + r.group(1)));
            DISCLOSED.matcher(source).results().forEach(r -> sar.add("sar.key." + r.group(1)));
        }
        for (Path file : javaFiles(DOMAIN)) {
            Matcher declared = ENUM.matcher(Files.readString(file));
            if (declared.find()) {
                String name = SOURCES.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                enums.put(declared.group(1), Class.forName(name.substring(0, name.length() - ".java".length())));
            }
        }
        Set<String> products = load(PRODUCTS_WORDS + ".properties").stringPropertyNames();
        Map<String, Set<String>> asked = new TreeMap<>();
        for (DocumentTexts process : every()) {
            Set<String> keys = asked.computeIfAbsent(process.bundle(), k -> new TreeSet<>());
            for (String key : load("/" + process.bundle().replace('.', '/') + ".properties").stringPropertyNames()) {
                if (products.contains(key)) {
                    continue;
                }
                int dot = key.lastIndexOf('.');
                String head = dot < 0 ? "" : key.substring(0, dot);
                String last = key.substring(dot + 1);
                if (named.contains(key) || named.contains(head) && PLURALS.contains(last) || sar.contains(key)
                        || enums.containsKey(head) && isConstant(enums.get(head), last)) {
                    keys.add(key);
                }
            }
        }
        return asked;
    }

    /** A bundle's words, from its file ({@code /uk/…/name.properties}). */
    public static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ProcessDocumentTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static boolean isConstant(Class<?> type, String name) {
        return Stream.of(type.getEnumConstants()).anyMatch(value -> ((Enum<?>) value).name().equals(name));
    }

    private static List<Path> javaFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
