package uk.safeguardcases.application.annualreport;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.domain.report.Shown;

/**
 * The annual report's words ({@code annual.properties} and {@code annual_cy.properties} beside this class), then those
 * of each process's part (its own bundle, {@link AnnualReportPart#words()}), for the page, the CSV, the spreadsheet
 * and the PDF alike: a figure is called the same everywhere it is published.
 */
public final class AnnualWords {

    public static final String BUNDLE = "uk.safeguardcases.application.annualreport.annual";

    private final Locale language;
    /** The report's own bundle, then each part's. */
    private final List<String> bundles;

    private AnnualWords(Locale language, List<String> bundles) {
        this.language = language;
        this.bundles = bundles;
    }

    /** The report's own words only (its page's, its sections' and the product's own tables'). */
    public static AnnualWords in(Locale language) {
        return in(language, List.of());
    }

    /** The report's own words, then those of the parts' bundles {@code parts} (base names), in their order. */
    public static AnnualWords in(Locale language, List<String> parts) {
        List<String> bundles = new ArrayList<>(List.of(BUNDLE));
        parts.stream().filter(part -> !bundles.contains(part)).forEach(bundles::add);
        return new AnnualWords(Texts.isWelsh(language) ? Texts.WELSH : Texts.ENGLISH, List.copyOf(bundles));
    }

    public Locale language() {
        return language;
    }

    public boolean welsh() {
        return Texts.isWelsh(language);
    }

    public String text(String key, Object... arguments) {
        String pattern = pattern(key);
        if (pattern == null) {
            throw new IllegalStateException("No words for " + key + " in the annual report");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }

    /** Whether the bundle has words for {@code key}. */
    public boolean has(String key) {
        return pattern(key) != null;
    }

    /** A row's words: the bundle's, the board's own name (its Welsh one on a Welsh page, if given), or the English. */
    public String label(RowLabel label) {
        if (label.key() != null && has(label.key())) {
            return text(label.key());
        }
        if (welsh() && label.welsh() != null && !label.welsh().isBlank()) {
            return label.welsh();
        }
        return label.english() != null ? label.english() : label.key();
    }

    /** A figure as it is published: the number, "fewer than 5", or "withheld". */
    public String shown(Shown shown) {
        if (shown == null) {
            return "";
        }
        return switch (shown.mark()) {
            case SHOWN -> String.valueOf(shown.value());
            case FEWER_THAN_FIVE -> text("figure.fewerThanFive");
            case WITHHELD -> text("figure.withheld");
        };
    }

    /** Days to one decimal place, or "not published" for a statistic of too few cases. */
    public String days(java.util.Optional<Double> days) {
        return days.map(d -> text("spread.days", tenths(d))).orElse(text("spread.tooFew"));
    }

    /** Days to one decimal place, as every form of the report gives them. */
    static double tenths(double days) {
        return Math.round(days * 10) / 10.0;
    }

    private String pattern(String key) {
        for (String bundle : bundles) {
            try {
                return ResourceBundle.getBundle(bundle, language, AnnualWords.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                        .getString(key);
            } catch (MissingResourceException e) {
                // the next bundle's, perhaps
            }
        }
        return null;
    }
}
