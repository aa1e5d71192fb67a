package uk.safeguardcases.infrastructure.pdf;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The readable half of a subject access request's answer: the disclosure the JSON holds, laid out for a person. Every
 * value of the disclosure is printed under the label of its key (in Welsh and English for a bilingual board, see
 * {@link DocumentWords}); times are written as people read them.
 * The disclosure comes redacted: this document adds no text about the person of its own.
 */
final class SubjectAccessDocument {

    /** The disclosure's own sections; the rest are the processes' parts. */
    private static final java.util.Set<String> GATHERED_HERE = java.util.Set.of("format", "request", "person", "cases",
            "emails", "whatTheyRead");

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

    private SubjectAccessDocument() {
    }

    @SuppressWarnings("unchecked")
    static byte[] render(DocumentWords words, String boardNameCy, Map<String, Object> disclosure, String reference,
            Instant preparedAt, int redacted, boolean draft) {
        Map<String, Object> request = (Map<String, Object>) disclosure.get("request");
        return PdfSheets.write(words, words.label("sar.docTitle"), reference, draft ? words.label("sar.draft") : null,
                preparedAt, pdf -> {
            pdf.markingBlock();
            pdf.title(words.label("sar.docTitle") + " " + reference);
            pdf.paragraphs(words.sentencesNaming("sar.intro", boardNameCy, (String) request.get("board")));
            if (redacted > 0) {
                pdf.paragraphs(redacted == 1 ? words.sentences("sar.redacted.one")
                        : words.sentences("sar.redacted.many", redacted));
            }
            if (words.bilingual()) {
                // The disclosure's values are the record as the board keeps it (and as the JSON beside it has them).
                pdf.paragraphs(words.sentences("sar.values"));
            }
            facts(pdf, request);
            pdf.heading(words.label("sar.person"));
            facts(pdf, (Map<String, Object>) disclosure.get("person"));

            List<Object> cases = (List<Object>) disclosure.get("cases");
            pdf.heading(words.label("sar.cases", cases.size()));
            if (cases.isEmpty()) {
                pdf.paragraphs(words.sentences("sar.cases.none"));
            }
            for (Object c : cases) {
                Map<String, Object> aCase = (Map<String, Object>) c;
                pdf.heading(words.label("sar.case", aCase.get("reference")));
                facts(pdf, aCase);
                for (Map.Entry<String, Object> part : aCase.entrySet()) {
                    if (part.getValue() instanceof Map<?, ?> map) {
                        pdf.subheading(label(words, part.getKey()));
                        facts(pdf, (Map<String, Object>) map);
                    } else if (part.getValue() instanceof List<?> list) {
                        items(pdf, label(words, part.getKey()), (List<Object>) list);
                    }
                }
            }
            pdf.heading(words.label("sar.emails"));
            items(pdf, null, (List<Object>) disclosure.get("emails"));
            pdf.heading(words.label("sar.read"));
            items(pdf, null, (List<Object>) disclosure.get("whatTheyRead"));
            // Each process's own part (SubjectAccessPart), headed by its words sar.<key>.
            for (Map.Entry<String, Object> part : disclosure.entrySet()) {
                if (!GATHERED_HERE.contains(part.getKey()) && part.getValue() instanceof List<?> list) {
                    pdf.heading(words.label("sar." + part.getKey()));
                    items(pdf, null, (List<Object>) list);
                }
            }
        });
    }

    /** Each item of a list in turn, numbered, its values as facts. */
    @SuppressWarnings("unchecked")
    private static void items(PdfSheets pdf, String heading, List<Object> items) {
        if (heading != null) {
            pdf.subheading(heading + " (" + items.size() + ")");
        }
        if (items.isEmpty()) {
            pdf.paragraphs(pdf.words().sentences("none"));
            return;
        }
        int n = 0;
        for (Object item : items) {
            PdfSheets.Facts facts = pdf.facts().fact(pdf.words().label("number"), String.valueOf(++n));
            facts(pdf.words(), facts, (Map<String, Object>) item);
        }
    }

    /** The plain values of a map as label–value rows (lists and maps are printed on their own). */
    private static void facts(PdfSheets pdf, Map<String, Object> values) {
        facts(pdf.words(), pdf.facts(), values);
    }

    private static void facts(DocumentWords words, PdfSheets.Facts facts, Map<String, Object> values) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getValue() instanceof String s) {
                facts.fact(label(words, e.getKey()), readable(s));
            }
        }
        facts.done();
    }

    private static String readable(String value) {
        if (INSTANT.matcher(value).matches()) {
            try {
                return PdfSheets.when(Instant.parse(value));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }

    /** The label of a key of the disclosure; a key the bundle does not know is printed as its words. */
    private static String label(DocumentWords words, String key) {
        return words.knows("sar.key." + key) ? words.label("sar.key." + key)
                : key.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.UK);
    }
}
