package uk.safeguardcases.infrastructure.pdf;

import uk.safeguardcases.application.reports.DocumentTexts;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import uk.safeguardcases.application.Texts;

/**
 * The words of a PDF: the product's own, from {@code documents.properties} and its Welsh twin, then each process's
 * own ({@link DocumentTexts}: its part of a subject access answer, its own documents, its values of the product's
 * enums): English for a board whose pages are English, Welsh and English for a bilingual board (Cwm Taf).
 *
 * <p>How a bilingual document is laid out: one document, each heading and label in Welsh first and then English
 * ("Cyfeirnod / Reference") and each of the product's sentences as a Welsh paragraph followed by the English one. A
 * Welsh reader of a form or a pack from a Welsh public body expects exactly this: the Welsh Language Standards ask
 * that Welsh is not treated less favourably and is placed where it is read first, and bilingual forms in Wales
 * pair the languages label by label. Printing the whole pack twice (a Welsh half, then an English half) would
 * double a pack that is mostly people's own words, which are in whatever language they were written and are
 * printed once.
 */
public final class DocumentWords {

    static final DocumentWords ENGLISH = new DocumentWords(false);
    static final DocumentWords WELSH_AND_ENGLISH = new DocumentWords(true);

    private static final String BUNDLE = "uk.safeguardcases.infrastructure.pdf.documents";

    private static volatile List<DocumentTexts> processBundles = List.of();

    private final boolean bilingual;

    private DocumentWords(boolean bilingual) {
        this.bilingual = bilingual;
    }

    /** The words for a board: in Welsh and English when its pages are bilingual. */
    public static DocumentWords forBoard(boolean bilingual) {
        return bilingual ? WELSH_AND_ENGLISH : ENGLISH;
    }

    public boolean bilingual() {
        return bilingual;
    }

    /** A heading or label: "Cyfeirnod / Reference" in a bilingual document, "Reference" otherwise. */
    public String label(String key, Object... arguments) {
        String english = in(Texts.ENGLISH, key, arguments);
        if (!bilingual) {
            return english;
        }
        String welsh = in(Texts.WELSH, key, arguments);
        // The same in both ("Facebook", "SHA-256") is said once.
        return welsh.equals(english) ? english : welsh + " / " + english;
    }

    /** A sentence of the product's: the Welsh paragraph, then the English one; the English only otherwise. */
    public List<String> sentences(String key, Object... arguments) {
        String english = in(Texts.ENGLISH, key, arguments);
        return bilingual ? List.of(in(Texts.WELSH, key, arguments), english) : List.of(english);
    }

    /** As {@link #sentences(String, Object...)} with a name given in each language (the board's, say). */
    List<String> sentencesNaming(String key, String welshName, String englishName) {
        String english = in(Texts.ENGLISH, key, englishName);
        String welsh = welshName == null || welshName.isBlank() ? englishName : welshName;
        return bilingual ? List.of(in(Texts.WELSH, key, welsh), english) : List.of(english);
    }

