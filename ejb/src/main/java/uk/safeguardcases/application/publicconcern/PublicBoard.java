package uk.safeguardcases.application.publicconcern;

import java.io.Serializable;
import java.util.List;

/** A board as its public page shows it: its name (in Welsh too when bilingual) and its parent organisations. */
public record PublicBoard(String id, String name, String nameCy, boolean welsh, List<Choice> organisations)
        implements Serializable {

    /** A parent organisation the reporter may pick. */
    public record Choice(Long id, String name, String nameCy) implements Serializable {
    }
}
