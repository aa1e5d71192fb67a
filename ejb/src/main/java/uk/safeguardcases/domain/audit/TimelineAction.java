package uk.safeguardcases.domain.audit;

import static uk.safeguardcases.domain.audit.Visibility.BOARD_ONLY;
import static uk.safeguardcases.domain.audit.Visibility.SHARED_WITH_HR;

/**
 * A kind of entry the audit timeline records. The product's own are {@link AuditAction}; a process declares its
 * own as an enum implementing this in its own package, registered by an {@code application.audit.TimelineActions}
 * bean. The timeline keeps (and hashes) the {@link #label()}, so a label, once recorded, never changes and no two
 * kinds share one.
 */
public interface TimelineAction {

    /** The constant's name: with its type's simple name, the key of its words in the interface bundles. */
    String name();

    /** What the timeline says happened, in English: what it stores and hashes. */
    String label();

    /** Who may read it; null when the officer decides for each note ({@link #visibilityOfNote(boolean)}). */
    Visibility visibility();

    /** Whether the officer decides, note by note, if the HR partner may read it. */
    default boolean officersChoice() {
        return visibility() == null;
    }

    /**
     * Whether its entries are a third party's information, left out of the subject access answer of the person the
     * case is about (DPA 2018 Sch. 2 para. 16): a reporter's messages and evidence together narrow down who reported.
     */
    default boolean thirdPartysInformation() {
        return false;
    }

    /** A note the officer may mark internal: shared with HR unless they do. */
    default Visibility visibilityOfNote(boolean internal) {
        if (!officersChoice()) {
            throw new IllegalStateException(this + " is not the officer's to share or keep");
        }
        return internal ? BOARD_ONLY : SHARED_WITH_HR;
    }
}
