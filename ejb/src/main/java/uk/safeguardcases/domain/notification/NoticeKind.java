package uk.safeguardcases.domain.notification;

/**
 * What an e-mail is, as the outbox keeps it (by {@link #name()}) and whom it goes to. The product's own are
 * {@link Notice}; a process declares its own as an enum implementing this in its own package, registered by an
 * {@code application.notification.NoticeKinds} bean, and writes its e-mails through the outbox. A name, once used,
 * never changes and no two kinds share one.
 */
public interface NoticeKind {

    /** What the outbox keeps: the message's {@code kind}. */
    String name();

    Notice.Audience audience();
}
