package uk.safeguardcases.application.notification;

import uk.safeguardcases.domain.requests.MemberRequestRepository;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.referral.ReferralRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import uk.safeguardcases.application.PublicAddress;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.outcomes.KnownTriageOutcomes;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.application.process.StuckStep;
import uk.safeguardcases.domain.requests.MemberRequest;

/**
 * The e-mails the investigation sends: to the member about requests to them and the board's decision, to the HR
 * partner about a referral, to the senior managers about escalations, and to the seniors and administrators
 * about an e-mail that could not be delivered. Each is queued in the caller's transaction (see {@link Outbox})
 * and goes out after it commits. A message carries the case reference, the member's own name and a link into the
 * product, never evidence, findings or anyone else's details: the recipient signs in to read the rest.
 */
@Stateless
public class Notifications {

    @Inject
    private MemberRequestRepository requestRecords;

    @Inject
    private KnownTriageOutcomes outcomes;

    @Inject
    private PersonRepository people;

    @Inject
    private BoardRepository boards;

    @Inject
    private ReferralRepository referrals;

    /** Where members see their cases and requests. */
    private static final String MEMBER_CASES = "/portal/history.xhtml";

    @Inject
    private CaseLookup cases;

    @Inject
    private Outbox outbox;

    /** CHSCB 5.3 / 6.3: a request was sent to the member, answer by {@code deadline}. */
    public void requestSent(long caseId, MemberRequest request) {
        SafeguardingCase c = cases.byId(caseId);
        Notice notice = switch (request.kind()) {
            case REMOVAL -> Notice.REMOVAL_REQUESTED;
            case COOPERATION -> Notice.COOPERATION_REQUESTED;
        };
        toMember(c, notice, language -> new Words(Texts.in(language, "mail." + notice + ".subject"),
                Texts.in(language, "mail." + notice + ".body", boardName(c, language)) + "\n\n"
                        + Texts.in(language, "mail.answerBy", Texts.when(language, request.deadline()))),
                portalLink(request));
    }

    public void removalReminder(long caseId, MemberRequest request) {
        SafeguardingCase c = cases.byId(caseId);
        Notice notice = Notice.REMOVAL_REMINDER;
        toMember(c, notice, language -> new Words(Texts.in(language, "mail." + notice + ".subject"),
                Texts.in(language, "mail." + notice + ".body", boardName(c, language)) + "\n\n"
                        + Texts.in(language, "mail.answerBy", Texts.when(language, request.deadline()))),
                portalLink(request));
    }

    /** The officer's decision on the member's answer to the removal request. */
    public void removalDecision(long caseId, MemberRequest request, Notice decision) {
        if (decision != Notice.MORE_TIME_GIVEN && decision != Notice.MORE_TIME_REFUSED
                && decision != Notice.CONTEST_UPHELD && decision != Notice.CONTEST_REJECTED) {
            throw new IllegalArgumentException("Not a decision on a removal request: " + decision);
        }
        SafeguardingCase c = cases.byId(caseId);
        toMember(c, decision, language -> new Words(Texts.in(language, "mail." + decision + ".subject"),
                Texts.in(language, "mail." + decision + ".body", Texts.when(language, request.deadline())) + " "
                        + Texts.in(language, "mail.decisionReasons")), portalLink(request));
    }

    /**
     * The board's decision at the end of the investigation, when it is a referral (CHSCB 6.2), told to the member
     * when the referral is sent: the decision only, never the findings.
     */
    public void referralDecided(long caseId) {
        SafeguardingCase c = cases.byId(caseId);
        if (c.decision().outcome() == null || !c.decision().outcome().isReferral()) {
            return;
        }
        toMember(c, Notice.OUTCOME_DECIDED, language -> new Words(Texts.in(language, "mail.decided.subject"),
                Texts.in(language, "mail." + c.decision().outcome() + ".body", boardName(c, language),
                        named(language, c.organisation().name(), c.organisation().nameCy()))),
                link(MEMBER_CASES));
    }

