package uk.safeguardcases.application.administration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * How a board tells its people what it does with their data (UK GDPR Articles 13 and 14), and its record of
 * processing (Article 30). Until its administrator writes its own, a board has the product's standard wording, which
 * names the board and its own retention period; a bilingual board's notice is in Welsh too.
 */
@Stateless
public class PrivacyNotices {

    static final int NOTICE_MAX = 20_000;
    static final int FIELD_MAX = 4_000;

    @Inject
    private BoardRepository boards;

    @Inject
    private TimelineService timeline;

    /** The notice for anyone signed in to the board, in their language. */
    public PrivacyNoticeView notice() {
        CallerContext.current();
        Board board = boards.current();
        Locale language = CallerContext.language();
        String name = Texts.wording(board.name(), board.nameCy());
        if (board.privacyNotice() == null) {
            return new PrivacyNoticeView(name, Texts.text("privacy.notice", name, board.triageClosureRetentionMonths(),
                    contact(board)), Texts.isWelsh(language) ? "cy" : "en", true);
        }
        return new PrivacyNoticeView(name, Texts.wording(board.privacyNotice(), board.privacyNoticeCy()),
                Texts.languageOf(board.privacyNoticeCy()), false);
    }

    /** The record of processing, for the board's administrators and senior managers. */
    public ProcessingRecord record() {
        CallerContext.require(Role.ADMIN, Role.SENIOR);
        Board board = boards.current();
        return new ProcessingRecord(Texts.wording(board.name(), board.nameCy()),
                or(board.processingCategories(), Texts.text("privacy.categories")),
                or(board.processingLawfulBasis(), Texts.text("privacy.lawfulBasis")),
                or(board.processingRecipients(), Texts.text("privacy.recipients")),
                Texts.text("privacy.retention", board.triageClosureRetentionMonths()), contact(board),
                board.privacyNotice(), board.privacyNoticeCy(), board.privacyContact(), board.processingCategories(),
                board.processingLawfulBasis(), board.processingRecipients());
    }

    /**
     * The administrator writes the board's own notice and record; a blank field goes back to the standard wording.
     * Audited with what changed.
     */
    public ProcessingRecord describe(String notice, String noticeCy, String contact, String categories,
            String lawfulBasis, String recipients) {
        CallerContext.require(Role.ADMIN);
        Board board = boards.current();
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanNotice = Checks.optionalText(problems, "notice", notice, NOTICE_MAX);
        String cleanNoticeCy = Checks.optionalText(problems, "noticeCy", noticeCy, NOTICE_MAX);
        String cleanContact = Checks.optionalText(problems, "contact", contact, 1000);
        String cleanCategories = Checks.optionalText(problems, "categories", categories, FIELD_MAX);
        String cleanBasis = Checks.optionalText(problems, "lawfulBasis", lawfulBasis, FIELD_MAX);
        String cleanRecipients = Checks.optionalText(problems, "recipients", recipients, FIELD_MAX);
        if (cleanNoticeCy != null && cleanNotice == null) {
            problems.put("notice", Texts.text("privacy.englishFirst"));
        }
        Checks.check(problems);
        StringBuilder changed = new StringBuilder();
        note(changed, "notice", board.privacyNotice(), cleanNotice);
        note(changed, "notice in Welsh", board.privacyNoticeCy(), cleanNoticeCy);
        note(changed, "contact", board.privacyContact(), cleanContact);
        note(changed, "categories", board.processingCategories(), cleanCategories);
        note(changed, "lawful basis", board.processingLawfulBasis(), cleanBasis);
        note(changed, "recipients", board.processingRecipients(), cleanRecipients);
        if (!changed.isEmpty()) {
            board.describePrivacy(cleanNotice, cleanNoticeCy, cleanContact, cleanCategories, cleanBasis,
                    cleanRecipients);
            timeline.record(null, AuditAction.PRIVACY_NOTICE_CHANGED, changed.toString());
        }
        return record();
    }

    private static String contact(Board board) {
        return board.privacyContact() == null ? Texts.text("privacy.contact.none") : board.privacyContact();
    }

    private static String or(String own, String standard) {
        return own == null ? standard : own;
    }

    private static void note(StringBuilder changed, String what, String before, String after) {
        if (!java.util.Objects.equals(before, after)) {
            changed.append(changed.isEmpty() ? "" : "; ").append(what).append(after == null ? ": standard wording"
                    : before == null ? ": the board's own (" + after.length() + " characters)"
                    : ": changed (" + after.length() + " characters)");
        }
    }
}
