package uk.safeguardcases.application.declaration;

import java.util.List;

/** What the declarations hold for a person's chronology, as rows of plain values (implemented beside the persistence). */
public interface DeclarationChronologyRecords {

    /** The person's declarations: asked, signed, countersigned, version number, version title; at most {@code most}. */
    List<Object[]> declarationsOf(long personId, int most);
}
