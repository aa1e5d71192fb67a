package uk.safeguardcases.application.annualreport;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.domain.report.Shown;

/**
 * The annual report's words ({@code annual.properties} and {@code annual_cy.properties} beside this class), for the
 * page, the CSV, the spreadsheet and the PDF alike: a figure is called the same everywhere it is published.
 */
public final class AnnualWords {

    public static final String BUNDLE = "uk.safeguardcases.application.annualreport.annual";

    private final Locale language;

    private AnnualWords(Locale language) {
        this.language = language;
    }

    public static AnnualWords in(Locale language) {
        return new AnnualWords(Texts.isWelsh(language) ? Texts.WELSH : Texts.ENGLISH);
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
        return days.map(d -> text("spread.days", Math.round(d * 10) / 10.0)).orElse(text("spread.tooFew"));
    }

    private String pattern(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, language, AnnualWords.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
