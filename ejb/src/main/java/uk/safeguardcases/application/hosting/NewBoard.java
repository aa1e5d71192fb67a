package uk.safeguardcases.application.hosting;

import java.io.Serializable;
import java.util.List;

/**
 * A board as the hosting operator creates it: its code (its id in every record and address, for good), its
 * reference prefix (PREFIX-YEAR-NNNN), its names in English and, for a bilingual board, Welsh, and its first parent
 * organisations. Everything else (clauses, deadlines, people) its administrator sets.
 */
public record NewBoard(String code, String referencePrefix, String name, String shortName, String policyTitle,
        boolean welsh, String nameCy, String policyTitleCy, List<Organisation> organisations) implements Serializable {

    /** One of the board's members' parent organisations; its kind a {@code OrganisationKind} name. */
    public record Organisation(String name, String kind, String hrEmail, String nameCy) implements Serializable {

        boolean blank() {
            return isBlank(name) && isBlank(hrEmail) && isBlank(nameCy);
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
