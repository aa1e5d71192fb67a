package uk.safeguardcases.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.safeguardcases.application.notification.Outbox;
import uk.safeguardcases.application.notification.PendingMessage;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.SuspendedBoards;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.infrastructure.persistence.BoardIds;

/**
 * Sends the outbox through WildFly's mail session: at once after a transaction that queued messages commits
 * ({@link OutboxTrigger}), and every few seconds for whatever is due again after a failure. Runs outside any
 * transaction; each board's messages are read and marked as that board. Several nodes may sweep at once:
 * each attempt at a message is claimed by exactly one of them.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 50;
    /** Milliseconds; without them a mail server that accepts the connection and then hangs holds a thread for ever. */
    private static final String TIMEOUT = "10000";

    @Resource(lookup = "java:jboss/mail/Safeguard")
    private Session mailSession;

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Inject
    private Outbox outbox;

    @Inject
    private SuspendedBoards suspendedBoards;

    @PostConstruct
    void timeouts() {
        // The session's own properties, so a server's credentials (set by WildFly) stay as they are.
        Properties properties = mailSession.getProperties();
        for (String protocol : List.of("smtp", "smtps")) {
            properties.putIfAbsent("mail." + protocol + ".connectiontimeout", TIMEOUT);
            properties.putIfAbsent("mail." + protocol + ".timeout", TIMEOUT);
            properties.putIfAbsent("mail." + protocol + ".writetimeout", TIMEOUT);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "outbox sweep")
    void sweep() {
        List<String> boards;
        try {
            boards = BoardIds.open(dataSource); // a suspended board's messages wait for its resumption
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Outbox sweep skipped: the database is not ready", e);
            return;
        }
        for (String board : boards) {
            try {
                if (round(board).serverUnreachable()) {
                    // The other boards' messages would meet the same closed door: they wait for the next sweep.
                    return;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Outbox sweep of board " + board + " failed; it runs again shortly", e);
            }
        }
    }

    /**
     * Sends one board's due messages; returns how many went. A board the hosting operator suspended sends none: its
     * messages wait, as they do in the sweep ({@link BoardIds#open}), and go after its resumption.
     */
    public int deliver(String board) {
        return suspendedBoards.suspended(board) ? 0 : round(board).sent();
    }

    /** One board's round: how many went, and whether it stopped because the mail server could not be reached. */
    private record Round(int sent, boolean serverUnreachable) {
    }

    /**
     * Sends the board's due messages, oldest first, until one meets a mail server that cannot be reached (refused,
     * unknown, timed out): that one is retried later as any failure is, and the rest are not tried this round. Tried
     * one by one, each would fail the same way and count an attempt (with 160 boards' 200,000 declaration requests
     * queued and no mail server, 500 failed attempts a second, each two writes and a warning, and every message
     * spending its attempts on an outage rather than on its own address).
     */
    private Round round(String board) {
        return CallerContext.runAs(Caller.system(board), () -> {
            int sent = 0;
            for (PendingMessage message : outbox.due(Instant.now(), BATCH)) {
                if (!outbox.claim(message.id(), message.attempts(), Instant.now())) {
                    continue;
                }
                Attempt attempt = send(message);
                if (attempt == Attempt.SENT) {
                    sent++;
                } else if (attempt == Attempt.SERVER_UNREACHABLE) {
                    return new Round(sent, true);
                }
            }
            return new Round(sent, false);
        });
    }

    private enum Attempt {
        SENT, FAILED, SERVER_UNREACHABLE
    }

    private Attempt send(PendingMessage message) {
        int attempt = message.attempts() + 1;
        try {
            MimeMessage mime = new OutboxMessageId(mailSession, message.tenantId(), message.id(),
                    uk.safeguardcases.application.PublicAddress.base());
            mime.setFrom();
            mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.recipient(), true));
            mime.setSubject(message.subject(), "UTF-8");
            mime.setText(message.body(), "UTF-8");
            mime.setSentDate(new Date());
            mime.setHeader("X-Safeguard-Message", message.tenantId() + "-" + message.id());
            Transport.send(mime);
        } catch (MessagingException | RuntimeException e) {
            boolean refused = MailFailures.addressRefused(e);
            boolean givenUp = outbox.failed(message.id(), attempt, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    refused, Instant.now());
            // The error may name the recipient, so the log has the message id and the kind of failure only.
            LOG.warning(() -> "E-mail " + message.id() + " of board " + message.tenantId() + " not sent (attempt "
                    + attempt + "): " + e.getClass().getSimpleName() + (refused ? ", address refused" : "")
                    + (givenUp ? "; undeliverable, not tried again." : "; it will be tried again."));
            return MailFailures.serverUnreachable(e) ? Attempt.SERVER_UNREACHABLE : Attempt.FAILED;
        }
        outbox.sent(message.id(), Instant.now());
        return Attempt.SENT;
    }
}