    /**
     * The case is closed: the member hears the board's decision when the investigation ended in no breach or
     * advice and guidance (the case closes as soon as that is decided), and that it is closed otherwise. Only a
     * member who knew of the case hears anything: one who was sent a request, was referred, or reported it
     * themselves; a concern closed at triage is never announced to a member it was not raised with (it may be with
     * the police). A process's reason for closing at triage is told in its own words, if it tells the member at all
     * ({@code TriageOutcome.memberTold}).
     */
    public void caseClosed(long caseId) {
        SafeguardingCase c = cases.byId(caseId);
        ClosureReason reason = c.closure().reason();
        if (reason == null || !memberKnowsOfCase(c) || !outcomes.memberTold(reason)) {
            return;
        }
        boolean decided = reason.equals(ClosureReason.NO_BREACH) || reason.equals(ClosureReason.ADVICE_AND_GUIDANCE);
        String body = "mail." + reason.name() + ".body";
        toMember(c, decided ? Notice.OUTCOME_DECIDED : Notice.CASE_CLOSED, language -> new Words(
                decided ? Texts.in(language, "mail.decided.subject") : Texts.in(language, "mail.closed.subject"),
                reason.isCore() ? Texts.in(language, body, boardName(c, language))
                        : outcomes.text(language, body, boardName(c, language)).orElseThrow(() ->
                                new IllegalStateException("No words for " + body + " in any triage outcome's bundle"))),
                link(MEMBER_CASES));
    }

    /**
     * A senior manager reopened the closed case within the cooling-off period (issue 38): a member who knew of it is
     * told it is open again, with nothing of the case but its reference. Call before the case is reopened.
     */
    public void caseReopened(long caseId) {
        SafeguardingCase c = cases.byId(caseId);
        if (!memberKnowsOfCase(c)) {
            return;
        }
        Notice notice = Notice.CASE_REOPENED;
        toMember(c, notice, language -> new Words(Texts.in(language, "mail." + notice + ".subject"),
                Texts.in(language, "mail." + notice + ".body", boardName(c, language))), link(MEMBER_CASES));
    }

    /**
     * The member made the case themselves, or was asked something in it or referred: requests and a referral come only
     * after a senior authorised the investigation (breach-investigation.bpmn), so a case closed before that is looked
     * up no further (most cases close at triage).
     */
    private boolean memberKnowsOfCase(SafeguardingCase c) {
        return c.source() == CaseSource.SELF_REPORT
                || c.triage().authorisedBy() != null && (!requestRecords.ofCase(c.id()).isEmpty()
                        || referrals.ofCase(c.id()).isPresent());
    }

    /**
     * An e-mail about a case could not be delivered ({@link Outbox#failed}): the board's senior managers and
     * administrators are told, in the same transaction, what it was and to whom (by role, not the address).
     */
    public void undeliverable(@Observes MessageUndeliverable event) {
        SafeguardingCase c = event.caseId() == null ? null : cases.byId(event.caseId());
        String what = "An e-mail to " + event.kind().audience().inWords() + " could not be delivered "
                + (event.refused() ? "because the mail server refused the address" : "after " + event.attempts()
                + " attempts") + ", and will not be tried again. Contact them another way; the case's timeline"
                + " records it.";
        List<String> staff = people.emailsOf(List.of(Role.SENIOR, Role.ADMIN));
        for (String to : staff) {
            if (c == null) {
                outbox.queue(null, Notice.MAIL_UNDELIVERABLE, to, "E-mail not delivered", "Hello,\n\n" + what
                        + "\n\nThis e-mail holds no personal details. Please do not reply to it.");
            } else {
                queue(c, Notice.MAIL_UNDELIVERABLE, to, "E-mail not delivered", "Hello,", what,
                        link("/officer/case.xhtml?ref=" + c.reference()));
            }
        }
    }

    /**
     * A step of one of the board's processes failed every try for a day and now waits for someone to try it again: the
     * senior managers and administrators are told once, with what stopped and where to put it right. The e-mail names
     * the step and the reference, never a person, and not the error (the page shows it to the board's staff).
     */
    public void stepStuck(StuckStep step) {
        String about = step.subjectReference() == null ? "" : " (" + step.subjectReference() + ")";
        String text = "A step of " + boards.current().name() + "'s work stopped: \"" + step.stepName() + "\" in \""
                + step.processName() + "\"" + about + " failed every try for a day and stopped on " + WorkingCalendar.describe(step.since())
                + ", and will not be tried again by itself. Until someone tries it again, a deadline may pass"
                + " unnoticed.\n\nSee what stopped, and try it again, on the Stuck work page: "
                + link("/senior/stuck-work.xhtml") + "\n\nThis e-mail holds no personal details. Please do not reply to it.";
        for (String to : people.emailsOf(List.of(Role.SENIOR, Role.ADMIN))) {
            outbox.queue(null, Notice.STEP_STUCK, to, "A step stopped: " + step.stepName(), "Hello,\n\n" + text);
        }
    }

