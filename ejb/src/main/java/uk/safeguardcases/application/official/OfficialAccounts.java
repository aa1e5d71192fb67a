package uk.safeguardcases.application.official;

import java.time.Clock;
import jakarta.ejb.Stateless;
import uk.safeguardcases.application.PlainFormat;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.cases.SeriesReferences;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.official.Accreditation;
import uk.safeguardcases.domain.official.AccreditedUser;
import uk.safeguardcases.domain.official.Certification;
import uk.safeguardcases.domain.official.OfficialAccount;
import uk.safeguardcases.domain.official.OfficialAccountDecision;
import uk.safeguardcases.domain.official.OfficialAccountProcess;
import uk.safeguardcases.domain.official.OfficialAccountRepository;
import uk.safeguardcases.domain.official.OfficialAccountRequest;
import uk.safeguardcases.domain.official.OfficialAccountRequestStatus;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.people.SeparationOfDuties;

/**
 * Official accounts and accredited users (CHSCB Authorised Use of Official Social Media Accounts; Cwm Taf: "Any use
 * of social networking sites for official purposes must follow the appropriate approval process"): a partner's
 * business case for a new account, decided by the board (four eyes); the register of accounts; each person's
 * accreditation, valid three years, with its reminders and, at expiry, suspension from every account. Everything is
 * the caller's board's only.
 */
@Stateless
public class OfficialAccounts {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    /** Anyone of the board may make a business case (2.1: "a safeguarding partner"). */
    private static final Role[] PARTNERS = {Role.MEMBER, Role.OFFICER, Role.SENIOR, Role.HR, Role.ADMIN};

    @Inject
    private SeriesReferences references;

    @Inject
    private OfficialAccountRequestReferences series;

    @Inject
    private OfficialAccountRepository accounts;

    @Inject
    private PersonRepository people;

    @Inject
    private BoardRepository boards;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    @Inject
    private CaseLookup cases;

    @Inject
    private AccreditationMail mail;

