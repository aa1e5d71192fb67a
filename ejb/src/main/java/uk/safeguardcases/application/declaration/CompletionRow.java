package uk.safeguardcases.application.declaration;

import java.io.Serializable;

/**
 * How many of a group (an organisation, or a manager's team) were asked, have signed and were countersigned.
 *
 * @param percentDeclared those who signed (countersigned or not) as a whole percentage of those asked, rounded down
 */
public record CompletionRow(String name, int asked, int declared, int countersigned, int outstanding,
        int percentDeclared) implements Serializable {

    static CompletionRow of(String name, int asked, int declared, int countersigned) {
        return new CompletionRow(name, asked, declared, countersigned, asked - declared,
                asked == 0 ? 0 : (int) Math.floor(100.0 * declared / asked));
    }
}
