package uk.safeguardcases.application.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.domain.search.ChildSearch;
import uk.safeguardcases.domain.search.ChildSearchRepository;
import uk.safeguardcases.domain.search.SearchAction;

/**
 * Retention of the searches about a child: each is kept until the end of the year of the child's 25th birthday (or
 * the board's age), then removed ({@link ChildSearch#dueForRemovalOn}); the timeline, which never names the child,
 * keeps that it existed.
 */
@Stateless
public class SearchRemoval {

    @Inject
    private ChildSearchRepository searches;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    /**
     * Retention carried out (from the nightly purge, as the board's system): the board's closed or refused searches
     * whose "keep until" date has passed are removed with their log and the engine's history of them. Answers how
     * many were removed.
     */
    public int removeDue(LocalDate today) {
        int removed = 0;
        for (ChildSearch search : searches.dueForRemoval(today)) {
            searches.remove(search);
            processes.forget(search.reference());
            timeline.record(null, SearchAction.CHILD_SEARCH_REMOVED, search.reference() + ": removed with its log,"
                    + " kept until " + PlainFormat.day(Locale.ENGLISH, search.keepUntil()) + ".");
            removed++;
        }
        return removed;
    }
}