    /** 2.1: a partner asks for a new official account with a brief business case; answers its reference. */
    public String request(OfficialAccountRequestDetails input) {
        Caller caller = CallerContext.require(PARTNERS);
        Map<String, String> problems = new LinkedHashMap<>();
        if (input.platform() == null) {
            problems.put("platform", AccountWords.text("official.platform.missing"));
        }
        String handle = text(problems, "handle", handle(input.handle()), 100,
                AccountWords.text("official.handle.missing"));
        String name = text(problems, "setUpName", input.setUpName(), 200,
                AccountWords.text("official.setUpName.missing"));
        String title = text(problems, "jobTitle", input.jobTitle(), 200,
                AccountWords.text("official.jobTitle.missing"));
        String bio = text(problems, "biographyRole", input.biographyRole(), 500, null);
        String businessCase = text(problems, "businessCase", input.businessCase(), 4000,
                AccountWords.text("official.businessCase.missing"));
        if (problems.isEmpty() && accounts.byHandle(input.platform(), handle).isPresent()) {
            problems.put("handle", AccountWords.text("official.handle.registered"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Board board = boards.current();
        // Two requests made at once queue here for the board's next number (held until commit).
        boards.lock(board);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int year = LocalDate.now(clock.withZone(WorkingCalendar.UK)).getYear();
        String reference = references.next(board.id(), board.referencePrefix(), series, year);
        OfficialAccountRequest request = new OfficialAccountRequest(reference, caller.username(), now,
                input.platform(), handle, name, title, bio.isEmpty() ? null : bio, businessCase);
        accounts.add(request);
        request.startedAs(processes.start(OfficialAccountProcess.REQUEST, reference, Map.of(
                OfficialAccountProcess.REQUEST_ID, request.id(),
                OfficialAccountProcess.REQUESTED_BY, caller.username())));
        timeline.record(null, AuditAction.OFFICIAL_ACCOUNT_REQUESTED, reference + ": a business case for "
                + handle + " (" + input.platform().label() + ") by " + caller.displayName() + ".");
        return reference;
    }

    /** The caller's own business cases, newest first. */
    public List<OfficialAccountRequestView> myRequests() {
        Caller caller = CallerContext.require(PARTNERS);
        return views(accounts.requestsBy(caller.username()), caller);
    }

    /** The board's business cases, newest first: for its officers and senior managers. */
    public List<OfficialAccountRequestView> requests() {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        return views(accounts.requests(), caller);
    }

    /** One business case: for the board's officers and seniors, and for whoever made it. */
    public OfficialAccountRequestView request(String reference) {
        Caller caller = CallerContext.require(PARTNERS);
        OfficialAccountRequest r = find(reference);
        if (!caller.has(Role.OFFICER) && !caller.has(Role.SENIOR) && !r.requestedBy().equals(caller.username())) {
            throw notFound(reference);
        }
        return views(List.of(r), caller).get(0);
    }

    /**
     * 2.2-2.4: the board approves the account and registers it as asked, with the head-and-shoulders profile picture
     * checked (by the decider, recorded). Never by the requester.
     */
    public long approve(String reference, String note, boolean pictureChecked) {
        Caller caller = CallerContext.require(Role.SENIOR);
        OfficialAccountRequest r = decidable(reference, caller);
        Map<String, String> problems = new LinkedHashMap<>();
        String why = text(problems, "decisionNote", note, 2000, null);
        if (!pictureChecked) {
            problems.put("pictureChecked", AccountWords.text("official.picture.unchecked"));
        }
        if (accounts.byHandle(r.platform(), r.handle()).isPresent()) {
            problems.put("decisionNote", AccountWords.text("official.handle.registered"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        OfficialAccount account = new OfficialAccount(r.platform(), r.handle(), r.requestedBy(), r.setUpName(),
                r.jobTitle(), r.biographyRole(), false, caller.username(), now);
        complete(r, OfficialAccountProcess.DECIDE, caller, OfficialAccountDecision.APPROVED);
        accounts.add(account);
        r.approve(caller.username(), now, why.isEmpty() ? null : why, account.id());
        timeline.record(null, AuditAction.OFFICIAL_ACCOUNT_APPROVED, r.reference() + ": approved by "
                + caller.displayName() + ".");
        timeline.record(null, AuditAction.OFFICIAL_ACCOUNT_REGISTERED, r.handle() + " (" + r.platform().label()
                + ") registered, set up as " + r.setUpName() + ", " + r.jobTitle()
                + "; head-and-shoulders profile picture checked by " + caller.displayName() + ".");
        return account.id();
    }

    /** 2.2: further consultation with the requester is required; they answer, then it is decided again. */
    public void consult(String reference, String question) {
        Caller caller = CallerContext.require(Role.SENIOR);
        OfficialAccountRequest r = decidable(reference, caller);
        Map<String, String> problems = new LinkedHashMap<>();
        String asked = text(problems, "consultationQuestion", question, 2000,
                AccountWords.text("official.consultation.missing"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        complete(r, OfficialAccountProcess.DECIDE, caller, OfficialAccountDecision.FURTHER_CONSULTATION);
        r.consult(caller.username(), asked);
        timeline.record(null, AuditAction.OFFICIAL_ACCOUNT_CONSULTATION, r.reference()
                + ": further consultation with the requester required.");
    }

    /** The requester answers the board's consultation. */
    public void answerConsultation(String reference, String answer) {
        Caller caller = CallerContext.require(PARTNERS);
        OfficialAccountRequest r = find(reference);
        if (!r.requestedBy().equals(caller.username())) {
            throw notFound(reference);
        }
        if (r.status() != OfficialAccountRequestStatus.IN_CONSULTATION) {
            throw new TaskAlreadyDoneException(Texts.text("task.noLongerOpen", r.reference()));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String said = text(problems, "consultationAnswer", answer, 4000, AccountWords.text("official.answer.missing"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        complete(r, OfficialAccountProcess.ANSWER_CONSULTATION, caller, null);
        r.answerConsultation(said);
        timeline.record(null, AuditAction.OFFICIAL_ACCOUNT_CONSULTATION_ANSWERED, r.reference()
                + ": the requester answered the consultation; to be decided again.");
    }

    /** 2.2: refused, with the board's reason. */
    public void refuse(String reference, String reason) {
        Caller caller = CallerContext.require(Role.SENIOR);
        OfficialAccountRequest r = decidable(reference, caller);
        Map<String, String> problems = new LinkedHashMap<>();
        String why = text(problems, "decisionNote", reason, 2000, AccountWords.text("official.refusal.reasonMissing"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        complete(r, OfficialAccountProcess.DECIDE, caller, OfficialAccountDecision.REFUSED);
        r.refuse(caller.username(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS), why);
        timeline.record(null, AuditAction.OFFICIAL_ACCOUNT_REFUSED, r.reference() + ": refused by "
                + caller.displayName() + ".");
    }

    /**
     * Registers an account the board already runs, such as its shared account (2.5-2.6), without a business case:
     * by a senior manager, who checks its profile picture (2.4).
     */
    public long register(Platform platform, String handle, String ownerUsername, String setUpName, String jobTitle,
            String biographyRole, boolean shared, boolean pictureChecked) {
        Caller caller = CallerContext.require(Role.SENIOR);
        Map<String, String> problems = new LinkedHashMap<>();
        if (platform == null) {
            problems.put("platform", AccountWords.text("official.platform.missing"));
        }
        String h = text(problems, "handle", handle(handle), 100, AccountWords.text("official.handle.missing"));
        String name = text(problems, "setUpName", setUpName, 200, AccountWords.text("official.setUpName.missing"));
        String title = text(problems, "jobTitle", jobTitle, 200, AccountWords.text("official.jobTitle.missing"));
        String bio = text(problems, "biographyRole", biographyRole, 500, null);
        String owner = ownerUsername == null ? "" : ownerUsername.strip();
        if (people.byUsername(owner).isEmpty()) {
            problems.put("owner", AccountWords.text("official.person.unknown"));
        }
        if (!pictureChecked) {
            problems.put("pictureChecked", AccountWords.text("official.picture.unchecked"));
        }
        if (platform != null && !h.isEmpty() && accounts.byHandle(platform, h).isPresent()) {
            problems.put("handle", AccountWords.text("official.handle.registered"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OfficialAccount account = new OfficialAccount(platform, h, owner, name, title, bio.isEmpty() ? null : bio,
                shared, caller.username(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        accounts.add(account);
        timeline.record(null, AuditAction.OFFICIAL_ACCOUNT_REGISTERED, h + " (" + platform.label() + ") registered"
                + (shared ? " as the board's shared account" : "") + ", set up as " + name + ", " + title
                + "; head-and-shoulders profile picture checked by " + caller.displayName() + ".");
        return account.id();
    }

    /** The register: every official account of the board with its accredited users. */
    public List<OfficialAccountView> register() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        List<OfficialAccount> all = accounts.accounts();
        return all.stream().map(this::view).toList();
    }

    /**
     * The board's accounts to choose from on a case's page: handle and platform only, without the users, names and
     * accreditations each account's full view reads (a query or more an account, on every opening of a case).
     */
    public List<OfficialAccountChoice> choices() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return accounts.accounts().stream().map(a -> new OfficialAccountChoice(a.id(), a.platform(), a.handle()))
                .toList();
    }

    /** One account of the register; another board's is not found. */
    public OfficialAccountView account(long id) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return view(accounts.account(id).orElseThrow(() -> new NotFoundException(
                AccountWords.text("official.notFound.account"))));
    }

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
        if (existing.isPresent() && passedOn != null && !passedOn.isAfter(existing.get().passedOn())) {
            problems.put("passedOn", AccountWords.text("official.passedOn.notLater",
                    Texts.date(existing.get().passedOn())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String name = person.get().displayName();
        if (existing.isEmpty()) {
            Accreditation a = new Accreditation(who, trainedOn, passedOn, caller.username(), now);
            accounts.add(a);
            a.startedAs(processes.start(OfficialAccountProcess.ACCREDITATION, "ACCREDITATION-" + who, cycle(a)));
            timeline.record(null, AuditAction.ACCREDITATION_PASSED, name + " passed the accreditation test on "
                    + PlainFormat.day(Locale.ENGLISH, passedOn) + "; certified until " + PlainFormat.day(Locale.ENGLISH, a.expiresOn()) + ".");
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
                + PlainFormat.day(Locale.ENGLISH, passedOn) + "; certified until " + PlainFormat.day(Locale.ENGLISH, a.expiresOn()) + (reinstated > 0 ? "; authorised again on "
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

    private static Map<String, Object> cycle(Accreditation a) {
        return Map.of(OfficialAccountProcess.ACCREDITATION_ID, a.id(),
                OfficialAccountProcess.FIRST_REMINDER_AT, Date.from(Certification.firstReminderAt(a.expiresOn())),
                OfficialAccountProcess.SECOND_REMINDER_AT, Date.from(Certification.secondReminderAt(a.expiresOn())),
                OfficialAccountProcess.EXPIRES_AT, Date.from(Certification.expiresAt(a.expiresOn())),
                OfficialAccountProcess.EXPIRES_ON, a.expiresOn().toString());
    }

    /** 3.2: lists an accredited person on an account in a designated role; only a person certified now. */
    public void list(long accountId, String username, String designatedRole) {
        Caller caller = CallerContext.require(Role.SENIOR);
        OfficialAccount account = accounts.account(accountId)
                .orElseThrow(() -> new NotFoundException(AccountWords.text("official.notFound.account")));
        Map<String, String> problems = new LinkedHashMap<>();
        String who = username == null ? "" : username.strip();
        String role = text(problems, "designatedRole", designatedRole, 200, AccountWords.text("official.role.missing"));
        Optional<Accreditation> accreditation = accounts.accreditationOf(who);
        if (people.byUsername(who).isEmpty()) {
            problems.put("username", AccountWords.text("official.person.unknown"));
        } else if (accreditation.isEmpty() || !accreditation.get().validOn(LocalDate.now(clock.withZone(WorkingCalendar.UK)))) {
            problems.put("username", AccountWords.text("official.notAccredited"));
        } else if (accounts.usersOf(accountId).stream().anyMatch(u -> u.username().equals(who))) {
            problems.put("username", AccountWords.text("official.alreadyListed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        accounts.add(new AccreditedUser(accountId, who, role, caller.username(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        timeline.record(null, AuditAction.ACCREDITED_USER_LISTED, people.byUsername(who).get().displayName()
                + " listed on " + account.handle() + " as " + role + ".");
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

    /** The people of the board, by user name, for choosing whom to accredit or list. */
    public Map<String, String> boardPeople() {
        CallerContext.require(Role.SENIOR);
        return people.activeNames();
    }

    /**
     * The reminder {@code daysBefore} expiry (60 or 30), from the person's process: to them and to the board's senior
     * managers, once per cycle; nothing for a cycle a renewal replaced.
     */
    public void remind(long accreditationId, int daysBefore, LocalDate cycleExpiresOn) {
        accounts.accreditation(accreditationId).filter(a -> a.remind(daysBefore, cycleExpiresOn, Instant.now(clock)))
                .ifPresent(a -> {
                    String name = nameOf(a.username());
                    timeline.record(null, AuditAction.ACCREDITATION_REMINDER_SENT, name + " was reminded, with the"
                            + " board, that their certification expires on " + PlainFormat.day(Locale.ENGLISH, a.expiresOn()) + " ("
                            + PlainFormat.count(daysBefore, "day", "days") + ").");
                    mail.expiring(a, name, daysBefore);
                });
    }

    /**
     * The certification expired unrenewed (from the person's process): they are suspended from every official account
     * they are listed on, and each account's owner is told. Once per cycle.
     */
    public void expire(long accreditationId, LocalDate cycleExpiresOn) {
        accounts.accreditation(accreditationId).filter(a -> a.expire(cycleExpiresOn, Instant.now(clock))).ifPresent(a -> {
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
                    + PlainFormat.day(Locale.ENGLISH, a.expiresOn()) + " unrenewed; suspended from " + (handles.isEmpty() ? "no official account"
                    : handles) + ".");
            mail.expired(a, name, handles.toString(), owners);
        });
    }

    /** An investigation is about the use of one of the board's official accounts (null: about none). */
    public void linkCase(String caseReference, Long accountId) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = cases.byReference(caseReference);
        OfficialAccount account = accountId == null ? null : accounts.account(accountId)
                .orElseThrow(() -> new NotFoundException(AccountWords.text("official.notFound.account")));
        c.concernsOfficialAccount(account == null ? null : account.id());
        timeline.record(c.id(), AuditAction.CASE_OFFICIAL_ACCOUNT_NAMED, account == null
                ? "The case is not about an official account."
                : "The case is about the official account " + account.handle() + " (" + account.platform().label()
                        + ").");
    }

    /** The official account a case is about, with its accredited users; empty for none. */
    public Optional<OfficialAccountView> accountOfCase(String caseReference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = cases.toRead(caseReference);
        return c.officialAccountId() == null ? Optional.empty()
                : accounts.account(c.officialAccountId()).map(this::view);
    }

    private OfficialAccountView view(OfficialAccount a) {
        List<AccreditedUser> users = accounts.usersOf(a.id());
        Map<String, String> names = people.displayNames(Stream.concat(Stream.of(a.owner(), a.pictureCheckedBy(),
                a.registeredBy()), users.stream().map(AccreditedUser::username)).distinct().toList());
        return new OfficialAccountView(a.id(), a.platform(), a.handle(), names.getOrDefault(a.owner(), a.owner()),
                a.setUpName(), a.jobTitle(), a.biographyRole(), a.shared(),
                names.getOrDefault(a.pictureCheckedBy(), a.pictureCheckedBy()), a.pictureCheckedAt(),
                names.getOrDefault(a.registeredBy(), a.registeredBy()), a.registeredAt(),
                users.stream().map(u -> {
                    Optional<Accreditation> cert = accounts.accreditationOf(u.username());
                    return new OfficialAccountView.AccreditedUserView(u.username(),
                            names.getOrDefault(u.username(), u.username()), u.designatedRole(),
                            cert.map(Accreditation::passedOn).orElse(null),
                            cert.map(Accreditation::expiresOn).orElse(null), u.suspended(), u.suspendedAt());
                }).toList());
    }

    private List<OfficialAccountRequestView> views(List<OfficialAccountRequest> requests, Caller caller) {
        Collection<String> usernames = requests.stream().flatMap(r -> Stream.of(r.requestedBy(), r.decidedBy()))
                .filter(u -> u != null).distinct().toList();
        Map<String, String> names = people.displayNames(usernames);
        return requests.stream().map(r -> new OfficialAccountRequestView(r.reference(), r.requestedBy(),
                names.getOrDefault(r.requestedBy(), r.requestedBy()), r.requestedAt(), r.platform(), r.handle(),
                r.setUpName(), r.jobTitle(), r.biographyRole(), r.businessCase(), r.status(),
                r.consultationQuestion(), r.consultationAnswer(),
                r.decidedBy() == null ? null : names.getOrDefault(r.decidedBy(), r.decidedBy()), r.decidedAt(),
                r.decisionNote(), r.accountId(),
                caller.has(Role.SENIOR) && r.status() == OfficialAccountRequestStatus.AWAITING_DECISION
                        && r.decidableBy(caller.username()),
                r.status() == OfficialAccountRequestStatus.IN_CONSULTATION
                        && r.requestedBy().equals(caller.username()))).toList();
    }

    private OfficialAccountRequest decidable(String reference, Caller caller) {
        OfficialAccountRequest r = find(reference);
        if (!SeparationOfDuties.permits(r.requestedBy(), caller.username())) {
            throw new AccessRefusedException(AccountWords.text("official.ownRequest"));
        }
        if (r.status() != OfficialAccountRequestStatus.AWAITING_DECISION) {
            throw new TaskAlreadyDoneException(Texts.text("task.noLongerOpen", r.reference()));
        }
        return r;
    }

    private void complete(OfficialAccountRequest r, String task, Caller caller, OfficialAccountDecision decision) {
        try {
            processes.complete(r.processInstanceId(), task, caller.username(), decision == null ? Map.of()
                    : Map.of(OfficialAccountProcess.DECISION, decision.name()));
        } catch (StepUnavailableException e) {
            throw new TaskAlreadyDoneException(Texts.text("task.noLongerOpen", r.reference()));
        }
    }

    private OfficialAccountRequest find(String reference) {
        return accounts.request(reference).orElseThrow(() -> notFound(reference));
    }

    private static NotFoundException notFound(String reference) {
        return new NotFoundException(AccountWords.text("official.notFound.request",
                reference == null ? "" : reference.strip()));
    }

    private String nameOf(String username) {
        return people.byUsername(username).map(Person::displayName).orElse(username);
    }

    /** A handle as people write it, with or without the @ (stored with it for the platforms that use one). */
    private static String handle(String handle) {
        String h = handle == null ? "" : handle.strip();
        return h.isEmpty() || h.startsWith("@") || h.contains("/") || h.contains(" ") ? h : "@" + h;
    }

    private static String text(Map<String, String> problems, String field, String value, int max, String whenMissing) {
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

}
