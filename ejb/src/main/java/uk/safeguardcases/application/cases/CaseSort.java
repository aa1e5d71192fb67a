package uk.safeguardcases.application.cases;

import java.io.Serializable;

/** The order of a case list: one column, either way. Newest first unless asked otherwise. */
public record CaseSort(Column column, boolean ascending) implements Serializable {

    /** The columns a case list can be sorted by. */
    public enum Column {
        REFERENCE, MEMBER, ORGANISATION, STEP, SOURCE, RAISED
    }

    public CaseSort {
        column = column == null ? Column.RAISED : column;
    }

    public static CaseSort newestFirst() {
        return new CaseSort(Column.RAISED, false);
    }
}
