package uk.safeguardcases.application.publicconcern;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.safeguardcases.domain.evidence.EvidenceUrl;
import uk.safeguardcases.application.investigation.UploadRefusals;
import uk.safeguardcases.domain.evidence.UploadedFileCheck;

/**
 * What the public pages accept as typed: each check puts its plain message, in the caller's words, under the field
 * it is about, so that the page shows every problem at once and keeps what was typed.
 */
final class ReportInput {

    static final int ADDRESSES_MOST = 5;
    static final int FILES_MOST = 5;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()\\-]{6,40}");

    private ReportInput() {
    }

    /** The text stripped, or null when none was typed (a problem when it was {@code required}). */
    static String text(Map<String, String> problems, String field, String typed, int max, boolean required) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            if (required) {
                problems.put(field, ReportWords.text("report." + field + ".missing"));
            }
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            problems.put(field, ReportWords.text("report.tooLong", max));
        } else if (text.indexOf('\u0000') >= 0) {
            problems.put(field, ReportWords.text("report.unstorable"));
        }
        return text;
    }

    static void email(Map<String, String> problems, String field, String email) {
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.put(field, ReportWords.text("report.email.invalid"));
        }
    }

    static void phone(Map<String, String> problems, String field, String phone) {
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.put(field, ReportWords.text("report.phone.invalid"));
        }
    }

    /** Web addresses, one a line: at most {@link #ADDRESSES_MOST}, each one evidence may hold. */
    static List<String> addresses(Map<String, String> problems, String typed) {
        List<String> found = new ArrayList<>();
        if (typed == null) {
            return found;
        }
        for (String line : typed.split("\\R")) {
            String url = line.strip();
            if (url.isEmpty()) {
                continue;
            }
            Optional<EvidenceUrl.Problem> problem = EvidenceUrl.problem(url);
            if (problem.isPresent()) {
                problems.putIfAbsent("addresses", ReportWords.text("report.addresses.invalid", EvidenceUrl.MAX_LENGTH));
            }
            found.add(url);
        }
        if (found.size() > ADDRESSES_MOST) {
            problems.putIfAbsent("addresses", ReportWords.text("report.addresses.tooMany", ADDRESSES_MOST));
        }
        return found;
    }

    /** The files sent (empty ones left out): at most {@link #FILES_MOST}, each of a type it really is, none too big. */
    static List<ConcernFromAnyone.ReportFile> files(Map<String, String> problems, String field,
            List<ConcernFromAnyone.ReportFile> given) {
        List<ConcernFromAnyone.ReportFile> files = given == null ? List.of() : given.stream()
                .filter(f -> f != null && f.content() != null && f.content().length > 0).toList();
        if (files.size() > FILES_MOST) {
            problems.put(field, ReportWords.text("report.files.tooMany", FILES_MOST));
        }
        for (ConcernFromAnyone.ReportFile file : files) {
            UploadedFileCheck.Verdict verdict = UploadedFileCheck.check(file.contentType(), file.content());
            verdict.refused().ifPresent(refusal -> problems.putIfAbsent(field, switch (refusal) {
                case TOO_LARGE -> ReportWords.text("report.files.tooBig");
                case NO_TYPE, TYPE_NOT_ACCEPTED -> ReportWords.text("report.files.type");
                default -> UploadRefusals.text(verdict, file.contentType());
            }));
        }
        return files;
    }
}
