package uk.safeguardcases.application.official;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.official.Accreditation;
import uk.safeguardcases.domain.official.AccreditedUser;
import uk.safeguardcases.domain.official.OfficialAccount;
import uk.safeguardcases.domain.official.OfficialAccountRepository;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;

/**
 * The steps of a person's three-year certification that its process takes, as the board's system (CHSCB authorised
 * use 3.1): the reminders 60 and 30 days before it expires, and at expiry unrenewed the suspension from every account
 * they are listed on. Each happens once per cycle however often its job runs ({@link Accreditation#remind},
 * {@link Accreditation#expire}); a step of a cycle a renewal replaced does nothing.
 */
@Stateless
public class AccreditationCycle {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private OfficialAccountRepository accounts;

    @Inject
    private PersonRepository people;

    @Inject
    private TimelineService timeline;

    @Inject
    private AccreditationMail mail;

    /**
     * The reminder {@code daysBefore} expiry (60 or 30), from the person's process: to them and to the board's senior
     * managers, once per cycle; nothing for a cycle a renewal replaced.
     */
    public void remind(long accreditationId, int daysBefore, LocalDate cycleExpiresOn) {
        accounts.accreditation(accreditationId).filter(a -> a.remind(daysBefore, cycleExpiresOn, Instant.now(clock)))
                .ifPresent(a -> {
                    String name = nameOf(a.username());
                    timeline.record(null, AuditAction.ACCREDITATION_REMINDER_SENT, name + " was reminded, with the"
                            + " board, that their certification expires on "
                            + PlainFormat.day(Locale.ENGLISH, a.expiresOn()) + " ("
                            + PlainFormat.count(daysBefore, "day", "days") + ").");
                    mail.expiring(a, name, daysBefore);
                });
    }

    /**
     * The certification expired unrenewed (from the person's process): they are suspended from every official account
     * they are listed on, and each account's owner is told. Once per cycle.
     */
    public void expire(long accreditationId, LocalDate cycleExpiresOn) {
        accounts.accreditation(accreditationId).filter(a -> a.expire(cycleExpiresOn, Instant.now(clock)))
                .ifPresent(this::suspendEverywhere);
    }

    /** The person is suspended from every account they are listed on; they and each account's owner are told. */
    private void suspendEverywhere(Accreditation a) {
        String name = nameOf(a.username());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Set<String> owners = new HashSet<>();
        StringBuilder handles = new StringBuilder();
        for (AccreditedUser listing : accounts.listingsOf(a.username())) {
            if (listing.suspend(now)) {
                OfficialAccount account = accounts.account(listing.accountId()).orElseThrow();
                owners.add(account.owner());
                handles.append(handles.isEmpty() ? "" : ", ").append(account.handle());
            }
        }
        timeline.record(null, AuditAction.ACCREDITED_USER_SUSPENDED, name + "'s certification expired on "
                + PlainFormat.day(Locale.ENGLISH, a.expiresOn()) + " unrenewed; suspended from "
                + (handles.isEmpty() ? "no official account" : handles) + ".");
        mail.expired(a, name, handles.toString(), owners);
    }

    private String nameOf(String username) {
        return people.byUsername(username).map(Person::displayName).orElse(username);
    }
}
