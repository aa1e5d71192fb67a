package uk.safeguardcases.application.lowlevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the register reads across its own records, the board's cases and its people, each a query of its own (the
 * caller's board's only, as the tenant filter narrows it).
 */
public interface RegisterReadModel {

    /** One low-level concern's member, its day, and the case it was kept from (null: recorded directly). */
    record ConcernDay(Long personId, LocalDate occurredOn, Long caseId) {
    }

    /** A member and a moment (when a concern was recorded, or an alert given). */
    record Moment(Long personId, Instant at) {
    }

    /** A person's name and their organisation's, in English and Welsh (null: no organisation). */
    record Named(String name, String organisation, String organisationCy) {
    }

    /** The days of the member's low-level concerns recorded directly (not kept from a case). */
    List<LocalDate> standaloneDaysOf(long personId);

    /** The days of all the member's low-level concerns. */
    List<LocalDate> concernDaysOf(long personId);

    /** When each case about the member happened (when it was raised, where that is not known). */
    List<Instant> casesAbout(long personId);

    /** As {@link #casesAbout(long)}, of the cases not yet removed. */
    List<Instant> casesKeptAbout(long personId);

    /** As {@link #casesAbout(long)}, for each of {@code people} that has any. */
    Map<Long, List<Instant>> casesAbout(Collection<Long> people);

    /** Every low-level concern's member, day and case. */
    List<ConcernDay> concernDays();

    /** The members of the alerts no review has settled yet, one per alert. */
    List<Long> membersAlerted();

    /** When each of {@code people} whose entry was reviewed was last reviewed. */
    Map<Long, Instant> lastReviewed(Collection<Long> people);

    /** Names and organisations of the board's people among {@code ids}. */
    Map<Long, Named> named(Collection<Long> ids);

    /** The organisation of each of {@code ids} whose account is active (null: none). */
    Map<Long, Long> activeOrganisations(Collection<Long> ids);

    /** When each low-level concern was recorded, and about whom. */
    List<Moment> concernsRecorded();

    /** When each pattern alert was given, and about whom. */
    List<Moment> alertsGiven();
}
