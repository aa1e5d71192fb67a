package uk.safeguardcases.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ASVS V6.2.6: every field of every page that takes a password, a secret or a code kept like one is masked: a Faces
 * {@code h:inputSecret} (rendered as {@code type="password"}), never a text field. A field takes a password when it is
 * bound to a property named for one ({@code password}, {@code current}, {@code chosen}, {@code repeated}, a
 * {@code …Secret}) or the browser is told it holds one ({@code autocomplete="current-password"} or {@code new-password}).
 */
class PasswordFieldsTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern INPUT = Pattern.compile("<((?:h|p):input\\w*|p:password|input)\\b([^>]*)>");
    private static final Pattern BOUND = Pattern.compile("\\svalue=\"#\\{[\\w.]*\\.(\\w+)}\"");
    private static final Pattern PASSWORD_PROPERTY = Pattern.compile(
            "(?i)(.*password|.*passphrase|.*secret|current|chosen|repeated)");

    @Test
    void everyFieldThatTakesAPasswordIsMasked() throws IOException {
        List<String> unmasked = new ArrayList<>();
        int fields = 0;
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher input = INPUT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (input.find()) {
                    String tag = input.group(1);
                    String attributes = input.group(2);
                    Matcher bound = BOUND.matcher(attributes);
                    boolean takesPassword = (bound.find() && PASSWORD_PROPERTY.matcher(bound.group(1)).matches())
                            || attributes.contains("autocomplete=\"current-password\"")
                            || attributes.contains("autocomplete=\"new-password\"");
                    if (!takesPassword || tag.equals("h:inputHidden")) {
                        continue;
                    }
                    fields++;
                    boolean masked = tag.equals("h:inputSecret") || tag.equals("p:password")
                            || (tag.equals("input") && attributes.contains("type=\"password\""));
                    if (!masked) {
                        unmasked.add(PAGES.relativize(file) + ": <" + tag + attributes + ">");
                    }
                }
            }
        }
        assertThat(fields).as("password fields found on the pages").isGreaterThanOrEqualTo(11);
        assertThat(unmasked).as("password fields that are not masked").isEmpty();
    }
}
