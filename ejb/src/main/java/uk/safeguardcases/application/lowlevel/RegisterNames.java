package uk.safeguardcases.application.lowlevel;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import uk.safeguardcases.application.Texts;

/** The names the register shows: each member's, and their organisation's as the reader reads it. */
final class RegisterNames {

    /** A member's name and their organisation's ("" for none). */
    record MemberName(String name, String organisation) {
    }

    private final Map<Long, MemberName> named;

    private RegisterNames(Map<Long, MemberName> named) {
        this.named = named;
    }

    /** The board's people among {@code ids}, read in two queries (none when there are no ids). */
    static RegisterNames of(RegisterReadModel readModel, Collection<Long> ids) {
        Map<Long, MemberName> named = new HashMap<>();
        readModel.named(ids).forEach((id, n) -> named.put(id, new MemberName(n.name(),
                n.organisation() == null ? "" : Texts.wording(n.organisation(), n.organisationCy()))));
        return new RegisterNames(named);
    }

    boolean isEmpty() {
        return named.isEmpty();
    }

    boolean has(Long id) {
        return named.containsKey(id);
    }

    /** The member's name, or their number for someone not (or no longer) on the board. */
    String name(Long id) {
        MemberName n = named.get(id);
        return n == null ? "#" + id : n.name();
    }

    String organisation(Long id) {
        MemberName n = named.get(id);
        return n == null ? "" : n.organisation();
    }
}
