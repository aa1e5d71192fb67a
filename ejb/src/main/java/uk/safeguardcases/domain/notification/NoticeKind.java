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

    /**
     * Whether it warns the board's staff that other work failed: such a message is tried until it goes (never given up
     * after its attempts), since the relay that failed the other work is the likely cause of its own failures.
     */
    default boolean warnsOfFailure() {
        return false;
    }
}
