package uk.safeguardcases.application.declaration;

import java.io.Serializable;

/** How many of a group (an organisation, or a manager's team) were asked, have signed and were countersigned. */
public record CompletionRow(String name, int asked, int declared, int countersigned, int outstanding)
        implements Serializable {

    /** Signed (countersigned or not) as a whole percentage of those asked. */
    public int percentDeclared() {
        return asked == 0 ? 0 : (int) Math.floor(100.0 * declared / asked);
    }
}
