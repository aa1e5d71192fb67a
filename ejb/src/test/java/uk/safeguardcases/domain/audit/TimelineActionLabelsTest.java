package uk.safeguardcases.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every kind of timeline entry, the product's and each process's (found in the sources, so a new one is checked
 * without being named here), has a label that fits the timeline's column ({@code timeline_entry.action}, 60
 * characters): a longer one fails the transaction that records it, and with it the step, on the server only.
 */
class TimelineActionLabelsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern ENUM = Pattern.compile("public enum (\\w+) implements TimelineAction");
    private static final int COLUMN = 60;

    @Test
    void everyKindsLabelFitsTheTimelinesColumn() throws IOException, ReflectiveOperationException {
        List<String> kinds = new ArrayList<>();
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher found = ENUM.matcher(Files.readString(file));
                if (!found.find()) {
                    continue;
                }
                String name = SOURCES.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.')
                        + "." + found.group(1);
                kinds.add(name);
                for (Object constant : Class.forName(name).getEnumConstants()) {
                    String label = ((TimelineAction) constant).label();
                    if (label.length() > COLUMN) {
                        tooLong.add(name + "." + constant + ": " + label.length() + " \"" + label + "\"");
                    }
                }
            }
        }
        assertThat(kinds).as("the product's and the processes' kinds").contains(AuditAction.class.getName(),
                "uk.safeguardcases.domain.transfer.TransferAction");
        assertThat(tooLong).isEmpty();
    }
}
