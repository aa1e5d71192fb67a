package uk.safeguardcases.application.declaration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import uk.safeguardcases.application.board.EnglishOnlyNames;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.declaration.DeclarationRepository;

/**
 * The titles of the board's policy versions a member declares against, in English only: every title but the board's
 * current policy title when the board gave that one in Welsh.
 */
@ApplicationScoped
public class DeclarationVersionNames implements EnglishOnlyNames {

    @Inject
    private DeclarationRepository declarations;

    @Override
    public Collection<String> of(Board board) {
        boolean titleInWelsh = board.policyTitleCy() != null && !board.policyTitleCy().isBlank();
        return declarations.versionTitles().stream()
                .filter(title -> !titleInWelsh || !title.equals(board.policyTitle())).toList();
    }
}
