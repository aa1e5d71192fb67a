package uk.safeguardcases.application.notification;

import java.time.Clock;
import uk.safeguardcases.domain.audit.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.domain.process.FailureInWords;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.notification.NoticeKind;
import uk.safeguardcases.domain.notification.OutboxMessage;
import uk.safeguardcases.domain.notification.OutboxRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * The one home of the e-mail outbox. {@link #queue} writes in the caller's transaction; the sender's
 * steps ({@link #due}, {@link #claim}, {@link #sent}, {@link #failed}) each run in their own, as the board
 * whose messages they are, so a failing mail server never rolls back a case step and a sent message is
 * recorded even when the next one fails. A message is tried at most {@link #maxAttempts()} times, and only once
 * when the mail server refuses its address; then it is undeliverable: the case's timeline says so and the
 * board's staff are told ({@link MessageUndeliverable}).
 */
@Stateless
public class Outbox {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    /** A claimed message that is neither sent nor failed by then (its node died mid-send) is tried again. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    private static final int MAX_ERROR = 1000;

    /** Attempts before a message is given up: about a day of retries at the 5-minute cap. */
    static final int DEFAULT_MAX_ATTEMPTS = 300;

    /** What the timeline calls a message given up on. */
    public static final String UNDELIVERABLE = AuditAction.EMAIL_UNDELIVERABLE.label();

    @Inject
    private OutboxRepository messages;

    @Inject
    private CaseLookup cases;

    @Inject
    private Event<MessagesQueued> queued;

    @Inject
    private KnownNotices notices;

    @Inject
    private Event<MessageUndeliverable> undeliverable;

    @Inject
    private TimelineService timeline;

    /**
     * Queues a message in the current transaction, on the caller's board; it is sent once that commits. Answers its
     * id.
     */
    public long queue(Long caseId, NoticeKind kind, String recipient, String subject, String body) {
        OutboxMessage message = OutboxMessage.queue(caseId, kind, recipient, subject, body, Instant.now(clock));
        messages.add(message);
        queued.fire(new MessagesQueued(CallerContext.current().tenantId()));
        return message.id();
    }

    /** The board's unsent messages whose next attempt is due, oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<PendingMessage> due(Instant now, int max) {
        return messages.due(now, max).stream()
                .map(m -> new PendingMessage(m.id(), m.tenantId(), m.attempts(), m.recipient(), m.subject(), m.body()))
                .toList();
    }

    /**
     * Claims one attempt at sending: true for exactly one sender (on any node) that read {@code attempts}.
     * Optimistic, so it works the same on H2 and PostgreSQL and holds no lock while the mail server talks.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long id, int attempts, Instant now) {
        return messages.claim(id, attempts, now.plus(CLAIM_LEASE));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long id, Instant at) {
        messages.sent(id, at);
    }

    /**
     * The {@code attempts}-th attempt failed: the next waits 2 s, 4 s, 8 s … up to 5 minutes, unless this was the
     * last attempt allowed or the mail server refused the address ({@code refused}): then the message is
     * undeliverable, the case's timeline records it (for the board only) and the board's staff are told.
     *
     * @return true when the message was given up
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean failed(long id, int attempts, String error, boolean refused, Instant now) {
        String why = error == null ? "unknown error" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        NoticeKind failedKind = notices.byName(messages.kindOf(id));
        // A warning about failed work (an e-mail given up, a step stopped, a broken chain) is never given up on its own
        // tries: when the relay is what failed, it would be given up through that same relay and nobody told. It waits
        // in the backlog (counted as failing, alerted, on readiness and Stuck work) and goes once the relay works again.
        boolean rehearsed = failedKind == Notice.REHEARSAL_EMAIL;
        if (!refused && !rehearsed && (attempts < maxAttempts() || failedKind.warnsOfFailure())) {
            messages.retryLater(id, why, now.plus(OutboxMessage.backOff(attempts)));
            return false;
        }
        int given = messages.giveUp(id, why, now);
        if (given != 1) {
            return false;
        }
        OutboxMessage message = messages.byId(id);
        // An alert about an undelivered message that is itself undeliverable is not alerted again (no loop); the
        // first one is on the timeline already.
        NoticeKind kind = failedKind;
        if (kind != Notice.MAIL_UNDELIVERABLE) {
            // What and to whom (by role), never the address or the server's words, which may quote it.
            timeline.record(message.caseId(), AuditAction.EMAIL_UNDELIVERABLE, "The e-mail \"" + subjectWithoutReference(message)
                    + "\" to " + kind.audience().inWords() + " could not be delivered "
                    + (refused ? "(the mail server refused the address)" : "after " + attempts + " attempts")
                    + " and will not be tried again: contact them another way.");
            undeliverable.fire(new MessageUndeliverable(id, message.caseId(), kind, attempts, refused));
        }
        return true;
    }

    /** How many attempts a message gets ({@code -Dsafeguard.mail.maxAttempts}, 300 by default). */
    static int maxAttempts() {
        return Math.max(1, Integer.getInteger("safeguard.mail.maxAttempts", DEFAULT_MAX_ATTEMPTS));
    }

    private static String subjectWithoutReference(OutboxMessage message) {
        int colon = message.subject().indexOf(": ");
        return colon < 0 ? message.subject() : message.subject().substring(colon + 2);
    }


    /** The caller's board's messages given up on and not dealt with since, oldest first. */
    public List<GivenUpMessage> givenUp() {
        return messages.givenUp().stream()
                .map(this::asGivenUp)
                .toList();
    }

    /**
     * The caller's board's messages that failed and are being tried again by themselves (not sent, not given up), the next
     * try first; {@code givenUpAt} is when its next try is due. At most 200: a mail outage shows as a list, not the
     * whole outbox.
     */
    public List<GivenUpMessage> beingRetried() {
        return messages.beingRetried(200).stream()
                .map(m -> new GivenUpMessage(m.id(), m.caseId(), subjectWithoutReference(m),
                        notices.byName(m.kindName()).audience(), m.attempts(), m.nextAttemptAt(),
                        FailureInWords.of(m.lastError())))
                .toList();
    }

    /**
     * Queues a message given up on afresh, due now, with all its attempts; it is sent once this commits. Answers it as
     * it was; "not found" when it is not given up on (sent, tried again or dealt with meanwhile) or another board's.
     */
    public GivenUpMessage tryAgain(long id) {
        OutboxMessage message = givenUpMessage(id);
        GivenUpMessage was = asGivenUp(message);
        message.tryAgain(Instant.now(clock));
        queued.fire(new MessagesQueued(CallerContext.current().tenantId()));
        return was;
    }

    /** The recipient was told another way: the message leaves the Stuck work page, recording by whom. */
    public GivenUpMessage dealtWith(long id) {
        OutboxMessage message = givenUpMessage(id);
        GivenUpMessage was = asGivenUp(message);
        message.dealtWith(CallerContext.current().username(), Instant.now(clock));
        return was;
    }

    private OutboxMessage givenUpMessage(long id) {
        // The board's only: Hibernate's tenant filter applies to this query, so another board's id is not found.
        OutboxMessage message = messages.locked(id).orElse(null);
        if (message == null || !message.givenUp()) {
            throw new NotFoundException("No e-mail given up on with id " + id);
        }
        return message;
    }

    private GivenUpMessage asGivenUp(OutboxMessage m) {
        return new GivenUpMessage(m.id(), m.caseId(), subjectWithoutReference(m),
                notices.byName(m.kindName()).audience(), m.attempts(), m.undeliverableAt(), FailureInWords.of(m.lastError()));
    }

    /** The e-mails about a case of the caller's board, oldest first; another board's case is "not found". */
    public List<SentNotice> aboutCase(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        return messages.ofCase(safeguardingCase.id()).stream()
                .map(m -> new SentNotice(m.kindName(), m.recipient(), m.subject(), m.body(), m.createdAt(),
                        m.attempts(), m.sentAt(), m.lastError(), m.undeliverableAt()))
                .toList();
    }
}
