package uk.safeguardcases.infrastructure.pdf;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The readable half of a subject access request's answer: the disclosure the JSON holds, laid out for a person. Every
 * value of the disclosure is printed (under the English label of its key); times are written as people read them.
 * The disclosure comes redacted: this document adds no text about the person of its own.
 */
final class SubjectAccessDocument {

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

    /** The English label of each key of the disclosure; a key not here is printed as its words. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("reference", "Reference"), Map.entry("board", "Board"), Map.entry("about", "About"),
            Map.entry("policyVersion", "Policy version"), Map.entry("asked", "Asked"), Map.entry("state", "State"),
            Map.entry("signed", "Signed"), Map.entry("jobTitle", "Job title"), Map.entry("department", "Department"),
            Map.entry("contactNumber", "Contact number"), Map.entry("manager", "Manager"),
            Map.entry("countersigned", "Countersigned"),
            Map.entry("requestedBy", "Requested by"), Map.entry("received", "Received"),
            Map.entry("identityCheckedBy", "Identity checked by"), Map.entry("answerDue", "To be answered by"),
            Map.entry("extensionReason", "Why the deadline was extended"), Map.entry("prepared", "Prepared"),
            Map.entry("preparedBy", "Prepared by"), Map.entry("name", "Name"), Map.entry("email", "E-mail address"),
            Map.entry("account", "Account"), Map.entry("theirPart", "Your part in it"), Map.entry("member", "Member"),
            Map.entry("organisation", "Parent organisation"), Map.entry("source", "Source"),
            Map.entry("raised", "Raised"), Map.entry("raisedBy", "Raised by"), Map.entry("step", "Step"),
            Map.entry("concern", "The concern"), Map.entry("whenItHappened", "When it happened"),
            Map.entry("contentAddress", "Address of the content"), Map.entry("triageDecision", "Triage decision"),
            Map.entry("triageNote", "Triage note"), Map.entry("outcome", "Outcome"), Map.entry("findings", "Findings"),
            Map.entry("closed", "Closed"), Map.entry("howItClosed", "How it closed"),
            Map.entry("closureSummary", "Closure summary"), Map.entry("dateOfBirth", "Date of birth"),
            Map.entry("findingOnTheAllegation", "Finding on the allegation"),
            Map.entry("approvalNote", "Senior manager's note on the referral"), Map.entry("keptUntil", "Kept until"), Map.entry("legalHold", "Legal hold"),
            Map.entry("allegations", "Allegations"), Map.entry("clause", "Clause"),
            Map.entry("clauseText", "Clause text"), Map.entry("category", "Category"),
            Map.entry("severity", "Severity"), Map.entry("possibleOffence", "Possible offence"),
            Map.entry("particulars", "Particulars"), Map.entry("recordedBy", "Recorded by"),
            Map.entry("evidence", "Evidence"), Map.entry("number", "Number"), Map.entry("captured", "Captured"),
            Map.entry("capturedBy", "Captured by"), Map.entry("method", "Method"), Map.entry("platform", "Platform"),
            Map.entry("address", "Address"), Map.entry("capturedText", "Captured text"), Map.entry("file", "File"),
            Map.entry("sha256", "SHA-256"), Map.entry("illegalImagery", "Illegal imagery"), Map.entry("shownToThem", "Shown to the member"),
            Map.entry("requests", "Requests to the member"), Map.entry("kind", "Kind"), Map.entry("sent", "Sent"),
            Map.entry("deadline", "Deadline"), Map.entry("answer", "Answer"), Map.entry("theirWords", "Their words"),
            Map.entry("answered", "Answered"), Map.entry("decision", "Decision"),
            Map.entry("notCompliedWith", "Not complied with"), Map.entry("referral", "Disciplinary referral"),
            Map.entry("to", "To"), Map.entry("acknowledged", "Acknowledged"),
            Map.entry("disciplinaryOutcome", "Disciplinary outcome"), Map.entry("appealed", "Appealed"),
            Map.entry("externalReferrals", "External referrals"), Map.entry("agency", "Agency"),
            Map.entry("theirReference", "Their reference"), Map.entry("referred", "Referred"),
            Map.entry("timeline", "Timeline"), Map.entry("when", "When"), Map.entry("who", "Who"),
            Map.entry("what", "What"), Map.entry("detail", "Detail"), Map.entry("readBy", "Who read this case"),
            Map.entry("case", "Case"), Map.entry("queued", "Queued"), Map.entry("subject", "Subject"),
            Map.entry("text", "Text"));

    private SubjectAccessDocument() {
    }

    @SuppressWarnings("unchecked")
    static byte[] render(Map<String, Object> disclosure, String reference, Instant preparedAt, int redacted,
            String pageLabel) {
        Map<String, Object> request = (Map<String, Object>) disclosure.get("request");
        return PdfSheets.write("Subject access request", reference, pageLabel, preparedAt, pdf -> {
            pdf.markingBlock();
            pdf.title("Subject access request " + reference);
            pdf.paragraph("Everything " + request.get("board") + " holds about the person named below, as it stood"
                    + " when this was prepared (UK GDPR Article 15). The same information is in the JSON file beside"
                    + " this one, for reading by machine.");
            if (redacted > 0) {
                pdf.paragraph("Other people's names and identifying details have been removed, as the law requires"
                        + " (UK GDPR Article 15(4)): each appears as “[redacted]”. " + redacted
                        + (redacted == 1 ? " passage was" : " passages were") + " redacted.");
            }
            facts(pdf, request);
            pdf.heading("The person");
            facts(pdf, (Map<String, Object>) disclosure.get("person"));

            List<Object> cases = (List<Object>) disclosure.get("cases");
            pdf.heading("Cases (" + cases.size() + ")");
            if (cases.isEmpty()) {
                pdf.paragraph("The board holds no case about this person.");
            }
            for (Object c : cases) {
                Map<String, Object> aCase = (Map<String, Object>) c;
                pdf.heading("Case " + aCase.get("reference"));
                facts(pdf, aCase);
                for (Map.Entry<String, Object> part : aCase.entrySet()) {
                    if (part.getValue() instanceof Map<?, ?> map) {
                        pdf.subheading(label(part.getKey()));
                        facts(pdf, (Map<String, Object>) map);
                    } else if (part.getValue() instanceof List<?> list) {
                        items(pdf, label(part.getKey()), (List<Object>) list);
                    }
                }
            }
            pdf.heading("E-mails sent to the person");
            items(pdf, null, (List<Object>) disclosure.get("emails"));
            pdf.heading("What the person read in Safeguard Cases");
            items(pdf, null, (List<Object>) disclosure.get("whatTheyRead"));
            pdf.heading("Policy declarations");
            items(pdf, null, (List<Object>) disclosure.getOrDefault("policyDeclarations", List.of()));
        });
    }

    /** Each item of a list in turn, numbered, its values as facts. */
    @SuppressWarnings("unchecked")
    private static void items(PdfSheets pdf, String heading, List<Object> items) {
        if (heading != null) {
            pdf.subheading(heading + " (" + items.size() + ")");
        }
        if (items.isEmpty()) {
            pdf.paragraph("None.");
            return;
        }
        int n = 0;
        for (Object item : items) {
            PdfSheets.Facts facts = pdf.facts().fact("No.", String.valueOf(++n));
            facts(facts, (Map<String, Object>) item);
        }
    }

    /** The plain values of a map as label–value rows (lists and maps are printed on their own). */
    private static void facts(PdfSheets pdf, Map<String, Object> values) {
        facts(pdf.facts(), values);
    }

    private static void facts(PdfSheets.Facts facts, Map<String, Object> values) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getValue() instanceof String s) {
                facts.fact(label(e.getKey()), readable(s));
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

    private static String label(String key) {
        String known = LABELS.get(key);
        return known != null ? known : key.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.UK);
    }
}
