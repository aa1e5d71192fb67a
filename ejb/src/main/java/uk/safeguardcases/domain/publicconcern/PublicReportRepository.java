package uk.safeguardcases.domain.publicconcern;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The reports raised on the board's public pages and the messages between each reporter and the board; the caller's
 * board only, save where said.
 */
public interface PublicReportRepository {

    void add(PublicReport report);

    /** The report whose receipt code has this digest, while its details are kept (a removed one opens nothing). */
    Optional<PublicReport> byReceipt(String digest);

    /** The report whose address-confirmation link's token has this digest. */
    Optional<PublicReport> byAddressToken(String digest);

    /** The report a case came from, if it came from the public page. */
    Optional<PublicReport> ofCase(long caseId);

    /** The reports whose reporter's details are still kept. */
    List<PublicReport> withDetailsKept();

    /**
     * Locks the report and reads it again as stored: of two retention runs at once, the second waits here for the
     * first, then sees what it did.
     */
    void lockAsStored(PublicReport report);

    /** Whether any report still keeping its details keeps this e-mail address. */
    boolean keepsAddress(String email);

    /**
     * The reports whose reporter gave one of these addresses (each compared in lower case, without the spaces
     * around it), oldest first.
     */
    List<PublicReport> fromAddresses(Collection<String> comparableAddresses);

    /** A report's messages, in the order they were written. */
    List<ReportMessage> messages(long reportId);

    /** How many of a report's messages are the reporter's. */
    int answersFromReporter(long reportId);

    void add(ReportMessage message);

    /**
     * Forgets the board's e-mails of these kinds to this address that belong to no case, sent or not: the outbox
     * would otherwise keep a reporter's address after their details went.
     */
    void forgetMailWithoutCase(String board, Collection<String> kinds, String email);
}
