package uk.safeguardcases.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * An e-mail waiting to go, or sent. Written in the same transaction as the case step it tells someone
 * about, so a step never happens without its message and a rolled-back step sends nothing; the sender
 * delivers it after the commit and tries again, with back-off, while the mail server is down, up to a bounded
 * number of attempts: then, or at once when the server refuses the address, it is undeliverable for good.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /** The first retry waits this long; each later one twice as long as the one before, up to {@link #MAX_WAIT}. */
    public static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    public static final Duration MAX_WAIT = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    /** The case the message is about (on the same board); null for a message about no case. */
    @Column(name = "case_id", updatable = false)
    private Long caseId;

    /** The {@link NoticeKind}'s name. */
    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "undeliverable_at")
    private Instant undeliverableAt;

    /** Given up on, then dealt with another way by a member of the board's staff: off the Stuck work page. */
    @Column(name = "dealt_with_at")
    private Instant dealtWithAt;

    @Column(name = "dealt_with_by")
    private String dealtWithBy;

    protected OutboxMessage() {
    }

    public static OutboxMessage queue(Long caseId, NoticeKind kind, String recipient, String subject, String body,
            Instant now) {
        OutboxMessage message = new OutboxMessage();
        message.caseId = caseId;
        message.kind = kind.name();
        message.recipient = recipient;
        message.subject = subject;
        message.body = body;
        message.createdAt = now;
        message.nextAttemptAt = now;
        return message;
    }

    /** How long to wait after the {@code attempts}-th failed attempt: 2 s, 4 s, 8 s … at most 5 minutes. */
    public static Duration backOff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 20));
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    /** Given up on (undeliverable), and neither sent since nor dealt with another way: stuck work. */
    public boolean givenUp() {
        return undeliverableAt != null && sentAt == null && dealtWithAt == null;
    }

    /**
     * Someone of the board's staff asks for a message given up on to be sent after all (the address was corrected, the
     * mail server is back): it is queued afresh, with all its attempts, due now.
     */
    public void tryAgain(Instant now) {
        if (!givenUp()) {
            throw new IllegalStateException("Only a message given up on can be tried again");
        }
        undeliverableAt = null;
        attempts = 0;
        nextAttemptAt = now;
        // A fresh start: listed on Stuck work again only if it fails again.
        lastError = null;
    }

    /** The recipient was told another way: the message stays as it is, given up on, and leaves the Stuck work page. */
    public void dealtWith(String by, Instant now) {
        if (!givenUp()) {
            throw new IllegalStateException("Only a message given up on can be dealt with another way");
        }
        dealtWithBy = by;
        dealtWithAt = now;
    }

    public Instant dealtWithAt() {
        return dealtWithAt;
    }

    public String dealtWithBy() {
        return dealtWithBy;
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public Long caseId() {
        return caseId;
    }

    /** The name of the message's {@link NoticeKind} ({@code application.notification.KnownNotices} reads it back). */
    public String kindName() {
        return kind;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }

    /** When the sender gave up on the message; null while it is sent or still being tried. */
    public Instant undeliverableAt() {
        return undeliverableAt;
    }
}
