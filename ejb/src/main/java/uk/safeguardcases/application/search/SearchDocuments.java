package uk.safeguardcases.application.search;

import java.time.Instant;
import java.util.List;

/**
 * The register's documents for inspection, laid out in {@code infrastructure/search} on the sheets every document
 * shares ({@code infrastructure/pdf}).
 */
public interface SearchDocuments {

    /** The register of the board's searches shown by {@code filter}, each with its authorisation and use. */
    byte[] register(String boardName, RegisterFilter filter, List<ChildSearchView> searches, Instant printedAt);

    /** One search with its authorisation, its log and its outcome. */
    byte[] searchLog(String boardName, ChildSearchView search, List<SearchLogView> log, Instant printedAt);
}
