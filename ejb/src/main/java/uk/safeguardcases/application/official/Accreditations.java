package uk.safeguardcases.application.official;

import static uk.safeguardcases.application.official.AccountSteps.check;
import static uk.safeguardcases.application.official.AccountSteps.text;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.official.Accreditation;
import uk.safeguardcases.domain.official.AccreditedUser;
import uk.safeguardcases.domain.official.Certification;
import uk.safeguardcases.domain.official.OfficialAccount;
import uk.safeguardcases.domain.official.OfficialAccountProcess;
import uk.safeguardcases.domain.official.OfficialAccountRepository;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * CHSCB authorised use 3.1-3.2: "All Authorised Users must be trained and certified. Certification must be renewed
 * every three years", and "A user will only be authorised when they have passed the accreditation test and been
 * listed (designated in a specific role) by the CHSCB." A senior manager records each pass, which starts or renews
 * the person's three-year cycle and its process ({@link AccreditationCycle} reminds and expires it), and lists a
 * person certified now on an account.
 */
@Stateless
public class Accreditations {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private OfficialAccountRepository accounts;

    @Inject
    private PersonRepository people;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    /**
     * 3.1: the person was trained and passed the accreditation test. A first accreditation starts its three-year
     * cycle; a later pass renews it (a new cycle; accounts they were suspended from are theirs again).
     */
    public void recordAccreditation(String username, LocalDate trainedOn, LocalDate passedOn) {
        Caller caller = CallerContext.require(Role.SENIOR);
        Map<String, String> problems = new LinkedHashMap<>();
        String who = username == null ? "" : username.strip();
        Optional<Person> person = people.byUsername(who);
        if (person.isEmpty()) {
            problems.put("username", AccountWords.text("official.person.unknown"));
        }
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.UK));
        if (trainedOn == null) {
            problems.put("trainedOn", AccountWords.text("official.trainedOn.missing"));
        } else if (trainedOn.isAfter(today)) {
            problems.put("trainedOn", Texts.text("input.date.future"));
        }
        if (passedOn == null) {
            problems.put("passedOn", AccountWords.text("official.passedOn.missing"));
        } else if (passedOn.isAfter(today)) {
            problems.put("passedOn", Texts.text("input.date.future"));
        } else if (trainedOn != null && passedOn.isBefore(trainedOn)) {
            problems.put("passedOn", AccountWords.text("official.passedOn.beforeTraining"));
        }
        Optional<Accreditation> existing = person.isEmpty() ? Optional.empty() : accounts.accreditationOf(who);
        if (existing.isPresent() && passedOn != null && !existing.get().renewedBy(passedOn)) {
            problems.put("passedOn", AccountWords.text("official.passedOn.notLater",
                    Texts.date(existing.get().passedOn())));
        }
        check(problems);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String name = person.get().displayName();
        if (existing.isEmpty()) {
            Accreditation a = new Accreditation(who, trainedOn, passedOn, caller.username(), now);
            accounts.add(a);
            a.startedAs(processes.start(OfficialAccountProcess.ACCREDITATION, "ACCREDITATION-" + who, cycle(a)));
            timeline.record(null, AuditAction.ACCREDITATION_PASSED, name + " passed the accreditation test on "
                    + PlainFormat.day(Locale.ENGLISH, passedOn) + "; certified until "
                    + PlainFormat.day(Locale.ENGLISH, a.expiresOn()) + ".");
            return;
        }
        Accreditation a = existing.get();
        a.renew(trainedOn, passedOn, caller.username(), now);
        renewProcess(a);
        int reinstated = 0;
        for (AccreditedUser listing : accounts.listingsOf(who)) {
            if (listing.reinstate()) {
                reinstated++;
            }
        }
        timeline.record(null, AuditAction.ACCREDITATION_RENEWED, name + " passed the accreditation test again on "
                + PlainFormat.day(Locale.ENGLISH, passedOn) + "; certified until "
                + PlainFormat.day(Locale.ENGLISH, a.expiresOn()) + (reinstated > 0 ? "; authorised again on "
                + PlainFormat.count(reinstated, "official account", "official accounts") + "." : "."));
    }

    /** A renewal restarts the person's process: its timers set again for the new cycle's dates. */
    private void renewProcess(Accreditation a) {
        String instance = a.processInstanceId();
        List<String> at = instance == null ? List.of() : processes.activeSteps(instance);
        if (at.isEmpty()) {
            a.startedAs(processes.start(OfficialAccountProcess.ACCREDITATION, "ACCREDITATION-" + a.username(),
                    cycle(a)));
            return;
        }
        try {
            processes.deliver(instance, at.get(0), OfficialAccountProcess.RENEWED, cycle(a));
        } catch (StepUnavailableException e) {
            throw new TaskAlreadyDoneException(AccountWords.text("official.accreditation.busy"));
        }
    }

    /** The cycle's dates, as absolute instants for the process's timers ({@link Certification}). */
    private static Map<String, Object> cycle(Accreditation a) {
        return Map.of(OfficialAccountProcess.ACCREDITATION_ID, a.id(),
                OfficialAccountProcess.FIRST_REMINDER_AT, Date.from(Certification.firstReminderAt(a.expiresOn())),
                OfficialAccountProcess.SECOND_REMINDER_AT, Date.from(Certification.secondReminderAt(a.expiresOn())),
                OfficialAccountProcess.EXPIRES_AT, Date.from(Certification.expiresAt(a.expiresOn())),
                OfficialAccountProcess.EXPIRES_ON, a.expiresOn().toString());
    }

    /** The board's accreditations, soonest to expire first. */
    public List<AccreditationView> accreditations() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        List<Accreditation> all = accounts.accreditations();
        Map<String, String> names = people.displayNames(all.stream().map(Accreditation::username).toList());
        return all.stream().map(a -> new AccreditationView(a.username(), names.getOrDefault(a.username(),
                a.username()), a.trainedOn(), a.passedOn(), a.expiresOn(), a.expiredAt() != null,
                a.firstReminderSentAt(), a.secondReminderSentAt(), a.renewals())).toList();
    }

    /** 3.2: lists an accredited person on an account in a designated role; only a person certified now. */
    public void list(long accountId, String username, String designatedRole) {
        Caller caller = CallerContext.require(Role.SENIOR);
        OfficialAccount account = AccountSteps.account(accounts, accountId);
        Map<String, String> problems = new LinkedHashMap<>();
        String who = username == null ? "" : username.strip();
        String role = text(problems, "designatedRole", designatedRole, 200, AccountWords.text("official.role.missing"));
        Optional<Accreditation> accreditation = accounts.accreditationOf(who);
        if (people.byUsername(who).isEmpty()) {
            problems.put("username", AccountWords.text("official.person.unknown"));
        } else if (accreditation.isEmpty()
                || !accreditation.get().validOn(LocalDate.now(clock.withZone(WorkingCalendar.UK)))) {
            problems.put("username", AccountWords.text("official.notAccredited"));
        } else if (accounts.usersOf(accountId).stream().anyMatch(u -> u.username().equals(who))) {
            problems.put("username", AccountWords.text("official.alreadyListed"));
        }
        check(problems);
        accounts.add(new AccreditedUser(accountId, who, role, caller.username(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        timeline.record(null, AuditAction.ACCREDITED_USER_LISTED, people.byUsername(who).get().displayName()
                + " listed on " + account.handle() + " as " + role + ".");
    }
}
