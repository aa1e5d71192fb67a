package uk.safeguardcases.domain.cases;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Third parties' details kept from a reader (the HR partner, a person answered under subject access): each of the
 * marked words, wherever it appears as a whole word and whatever its letters' case or Unicode form, becomes
 * {@value #MARK}. Marked once, applied to every text the reader is given;
 * {@link #count()} says how many passages were redacted, so a document can say so without saying what.
 */
public final class Redaction {

    public static final String MARK = "[redacted]";

    private final Pattern pattern;
    private final AtomicInteger count = new AtomicInteger();

    private Redaction(List<String> terms) {
        // Whole words only ("Ann" is not in "Annual"), compared in one Unicode form (NFC), whatever the case.
        this.pattern = terms.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + terms.stream()
                .map(Redaction::composed).sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow() + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String composed(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }

    /** The terms as an officer wrote them, one per line (blank lines ignored); null for none. */
    public static Redaction of(String lines) {
        return new Redaction(terms(lines));
    }

    /** The distinct, trimmed terms of {@code lines}, in the order written. */
    public static List<String> terms(String lines) {
        if (lines == null) {
            return List.of();
        }
        return Arrays.stream(lines.split("\\R")).map(String::strip).filter(t -> !t.isEmpty())
                .filter(distinctIgnoringCase()).toList();
    }

    private static java.util.function.Predicate<String> distinctIgnoringCase() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return t -> seen.add(t.toLowerCase(Locale.ROOT));
    }

    /** {@code text} with every marked term replaced; null stays null. */
    public String apply(String text) {
        if (text == null || pattern == null) {
            return text;
        }
        Matcher matcher = pattern.matcher(composed(text));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            count.incrementAndGet();
            matcher.appendReplacement(out, Matcher.quoteReplacement(MARK));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** How many passages {@link #apply} has redacted so far. */
    public int count() {
        return count.get();
    }
}
