package uk.safeguardcases.domain.dpcomplaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The board's data protection complaints (the board's filter narrows every query to the caller's board). */
public interface DpComplaintRepository {

    void add(DataProtectionComplaint complaint);

    Optional<DataProtectionComplaint> byId(long id);

    Optional<DataProtectionComplaint> byReference(String reference);

    /** By the digest of the receipt code the complainant was given. */
    Optional<DataProtectionComplaint> byReceipt(String receiptSha256);

    /** The board's complaints, newest first, at most {@code most}. */
    List<DataProtectionComplaint> newestFirst(int most);

    /** The complaints made by the member signed in as {@code username}, or giving {@code email}. */
    List<DataProtectionComplaint> madeBy(String username, String email);

    /** Complaints closed and kept until before {@code today}. */
    List<DataProtectionComplaint> dueForRemoval(LocalDate today);

    void remove(DataProtectionComplaint complaint);

    /** The highest number of the series given with {@code prefix} in {@code year}. */
    int highestNumber(String prefix, int year);

    /** The complaints received within {@code [from, to)}: the annual report counts them. */
    List<DataProtectionComplaint> receivedBetween(Instant from, Instant to);
}
