package uk.safeguardcases.infrastructure.webhook;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.SuspendedBoards;
import uk.safeguardcases.application.webhook.WebhookOutbox;
import uk.safeguardcases.application.webhook.WebhookReceivers;
import uk.safeguardcases.domain.webhook.WebhookSignature;

/**
 * Delivers the boards' webhook deliveries: at once after a transaction that queued some commits
 * ({@link WebhookTrigger}), and every few seconds for whatever is due again after a failure. Runs outside any
 * transaction; each board's deliveries are read and marked as that board. Several nodes may sweep at once: each try
 * is claimed by exactly one of them. A board the hosting operator suspended sends nothing until it is resumed.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    private static final int BATCH = 50;

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Inject
    private WebhookOutbox outbox;

    @Inject
    private WebhookReceivers receivers;

    @Inject
    private SuspendedBoards suspendedBoards;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "webhook sweep")
    void sweep() {
        List<String> boards;
        try {
            boards = boardsWithDeliveriesDue(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Webhook sweep skipped: the database is not ready", e);
            return;
        }
        for (String board : boards) {
            try {
                round(board);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Webhook sweep of board " + board + " failed; it runs again shortly", e);
            }
        }
    }

    /** Delivers one board's due deliveries; answers how many were taken. */
    public int deliver(String board) {
        return suspendedBoards.suspended(board) ? 0 : round(board);
    }

    private int round(String board) {
        return CallerContext.runAs(Caller.system(board), () -> {
            int taken = 0;
            // A receiver that could not be reached is not tried again this round: its other deliveries would wait
            // out the same timeouts and spend a try each on the outage, not on themselves.
            java.util.Set<String> unreachable = new java.util.HashSet<>();
            for (WebhookOutbox.Pending pending : outbox.due(Instant.now(), BATCH)) {
                if (unreachable.contains(pending.address())
                        || !outbox.claim(pending.id(), pending.attempts(), Instant.now())) {
                    continue;
                }
                WebhookReceivers.Answer answer = send(board, pending);
                if (answer.accepted()) {
                    taken++;
                } else if (answer.status() == null) {
                    unreachable.add(pending.address());
                }
            }
            return taken;
        });
    }

    private WebhookReceivers.Answer send(String board, WebhookOutbox.Pending pending) {
        int attempt = pending.attempts() + 1;
        long timestamp = Instant.now().getEpochSecond();
        String signature = WebhookSignature.header(pending.messageId(), timestamp, pending.body(), pending.secrets());
        WebhookReceivers.Answer answer = receivers.post(pending.address(), pending.messageId(), timestamp,
                pending.body(), signature);
        if (answer.accepted()) {
            outbox.delivered(pending.id(), answer.status(), Instant.now());
            return answer;
        }
        boolean givenUp = outbox.failed(pending.id(), attempt, answer.status(), answer.error(), Instant.now());
        // The log names the delivery and the kind of failure; the receiver's address is the board's business.
        LOG.warning(() -> "Webhook delivery " + pending.id() + " of board " + board + " not taken (try " + attempt
                + (answer.status() == null ? "" : ", HTTP " + answer.status()) + ")"
                + (givenUp ? "; given up, listed on the board's Stuck work." : "; it will be tried again."));
        return answer;
    }

    /** The boards, not suspended, with a delivery due: one query, not one per board every five seconds. */
    private List<String> boardsWithDeliveriesDue(Instant now) {
        String sql = "select distinct d.tenant_id from webhook_delivery d where d.delivered_at is null"
                + " and d.given_up_at is null and d.next_attempt_at <= ? and not exists (select 1 from"
                + " board_suspension s where s.tenant_id = d.tenant_id) order by d.tenant_id";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rows = statement.executeQuery()) {
                List<String> boards = new ArrayList<>();
                while (rows.next()) {
                    boards.add(rows.getString(1));
                }
                return boards;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the boards with webhook deliveries due", e);
        }
    }
}
