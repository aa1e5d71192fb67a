package uk.safeguardcases.application.declaration;

import java.io.Serializable;
import java.util.List;

/** The latest version's completion across the board, by organisation and by manager. */
public record Completion(int versionNumber, String title, CompletionRow total, List<CompletionRow> byOrganisation,
        List<CompletionRow> byManager) implements Serializable {
}
