package uk.safeguardcases.application.board;

import java.io.Serializable;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.domain.clause.PolicyClause;

/**
 * A policy clause as pages show it, in the reader's language: the board's Welsh words on a Welsh page when it gave
 * them, its English otherwise.
 *
 * @param lang  the language the section and text are in ("cy" or "en"); on a Welsh page "en" means the board has
 *              given no Welsh for this clause, and the page says so
 * @param label how a list of clauses offers it: "PU(a) – Ensure that…", with "(English only)" on a Welsh page when
 *              the clause has no Welsh words
 */
public record ClauseView(Long id, String reference, String section, String text, String lang, String label)
        implements Serializable {

    public static ClauseView of(PolicyClause c) {
        String text = Texts.wording(c.text(), c.textCy());
        return new ClauseView(c.id(), c.reference(), Texts.wording(c.section(), c.sectionCy()), text,
                Texts.languageOf(c.textCy()), c.reference() + " – " + text
                        + (Texts.welshMissing(c.textCy()) ? " (" + Texts.text("clause.englishOnly") + ")" : ""));
    }
}
