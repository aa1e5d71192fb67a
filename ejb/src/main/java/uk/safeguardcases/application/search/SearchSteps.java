package uk.safeguardcases.application.search;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.search.ChildSearch;
import uk.safeguardcases.domain.search.ChildSearchRepository;

/** What the child searches' services do alike: find a search, take a step of its process, check what was typed. */
final class SearchSteps {

    private SearchSteps() {
    }

    /** The board's search by its reference; another board's, or none, is not found. */
    static ChildSearch find(ChildSearchRepository searches, String reference) {
        return searches.byReference(reference).orElseThrow(() -> new NotFoundException(
                SearchWords.text("search.notFound", reference == null ? "" : reference.strip())));
    }

    /** Completes the search's {@code task}; one done already (by another tab, or another node) is said so. */
    static void complete(Processes processes, ChildSearch search, String task, String username,
            Map<String, Object> variables) {
        try {
            processes.complete(search.processInstanceId(), task, username, variables);
        } catch (StepUnavailableException e) {
            throw TaskAlreadyDoneException.refused(e, search.reference());
        }
    }

    /** The platforms' labels, in the platforms' order, comma-separated (the timeline's and the register's words). */
    static String labels(Set<Platform> platforms) {
        return EnumSet.copyOf(platforms.isEmpty() ? EnumSet.noneOf(Platform.class) : platforms).stream()
                .map(Platform::label).collect(Collectors.joining(", "));
    }

    /** The text stripped (empty for none): a problem under {@code field} when missing and required, or too long. */
    static String text(Map<String, String> problems, String field, String value, int max, String whenMissing) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (whenMissing != null) {
                problems.put(field, whenMissing);
            }
        } else if (trimmed.length() > max) {
            problems.put(field, Texts.text("input.tooLong", max));
        }
        return trimmed;
    }

    /** Refuses the input, every problem at once, if there is any. */
    static void check(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