    /**
     * A check found the board's audit chain broken: an entry was changed, removed or inserted outside the product.
     * The senior managers and administrators are told where, so the record can be examined before anything else
     * changes it; the e-mail names no case and no person.
     */
    public void auditChainBroken(Long firstBrokenSequence, String problem, Instant checkedAt) {
        String text = "The audit timeline of " + boards.current().name()
                + " did not pass its check on " + WorkingCalendar.describe(checkedAt) + ": entry " + firstBrokenSequence
                + ": " + problem + ".\n\nThe record may have been changed outside Safeguard Cases. Keep the database as"
                + " it is, tell whoever looks after the server, and see the check on the board's administration page: "
                + link("/admin/board.xhtml") + "\n\nThis e-mail holds no personal details. Please do not reply to it.";
        for (String to : people.emailsOf(List.of(Role.SENIOR, Role.ADMIN))) {
            outbox.queue(null, Notice.AUDIT_CHAIN_BROKEN, to, "Audit timeline check failed", "Hello,\n\n" + text);
        }
    }

    /**
     * Cwm Taf ("employees should notify their manager"): the member's manager is told that they made a self-report,
     * with its reference only; what the member wrote stays with the board.
     */
    public void selfReportToManager(Person manager, Person member, SafeguardingCase c) {
        if (manager == null || manager.email() == null || manager.email().isBlank()) {
            return;
        }
        Notice notice = Notice.SELF_REPORT_TO_MANAGER;
        Board board = boards.current();
        BoardLetter letter = BoardLetter.of(board, language -> Texts.in(language, "mail." + notice + ".subject"),
                language -> Texts.in(language, "mail.greeting.member", manager.displayName()) + "\n\n"
                        + Texts.in(language, "mail." + notice + ".body", member.displayName(), boardName(language),
                                c.reference())
                        + "\n\n" + Texts.in(language, "mail.footerNoLink") + "\n\n"
                        + named(language, board.name(), board.nameCy()), true);
        outbox.queue(c.id(), notice, manager.email().strip(), letter.subject(), letter.body());
    }

    private String boardName(Locale language) {
        Board board = boards.current();
        return named(language, board.name(), board.nameCy());
    }

    /**
     * A link to choose a password, to the account's own address only: the person asked, their administrator required
     * a new one, or they have just been added. The link opens once, for 30 minutes; the e-mail holds nothing else.
     */
    public void passwordReset(Person person, String token, boolean byAdministrator) {
        String why = byAdministrator ? "Your board administrator asks you to choose a new password for your Safeguard"
                + " Cases account " + person.username() + "."
                : "Someone, probably you, asked to reset the password of your Safeguard Cases account "
                + person.username() + ". If it was not you, ignore this e-mail: your password has not changed.";
        outbox.queue(null, Notice.PASSWORD_RESET, person.email(), "Choose your password", "Dear "
                + person.displayName() + ",\n\n" + why + "\n\nChoose it here within 30 minutes (the link works once): "
                + link("/reset-password.xhtml?token=" + token) + "\n\nPlease do not reply to this e-mail.\n\n"
                + boards.current().name());
    }

    /** CHSCB 6.2: a disciplinary referral to the HR partner of the member's parent organisation. */
    public void referralSent(long caseId, Instant acknowledgementDue) {
        SafeguardingCase c = cases.byId(caseId);
        Notice notice = Notice.REFERRAL_SENT;
        toHr(c, notice, language -> new Words(Texts.in(language, "mail." + notice + ".subject"),
                Texts.in(language, "mail." + notice + ".body", boardName(c, language),
                        named(language, c.organisation().name(), c.organisation().nameCy()), c.subjectName(),
                        Texts.when(language, acknowledgementDue))));
    }

    public void hrReminder(long caseId, Instant acknowledgementDue) {
        SafeguardingCase c = cases.byId(caseId);
        Notice notice = Notice.HR_ACKNOWLEDGEMENT_REMINDER;
        toHr(c, notice, language -> new Words(Texts.in(language, "mail." + notice + ".subject"),
                Texts.in(language, "mail." + notice + ".body", boardName(c, language), c.subjectName(),
                        Texts.when(language, acknowledgementDue))));
    }

