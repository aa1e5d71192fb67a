package uk.safeguardcases.application.publicconcern;

import java.text.MessageFormat;
import java.util.Locale;
import uk.safeguardcases.application.outcomes.KnownTriageOutcomes;
import uk.safeguardcases.domain.cases.ClosureReason;
import java.util.ResourceBundle;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.tenancy.CallerContext;

/** The words of concerns from anyone (one bundle for the service and its pages), in the caller's language. */
final class ReportWords {

    static final String BUNDLE = "uk.safeguardcases.application.publicconcern.publicconcern";

    private ReportWords() {
    }

    static String text(String key, Object... arguments) {
        return in(CallerContext.language(), key, arguments);
    }

    /** In the given language (English unless Welsh), whatever the caller's. */
    static String in(Locale asked, String key, Object... arguments) {
        Locale language = Texts.isWelsh(asked) ? Texts.WELSH : Texts.ENGLISH;
        String pattern = ResourceBundle.getBundle(BUNDLE, language, ReportWords.class.getClassLoader()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }

    /**
     * What the reporter is told of how their concern closed ({@code report.outcome.<REASON>}): this bundle's words for
     * the core's reasons, the words of the process that brought any other, if it words it; none otherwise.
     */
    static String outcome(ClosureReason reason, KnownTriageOutcomes outcomes) {
        String key = "report.outcome." + reason.name();
        return reason.isCore() ? text(key) : outcomes.text(CallerContext.language(), key).orElse(null);
    }
}