    /** A value of the domain ({@code MemberResponse.REMOVED}) as the pages word it, in the document's languages. */
    public String of(Enum<?> value) {
        if (value == null) {
            return null;
        }
        return label(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /**
     * How a piece of evidence was captured (the form of its record), as the pages word it; "not recorded" for evidence
     * recorded before it was asked for.
     */
    public String captureForm(uk.safeguardcases.domain.evidence.CaptureForm form) {
        return form == null ? label("CaptureForm.notRecorded") : of(form);
    }

    /** A kind of deadline, the core's or a process's (worded in its bundle), as the pages word it. */
    String of(uk.safeguardcases.application.cases.DeadlineKind kind) {
        return kind == null ? null : label("DeadlineKind." + kind.name());
    }

    /** A triage decision, the core's or a process's (worded in its bundle), as the pages word it. */
    String of(uk.safeguardcases.domain.cases.TriageDecision decision) {
        return decision == null ? null : label("TriageDecision." + decision.name());
    }

    /** A closure reason, the core's or a process's (worded in its bundle), as the pages word it. */
    String of(uk.safeguardcases.domain.cases.ClosureReason reason) {
        return reason == null ? null : label("ClosureReason." + reason.name());
    }

    /** An action the timeline recorded (its English label): in Welsh too when the bundle has it. */
    String action(String recorded, Enum<?> known) {
        if (!bilingual || known == null || !has(known.getDeclaringClass().getSimpleName() + "." + known.name())) {
            return recorded;
        }
        return in(Texts.WELSH, known.getDeclaringClass().getSimpleName() + "." + known.name()) + " / " + recorded;
    }

    /**
     * One of the board's own names (its name, an organisation's): in a bilingual document the Welsh the board gave
     * and then the English, or the English marked as the only one given.
     */
    public String name(String english, String welsh) {
        if (!bilingual || english == null) {
            return english;
        }
        if (welsh == null || welsh.isBlank() || welsh.equals(english)) {
            return english + " (" + in(Texts.WELSH, "englishOnly") + ")";
        }
        return welsh + " / " + english;
    }

    /** The document's languages, in the order it prints them: Welsh first in a bilingual document. */
    public List<Locale> languages() {
        return bilingual ? List.of(Texts.WELSH, Texts.ENGLISH) : List.of(Texts.ENGLISH);
    }

    /**
     * A count in one language, from {@code key.one}, {@code key.other} …: the form the language's plural rule asks for
     * ({@link uk.safeguardcases.application.PlainFormat#count}).
     */
    public static String count(Locale language, String key, long n) {
        return uk.safeguardcases.application.PlainFormat.count(language, n, key, k -> {
            ResourceBundle words = bundleWith(language, k);
            return words == null ? null : words.getString(k);
        });
    }

    /** Sentences in the document's languages as one text (a cell's): a line each. */
    public String joined(List<String> sentences) {
        return String.join("\n", sentences);
    }

    /** Whether the bundle has words under {@code key}. */
    boolean knows(String key) {
        return has(key);
    }

    private static boolean has(String key) {
        return bundleWith(Texts.ENGLISH, key) != null;
    }

    /**
     * The processes' own words in documents ({@code DocumentTexts}), asked after the product's own: set as the
     * application starts, by {@link ProcessDocumentWords}.
     */
    static void processBundles(List<DocumentTexts> bundles) {
        processBundles = List.copyOf(bundles);
    }

    public static String in(Locale language, String key, Object... arguments) {
        ResourceBundle words = bundleWith(language, key);
        if (words == null) {
            throw new IllegalStateException("No document words for " + key);
        }
        String pattern = words.getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        // A value of the domain among the arguments is worded in the pattern's own language.
        Object[] worded = java.util.Arrays.stream(arguments).map(a -> a instanceof Enum<?> value
                ? in(language, value.getDeclaringClass().getSimpleName() + "." + value.name()) : a).toArray();
        return new MessageFormat(pattern, Texts.isWelsh(language) ? Texts.WELSH : Texts.ENGLISH).format(worded);
    }

    /** The product's bundle if it has {@code key}, else the first process's that has it; null for none. */
    private static ResourceBundle bundleWith(Locale language, String key) {
        ResourceBundle own = bundle(language);
        if (own.containsKey(key)) {
            return own;
        }
        for (DocumentTexts process : processBundles) {
            ResourceBundle theirs = ResourceBundle.getBundle(process.bundle(), Texts.isWelsh(language) ? Texts.WELSH
                    : Texts.ENGLISH, process.loader(), ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES));
            if (theirs.containsKey(key)) {
                return theirs;
            }
        }
        return null;
    }

    private static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, Texts.isWelsh(language) ? Texts.WELSH : Texts.ENGLISH,
                DocumentWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
