package uk.safeguardcases.application.notification;

import uk.safeguardcases.domain.requests.MemberRequestRepository;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.referral.ReferralRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.cases.CaseLookup;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.Role;
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
    private PersonRepository people;

    @Inject
    private BoardRepository boards;

    @Inject
    private ReferralRepository referrals;

    /** Where members see their cases and requests. */
    private static final String MEMBER_CASES = "/portal/history.xhtml";

    @PersistenceContext
    private EntityManager em;

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
        String ask = notice == Notice.REMOVAL_REQUESTED
                ? "asks you to remove content you posted online, under its social media policy."
                : "asks for your co-operation with its investigation: a statement or an interview.";
        toMember(c, notice, (notice == Notice.REMOVAL_REQUESTED ? "Request to remove content" : "Request to co-operate"),
                board(c).name() + " " + ask + "\n\nPlease answer by " + WorkingCalendar.describe(request.deadline())
                        + ".", portalLink(request));
    }

    public void removalReminder(long caseId, MemberRequest request) {
        SafeguardingCase c = cases.byId(caseId);
        toMember(c, Notice.REMOVAL_REMINDER, "Reminder: request to remove content",
                "This is a reminder that " + board(c).name() + " asked you to remove content you posted online."
                        + "\n\nPlease answer by " + WorkingCalendar.describe(request.deadline()) + ".",
                portalLink(request));
    }

    /** The officer's decision on the member's answer to the removal request. */
    public void removalDecision(long caseId, MemberRequest request, Notice decision) {
        SafeguardingCase c = cases.byId(caseId);
        String text = switch (decision) {
            case MORE_TIME_GIVEN -> "You asked for more time to remove the content. More time is given: the new"
                    + " deadline is " + WorkingCalendar.describe(request.deadline()) + ".";
            case MORE_TIME_REFUSED -> "You asked for more time to remove the content. More time is refused: the"
                    + " deadline stays " + WorkingCalendar.describe(request.deadline()) + ".";
            case CONTEST_UPHELD -> "You contested the request to remove content. Your reasons are accepted:"
                    + " you do not need to remove it.";
            case CONTEST_REJECTED -> "You contested the request to remove content. Your reasons are not accepted.";
            default -> throw new IllegalArgumentException("Not a decision on a removal request: " + decision);
        };
        String subject = switch (decision) {
            case MORE_TIME_GIVEN -> "More time given";
            case MORE_TIME_REFUSED -> "More time refused";
            case CONTEST_UPHELD -> "Your reasons are accepted";
            default -> "Your reasons are not accepted";
        };
        toMember(c, decision, subject, text + " The reasons for the decision are in the portal.",
                portalLink(request));
    }

    /**
     * The board's decision at the end of the investigation, when it is a referral (CHSCB 6.2), told to the member
     * when the referral is sent: the decision only, never the findings.
     */
    public void referralDecided(long caseId) {
        SafeguardingCase c = cases.byId(caseId);
        if (c.outcome() == null || !c.outcome().isReferral()) {
            return;
        }
        toMember(c, Notice.OUTCOME_DECIDED, "Decision on your case", board(c).name() + " has finished its"
                        + " investigation. Its decision is a " + c.outcome().label().toLowerCase(Locale.ROOT)
                        + " to your employer, " + c.organisation().name() + ", which decides what happens next.",
                link(MEMBER_CASES));
    }

    /**
     * The case is closed: the member hears the board's decision when the investigation ended in no breach or
     * advice and guidance (the case closes as soon as that is decided), and that it is closed otherwise. Only a
     * member who knew of the case hears anything: one who was sent a request, was referred, or reported it
     * themselves; a concern closed at triage is never announced to a member it was not raised with (it may be with
     * the police).
     */
    public void caseClosed(long caseId) {
        SafeguardingCase c = cases.byId(caseId);
        if (c.closureReason() == null || !memberKnowsOfCase(c)) {
            return;
        }
        String board = board(c).name();
        switch (c.closureReason()) {
            case NO_BREACH -> toMember(c, Notice.OUTCOME_DECIDED, "Decision on your case", board + " has finished its"
                    + " investigation and found no breach of its social media policy. The case is now closed.",
                    link(MEMBER_CASES));
            case ADVICE_AND_GUIDANCE -> toMember(c, Notice.OUTCOME_DECIDED, "Decision on your case", board
                    + " has finished its investigation. Its decision is advice and guidance on your use of social"
                    + " media under its policy. The case is now closed.", link(MEMBER_CASES));
            case REFERRAL_OUTCOME_RECORDED -> toMember(c, Notice.CASE_CLOSED, "Your case is closed", "Your employer"
                    + " has recorded the outcome of the referral, and " + board + " has closed the case. Your employer"
                    + " tells you about its outcome.", link(MEMBER_CASES));
            case NO_FURTHER_ACTION -> toMember(c, Notice.CASE_CLOSED, "Your case is closed", board + " has looked at"
                    + " the concern and will take no further action. The case is closed.", link(MEMBER_CASES));
            case ADVICE_ONLY -> toMember(c, Notice.CASE_CLOSED, "Your case is closed", board + " has looked at the"
                    + " concern and will give you advice only; it takes no further action. The case is closed.",
                    link(MEMBER_CASES));
            case AUTHORISATION_REFUSED -> toMember(c, Notice.CASE_CLOSED, "Your case is closed", board
                    + " will not investigate the concern. The case is closed.", link(MEMBER_CASES));
        }
    }

    private boolean memberKnowsOfCase(SafeguardingCase c) {
        return c.source() == CaseSource.SELF_REPORT
                || !requestRecords.ofCase(c.id()).isEmpty()
                || referrals.ofCase(c.id()).isPresent();
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
     * A check found the board's audit chain broken: an entry was changed, removed or inserted outside the product.
     * The senior managers and administrators are told where, so the record can be examined before anything else
     * changes it; the e-mail names no case and no person.
     */
    public void auditChainBroken(Long firstBrokenSequence, String problem, Instant checkedAt) {
        String text = "The audit timeline of " + boards.current().name()
                + " did not pass its check on " + WorkingCalendar.describe(checkedAt) + ": entry " + firstBrokenSequence
                + " " + problem + ".\n\nThe record may have been changed outside Safeguard Cases. Keep the database as"
                + " it is, tell whoever looks after the server, and see the check on the board's administration page: "
                + link("/admin/board.xhtml") + "\n\nThis e-mail holds no personal details. Please do not reply to it.";
        for (String to : people.emailsOf(List.of(Role.SENIOR, Role.ADMIN))) {
            outbox.queue(null, Notice.AUDIT_CHAIN_BROKEN, to, "Audit timeline check failed", "Hello,\n\n" + text);
        }
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
        toHr(c, Notice.REFERRAL_SENT, "Disciplinary referral",
                board(c).name() + " has made a disciplinary referral to " + c.organisation().name()
                        + " about " + c.subjectName() + ".\n\nPlease acknowledge it by "
                        + WorkingCalendar.describe(acknowledgementDue) + ". The referral pack is in Safeguard Cases.");
    }

    public void hrReminder(long caseId, Instant acknowledgementDue) {
        SafeguardingCase c = cases.byId(caseId);
        toHr(c, Notice.HR_ACKNOWLEDGEMENT_REMINDER, "Reminder: acknowledge the referral",
                "This is a reminder to acknowledge the disciplinary referral from " + board(c).name() + " about "
                        + c.subjectName() + " by " + WorkingCalendar.describe(acknowledgementDue) + ".");
    }

    /** An escalation to the board's senior managers. */
    public void escalate(long caseId, Notice escalation) {
        SafeguardingCase c = cases.byId(caseId);
        String[] text = switch (escalation) {
            case LADO_TIMESCALE_MISSED -> new String[] {"LADO timescale missed",
                    "The LADO referral was not made within one working day."};
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

    private void toMember(SafeguardingCase c, Notice notice, String subject, String text, String link) {
        if (c.subjectPersonId() == null) {
            return; // no account, so no address and no portal: the officer writes to the member another way
        }
        Person member = people.byId(c.subjectPersonId()).orElse(null);
        if (member == null || !member.active()) {
            return;
        }
        queue(c, notice, member.email(), subject, "Dear " + member.displayName() + ",", text, link);
    }

    private void toHr(SafeguardingCase c, Notice notice, String subject, String text) {
        Map<String, String> recipients = new LinkedHashMap<>();
        Stream.concat(Stream.ofNullable(c.organisation().hrEmail()),
                        people.hrEmailsOf(c.organisation().id()).stream())
                .filter(address -> address != null && !address.isBlank())
                .forEach(address -> recipients.putIfAbsent(address.strip().toLowerCase(Locale.ROOT), address.strip()));
        for (String to : recipients.values()) {
            queue(c, notice, to, subject, "Hello,", text, link("/hr/referral.xhtml?ref=" + c.reference()));
        }
    }

    private void queue(SafeguardingCase c, Notice notice, String to, String subject, String greeting, String text,
            String link) {
        if (to == null || to.isBlank()) {
            return;
        }
        String body = greeting + "\n\n" + text + "\n\nCase reference: " + c.reference() + "\nOpen it in Safeguard Cases"
                + " (sign in first): " + link + "\n\nThis e-mail holds no details of the case. Please do not reply to it."
                + "\n\n" + board(c).name();
        outbox.queue(c.id(), notice, to.strip(), c.reference() + ": " + subject, body);
    }

    private static String portalLink(MemberRequest request) {
        return link("/portal/request.xhtml?id=" + request.id());
    }

    /** The product's address as the recipient reaches it: {@code -Dsafeguard.base.url}, the demo's by default. */
    static String link(String path) {
        String base = System.getProperty("safeguard.base.url", "http://localhost:8080").strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    private Board board(SafeguardingCase c) {
        return em.find(Board.class, c.tenantId());
    }
}