    /** An escalation to the board's senior managers. */
    public void escalate(long caseId, Notice escalation) {
        SafeguardingCase c = cases.byId(caseId);
        String[] text = switch (escalation) {
            case LADO_TIMESCALE_MISSED -> new String[] {"LADO timescale missed",
                    "The LADO referral was not made within one working day."};
            case ADULT_REPORT_TIMESCALE_MISSED -> new String[] {"Adult safeguarding report timescale missed",
                    "An adult at risk who may be harmed was not reported to the local authority's adult safeguarding"
                            + " team within the board's timescale."};
            case HR_ACKNOWLEDGEMENT_OVERDUE -> new String[] {"HR acknowledgement overdue",
                    "The parent organisation has not acknowledged the disciplinary referral in time."};
            case NON_COMPLIANCE -> new String[] {"Non-compliance recorded",
                    "The content was not removed by the deadline; non-compliance is recorded."};
            case NON_COOPERATION -> new String[] {"Non-co-operation recorded",
                    "No statement or interview by the deadline; non-co-operation is recorded."};
            default -> throw new IllegalArgumentException("Not an escalation: " + escalation);
        };
        List<String> seniors = people.emailsOf(List.of(Role.SENIOR));
        String body = "Escalated to the senior managers of " + board(c).name() + ".\n\n" + text[1];
        for (String to : seniors) {
            queue(c, escalation, to, "Escalation: " + text[0], "Hello,", body,
                    link("/officer/case.xhtml?ref=" + c.reference()));
        }
    }

    /** What an e-mail says in one language: its subject, and its text between the greeting and the footer. */
    private record Words(String subject, String text) {
    }

    private void toMember(SafeguardingCase c, Notice notice, Function<Locale, Words> words, String link) {
        if (c.subjectPersonId() == null) {
            return; // no account, so no address and no portal: the officer writes to the member another way
        }
        Person member = people.byId(c.subjectPersonId()).orElse(null);
        if (member == null || !member.active()) {
            return;
        }
        inTheBoardsLanguages(c, notice, member.email(),
                language -> Texts.in(language, "mail.greeting.member", member.displayName()), words, link);
    }

    private void toHr(SafeguardingCase c, Notice notice, Function<Locale, Words> words) {
        Map<String, String> recipients = new LinkedHashMap<>();
        Stream.concat(Stream.ofNullable(c.organisation().hrEmail()),
                        people.hrEmailsOf(c.organisation().id()).stream())
                .filter(address -> address != null && !address.isBlank())
                .forEach(address -> recipients.putIfAbsent(address.strip().toLowerCase(Locale.ROOT), address.strip()));
        for (String to : recipients.values()) {
            inTheBoardsLanguages(c, notice, to, language -> Texts.in(language, "mail.greeting.hr"), words,
                    link("/hr/referral.xhtml?ref=" + c.reference()));
        }
    }

    /**
     * An e-mail to a member or an HR partner in the board's languages: English, or, for a bilingual board (Cwm Taf),
     * Welsh first and then English in the same message, with both subjects, since nobody's choice of language is
     * known to the board (the Welsh Language Standards: Welsh not treated less favourably than English).
     */
    private void inTheBoardsLanguages(SafeguardingCase c, Notice notice, String to, Function<Locale, String> greeting,
            Function<Locale, Words> words, String link) {
        if (to == null || to.isBlank()) {
            return;
        }
        BoardLetter letter = BoardLetter.of(board(c), language -> words.apply(language).subject(),
                language -> greeting.apply(language) + "\n\n" + words.apply(language).text() + "\n\n"
                        + Texts.in(language, "mail.footer", c.reference(), link) + "\n\n" + boardName(c, language),
                true);
        outbox.queue(c.id(), notice, to.strip(), c.reference() + ": " + letter.subject(), letter.body());
    }

    /** An e-mail to the board's own staff (senior managers, administrators): in English. */
    private void queue(SafeguardingCase c, Notice notice, String to, String subject, String greeting, String text,
            String link) {
        if (to == null || to.isBlank()) {
            return;
        }
        String body = greeting + "\n\n" + text + "\n\n" + Texts.in(Texts.ENGLISH, "mail.footer", c.reference(), link)
                + "\n\n" + board(c).name();
        outbox.queue(c.id(), notice, to.strip(), c.reference() + ": " + subject, body);
    }

    private static String named(Locale language, String english, String welsh) {
        return BoardLetter.named(language, english, welsh);
    }

    private String boardName(SafeguardingCase c, Locale language) {
        Board board = board(c);
        return named(language, board.name(), board.nameCy());
    }

    private static String portalLink(MemberRequest request) {
        return link("/portal/request.xhtml?id=" + request.id());
    }

    /** The page at {@code path} on the product's one public address (never a request's Host). */
    static String link(String path) {
        return PublicAddress.of(path);
    }

    private Board board(SafeguardingCase c) {
        return boards.byId(c.tenantId()).orElseThrow();
    }
}
