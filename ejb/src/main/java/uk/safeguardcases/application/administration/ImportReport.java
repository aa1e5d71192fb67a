package uk.safeguardcases.application.administration;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a CSV import found: each row with its problems (field → message), or a problem with the whole file; and
 * whether the people were added (all of them) or not (none).
 */
public record ImportReport(List<Row> rows, String problem, boolean imported) implements Serializable {

    /** One row of the file, as read, and what is wrong with it. */
    public record Row(int line, String username, String name, String email, String roles, String organisation,
            Map<String, String> problems) implements Serializable {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    static ImportReport refused(String problem) {
        return new ImportReport(List.of(), problem, false);
    }

    public boolean ok() {
        return problem == null && !rows.isEmpty() && rows.stream().allMatch(Row::ok);
    }

    public long withProblems() {
        return rows.stream().filter(r -> !r.ok()).count();
    }
}
