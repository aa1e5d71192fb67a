package uk.safeguardcases.application.administration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.people.PersonRepository;
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
    /** A UK number as people write it: 01443 744800, +44 1443 744800, 0303 123 1113. */
    private static final Pattern UK_PHONE = Pattern.compile("^(\\+44\\s?|0)\\d[\\d ]{8,12}\\d$");

    @Inject
    private BoardRepository boards;

    @Inject
    private TimelineService timeline;

    @Inject
    private PersonRepository people;

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

    /** Who the board's people contact directly about their data, for anyone signed in to the board. */
    public DataProtectionOfficer dataProtectionOfficer() {
        CallerContext.current();
        Board board = boards.current();
        return new DataProtectionOfficer(board.dpoName(), board.dpoEmail(), board.dpoPhone());
    }

    /**
     * The administrator names the board's data protection officer: a name and an e-mail address (a UK phone number if
     * they wish). The address may not be a compliance officer's of the board, since a member complaining about the
     * officer handling their case must be able to go past them. Audited, without the details.
     */
    public DataProtectionOfficer nameDataProtectionOfficer(String name, String email, String phone) {
        CallerContext.require(Role.ADMIN);
        Board board = boards.current();
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanName = Checks.text(problems, "dpoName", name, 200, Texts.text("privacy.dpo.nameMissing"));
        String cleanEmail = Checks.email(problems, "dpoEmail", email, Texts.text("privacy.dpo.emailMissing"));
        String cleanPhone = Checks.optionalText(problems, "dpoPhone", phone, 40);
        if (cleanPhone != null && !UK_PHONE.matcher(cleanPhone).matches()) {
            problems.put("dpoPhone", Texts.text("privacy.dpo.phoneInvalid"));
        }
        if (!problems.containsKey("dpoEmail") && people.emailsOf(List.of(Role.OFFICER)).stream()
                .anyMatch(cleanEmail::equalsIgnoreCase)) {
            problems.put("dpoEmail", Texts.text("privacy.dpo.notTheOfficer"));
        }
        Checks.check(problems);
        if (!java.util.Objects.equals(cleanName, board.dpoName()) || !cleanEmail.equalsIgnoreCase(
                String.valueOf(board.dpoEmail())) || !java.util.Objects.equals(cleanPhone, board.dpoPhone())) {
            board.nameDataProtectionOfficer(cleanName, cleanEmail, cleanPhone);
            timeline.record(null, AuditAction.PRIVACY_NOTICE_CHANGED, "The data protection officer's contact"
                    + " details, shown on the privacy notice, were changed.");
        }
        return dataProtectionOfficer();
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
        if (board.privacyContact() != null) {
            return board.privacyContact();
        }
        return board.dpoEmail() == null ? Texts.text("privacy.contact.none")
                : Texts.text("privacy.contact.dpo", board.dpoName(), board.dpoEmail());
    }

    private static String or(String own, String standard) {
        return own == null ? standard : own;
    }

    private static String characters(String text) {
        return PlainFormat.count(text.length(), "character", "characters");
    }

    private static void note(StringBuilder changed, String what, String before, String after) {
        if (!java.util.Objects.equals(before, after)) {
            changed.append(changed.isEmpty() ? "" : "; ").append(what).append(after == null ? ": standard wording"
                    : before == null ? ": the board's own (" + characters(after) + ")"
                    : ": changed (" + characters(after) + ")");
        }
    }
}
