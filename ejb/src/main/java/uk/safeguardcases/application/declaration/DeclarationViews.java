package uk.safeguardcases.application.declaration;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.declaration.PolicyVersion;
import uk.safeguardcases.domain.people.PersonRepository;

/** What the declarations' services show alike: people's names, and a version's title in the reader's language. */
final class DeclarationViews {

    private DeclarationViews() {
    }

    /** The names of the board's people among {@code ids}, in one query (none for no ids). */
    static Map<Long, String> namesOf(PersonRepository people, Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!wanted.isEmpty()) {
            people.byIds(wanted).forEach(p -> names.put(p.id(), p.displayName()));
        }
        return names;
    }

    /**
     * A version's title in {@code language}. A version has no Welsh title of its own; the one that is the board's
     * policy title reads in the Welsh the board gave for that (others stay English, and pages mark them so).
     */
    static String titleIn(Board board, Locale language, PolicyVersion version) {
        return version.title().equals(board.policyTitle())
                ? Texts.wording(language, board.policyTitle(), board.policyTitleCy()) : version.title();
    }

    static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
