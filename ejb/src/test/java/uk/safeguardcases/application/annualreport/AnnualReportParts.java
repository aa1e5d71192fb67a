package uk.safeguardcases.application.annualreport;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import uk.safeguardcases.domain.report.ReportPeriod;

/**
 * Every process's {@link AnnualReportPart} in the sources, as CDI finds them, each run without a server over figures
 * that count one of everything (every value of an enum it counts by, and a record without a value where its tables
 * take one), so the words its tables ask for can be checked against its own bundle. Found from the files: a part
 * added to a process is checked without a line here.
 */
public final class AnnualReportParts {

    private static final Path SOURCES = Path.of("src/main/java");

    private AnnualReportParts() {
    }

    /** Every part of the sources, its figures counting one of everything. */
    public static List<AnnualReportPart> every() throws IOException, ReflectiveOperationException {
        List<AnnualReportPart> parts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("uk/safeguardcases/application"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (Files.readString(file).contains("implements AnnualReportPart")) {
                    String name = SOURCES.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                    parts.add(part(Class.forName(name.substring(0, name.length() - ".java".length()))));
                }
            }
        }
        return parts;
    }

    /**
     * The keys each part's bundle is asked for by the report (by its base name): each table's title, rows and about,
     * and each row's words (a key, a value of the domain, "not yet" for a record without a value).
     */
    public static Map<String, Set<String>> keysAsked() throws IOException, ReflectiveOperationException {
        Map<String, Set<String>> asked = new TreeMap<>();
        for (AnnualReportPart part : every()) {
            asked.computeIfAbsent(part.words(), k -> new TreeSet<>()).addAll(keysAskedOf(part));
        }
        return asked;
    }

    /** The keys the report asks of one part's words. */
    public static Set<String> keysAskedOf(AnnualReportPart part) {
        Set<String> keys = new TreeSet<>();
        for (RawTable table : tablesOf(part)) {
            for (String word : List.of("title", "rows", "about")) {
                keys.add("table." + table.key() + "." + word);
            }
            table.rows().keySet().stream().map(RowLabel::key).filter(key -> key != null).forEach(keys::add);
        }
        return keys;
    }

    /**
     * Its tables over figures of one of everything: with a record without a value among them, unless the part takes
     * none (its counts never hold one), when it is asked again without.
     */
    static List<RawTable> tablesOf(AnnualReportPart part) {
        ReportPeriod period = ReportPeriod.financialYear(2025);
        Instant now = Instant.parse("2026-05-01T09:00:00Z");
        try {
            return part.tables(period, now);
        } catch (NullPointerException e) {
            try {
                wire(part, false);
            } catch (ReflectiveOperationException failed) {
                throw new IllegalStateException(failed);
            }
            return part.tables(period, now);
        }
    }

    private static AnnualReportPart part(Class<?> type) throws ReflectiveOperationException {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        AnnualReportPart part = (AnnualReportPart) constructor.newInstance();
        wire(part, true);
        return part;
    }

    /** Each injected port of the part, answered with one of everything. */
    private static void wire(AnnualReportPart part, boolean withoutValue) throws ReflectiveOperationException {
        for (Field field : part.getClass().getDeclaredFields()) {
            if (field.isAnnotationPresent(jakarta.inject.Inject.class) && field.getType().isInterface()) {
                field.setAccessible(true);
                field.set(part, Proxy.newProxyInstance(field.getType().getClassLoader(), new Class<?>[] {field.getType()},
                        (proxy, method, arguments) -> oneOfEach(method.getGenericReturnType(), withoutValue)));
            }
        }
    }

    private static Object oneOfEach(Type type, boolean withoutValue) throws ReflectiveOperationException {
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type instanceof ParameterizedType map && map.getRawType() == Map.class) {
            Map<Object, Object> counts = new LinkedHashMap<>();
            if (map.getActualTypeArguments()[0] instanceof Class<?> key && key.isEnum()) {
                for (Object value : key.getEnumConstants()) {
                    counts.put(value, 1L);
                }
            }
            if (withoutValue) {
                counts.put(null, 1L);
            }
            return counts;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return List.of();
        }
        if (type instanceof Class<?> record && record.isRecord()) {
            RecordComponent[] components = record.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = oneOfEach(components[i].getGenericType(), withoutValue);
            }
            var constructor = record.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        }
        throw new IllegalStateException("No figure of one of everything for " + type);
    }
}
