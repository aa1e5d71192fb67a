package uk.safeguardcases.infrastructure.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;

/**
 * An outbox message's e-mail with the same Message-ID at every attempt, from any node: a node that dies after the
 * mail server accepted a message and before it recorded it as sent leaves the message to be sent again, and the
 * second copy carries the first's Message-ID, which mail servers and mail programs use to drop the duplicate.
 */
final class OutboxMessageId extends MimeMessage {

    private final String messageId;

    OutboxMessageId(Session session, String tenantId, long outboxId, String publicAddress) {
        super(session);
        this.messageId = of(tenantId, outboxId, publicAddress);
    }

    /** {@code <outbox-BOARD-ID@HOST>}, the host that of the product's public address. */
    static String of(String tenantId, long outboxId, String publicAddress) {
        String host;
        try {
            host = URI.create(publicAddress).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        return "<outbox-" + tenantId + "-" + outboxId + "@" + (host == null ? "safeguard-cases.invalid" : host) + ">";
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
