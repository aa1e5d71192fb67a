package uk.safeguardcases.application.investigation;

import java.util.Locale;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.evidence.FileType;
import uk.safeguardcases.domain.evidence.UploadedFileCheck;

/**
 * A refused upload in the uploader's words (English or Welsh, the caller's language), the same for an officer, a member
 * and a member of the public: the one rule is {@link UploadedFileCheck}; this only words its verdict.
 */
public final class UploadRefusals {

    private UploadRefusals() {
    }

    /** The form's field a refusal belongs to: the declared type's ({@code contentType}) or the file's. */
    public static String field(UploadedFileCheck.Refusal refusal) {
        return refusal == UploadedFileCheck.Refusal.NO_TYPE || refusal == UploadedFileCheck.Refusal.TYPE_NOT_ACCEPTED
                ? "contentType" : "file";
    }

    /** Why the file was refused, in the caller's language. */
    public static String text(UploadedFileCheck.Verdict verdict, String declaredType) {
        return in(CallerContext.language(), verdict, declaredType);
    }

    /** Why the file was refused, in the given language (English unless Welsh). */
    public static String in(Locale language, UploadedFileCheck.Verdict verdict, String declaredType) {
        UploadedFileCheck.Refusal refusal = verdict.refused().orElseThrow();
        String detected = verdict.detected().isEmpty() ? "?" : verdict.detected();
        String type = FileType.normalise(declaredType);
        Object[] arguments = switch (refusal) {
            case NO_TYPE -> new Object[] {Texts.in(language, "fileType.allowed")};
            case TYPE_NOT_ACCEPTED -> new Object[] {Texts.in(language, "fileType.allowed"),
                type.length() <= 100 ? type : type.substring(0, 100) + "…"};
            case NOT_ITS_TYPE -> new Object[] {Texts.in(language, "fileType." + verdict.type().name()), detected};
            case ARCHIVE, MARKUP -> new Object[] {detected};
            case TOO_MANY_PIXELS -> new Object[] {UploadedFileCheck.MAX_PIXELS / 1_000_000};
            case PDF_TOO_LARGE_TO_OPEN -> new Object[] {UploadedFileCheck.MAX_PDF_PAGES,
                UploadedFileCheck.PDF_TIME_LIMIT_SECONDS};
            default -> new Object[0];
        };
        return Texts.in(language, "upload.refused." + refusal.name(), arguments);
    }
}
