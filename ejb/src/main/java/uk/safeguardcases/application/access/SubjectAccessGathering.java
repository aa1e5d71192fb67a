package uk.safeguardcases.application.access;

import uk.safeguardcases.domain.access.SubjectAccessPart;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.safeguardcases.application.audit.AuditActions;
import uk.safeguardcases.application.audit.KnownReadings;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.cases.CaseFile;
import uk.safeguardcases.application.cases.CaseFileService;
import uk.safeguardcases.application.investigation.AllegationView;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.application.people.PeopleNames;
import uk.safeguardcases.application.people.PersonName;
import uk.safeguardcases.domain.access.SubjectAccessRequest;
import uk.safeguardcases.domain.audit.ReadRecord;
import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.cases.Redaction;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.notification.OutboxMessage;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;

/**
 * Everything the board holds about the person a subject access request is about, as one disclosure: the cases about
 * them (as the member a case is about, under their account or by the name they were raised under) and the cases they
 * raised themselves; in each, the concern, allegations, evidence (and which of it they were shown), the requests to
 * them and their answers, the referral, external referrals and the whole timeline; who read those cases; the
 * e-mails the board sent them; and, when they have an account, what they read themselves.
 *
 * <p>The disclosure is a tree of plain values (maps in a fixed order, lists, strings), the one source of both the
 * export's JSON and its PDF; the request's redactions are applied to every string of it once, here, so what either
 * file says is the same, and a third party's name marked once is gone from both.
 */
@Stateless
public class SubjectAccessGathering {

    /** The format the JSON declares, for whoever reads it by machine. */
    public static final String FORMAT = "safeguard-cases/subject-access/1";

    @Inject
    private SubjectAccessReadModel records;

    @Inject
    private PersonRepository persons;

    @Inject
    private CaseFileService caseFiles;

    @Inject
    private TimelineService timeline;

    @Inject
    private PeopleNames people;

    @Inject
    private AuditActions actions;

    @Inject
    private KnownReadings readings;

    @Inject
    @Any
    private Instance<SubjectAccessPart> parts;

    /** The disclosure for {@code request}, its redactions applied, as prepared at {@code preparedAt}. */
    public Disclosure gather(SubjectAccessRequest request, Board board, Instant preparedAt, String preparedBy) {
        Person account = request.subjectPersonId() == null ? null
                : persons.byId(request.subjectPersonId()).orElse(null);
        Set<String> leftOut = new HashSet<>(Redaction.terms(request.leftOut()));
        List<String> leftOutFound = new ArrayList<>();
        Set<String> logins = new HashSet<>();
        logins.add(preparedBy);

        List<Object> cases = new ArrayList<>();
        for (Found found : casesAbout(request, account)) {
            if (leftOut.contains(found.c().reference())) {
                leftOutFound.add(found.c().reference());
            } else {
                cases.add(found.raisedOnly() ? raisedCase(found.c(), account, logins) : caseOf(found.c(), logins));
            }
        }
        List<Object> emails = new ArrayList<>();
        for (OutboxMessage m : emailsTo(request, account)) {
            Map<String, Object> email = new LinkedHashMap<>();
            email.put("queued", when(m.createdAt()));
            email.put("sent", m.sentAt() == null ? (m.undeliverableAt() == null ? "not yet sent" : "could not be delivered")
                    : when(m.sentAt()));
            email.put("to", m.recipient());
            email.put("subject", m.subject());
            // A link to choose a password works once and must not travel further: its e-mail is described, not copied.
            email.put("text", Notice.PASSWORD_RESET.name().equals(m.kindName())
                    ? "A link to choose the account's password (not repeated here)." : m.body());
            emails.add(email);
        }
        List<Object> ownReading = new ArrayList<>();
        if (account != null) {
            for (ReadRecord r : records.readsBy(account.username())) {
                ownReading.add(read(r, false, logins));
            }
        }

        // Each process's own part (their Employee Declaration Forms…), in the order of its key.
        Map<String, Object> ownParts = new LinkedHashMap<>();
        parts.stream().sorted(java.util.Comparator.comparing(SubjectAccessPart::key))
                .forEach(part -> ownParts.put(part.key(), part.gather(request, account, logins)));

        Map<String, PersonName> names = people.of(logins);
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("format", FORMAT);
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("reference", request.reference());
        req.put("board", board.name());
        req.put("about", request.subjectName());
        req.put("requestedBy", request.requestedBy());
        req.put("received", day(request.receivedOn()));
        req.put("identityCheckedBy", request.identityCheckedBy());
        req.put("answerDue", day(request.answerDue()));
        req.put("extensionReason", request.extensionReason());
        req.put("prepared", when(preparedAt));
        req.put("preparedBy", described(names, preparedBy));
        tree.put("request", req);
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", request.subjectName());
        person.put("email", account != null ? account.email() : request.subjectEmail());
        person.put("account", account == null ? "none on this board" : account.username());
        tree.put("person", person);
        tree.put("cases", cases);
        tree.put("emails", emails);
        tree.put("whatTheyRead", ownReading);
        tree.putAll(ownParts);

        // The logins a document names become people's names and roles (resolved once, after gathering).
        Object named = nameLogins(tree, names);
        Redaction redaction = Redaction.of(request.redactions());
        @SuppressWarnings("unchecked")
        Map<String, Object> redacted = (Map<String, Object>) redact(named, redaction);
        return new Disclosure(redacted, cases.size(), emails.size(), redaction.count(), List.copyOf(leftOutFound));
    }

    /** A case the person's request finds, and whether they only raised it (it is about someone else). */
    private record Found(SafeguardingCase c, boolean raisedOnly) {
    }

    /**
     * The cases about the person (under their account; by their name, written however, when a case has no account)
     * and the cases they raised themselves, oldest first.
     */
    private List<Found> casesAbout(SubjectAccessRequest request, Person account) {
        Map<Long, Found> found = new LinkedHashMap<>();
        if (account != null) {
            records.casesAboutAccount(account.id()).forEach(c -> found.put(c.id(), new Found(c, false)));
        }
        String typed = request.subjectName().strip().toLowerCase(Locale.ROOT);
        records.casesAboutName(List.of(typed, comparable(request.subjectName())))
                .forEach(c -> found.putIfAbsent(c.id(), new Found(c, false)));
        if (account != null) {
            records.casesRaisedBy(account.username()).forEach(c -> found.putIfAbsent(c.id(), new Found(c, true)));
        }
        return found.values().stream().sorted((a, b) -> a.c().raisedAt().compareTo(b.c().raisedAt())).toList();
    }

    /**
     * A name as names are compared: composed the one way Unicode allows (NFC), without invisible formatting marks
     * (right-to-left marks, zero-width joiners), spaces collapsed, in lower case.
     */
    public static String comparable(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("\\p{Cf}", "").strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * A case the person raised about someone else: only their own part (when and how they raised it, the concern as
     * they told it, and what they did on it), never the other person's investigation.
     */
    private Map<String, Object> raisedCase(SafeguardingCase c, Person account, Set<String> logins) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reference", c.reference());
        out.put("theirPart", "raised the concern");
        out.put("source", c.source().label());
        out.put("raised", when(c.raisedAt()));
        out.put("concern", c.summary());
        List<Object> entries = new ArrayList<>();
        for (TimelineEntry t : timeline.forCase(c.id())) {
            if (t.actor().equals(account.username()) && !aThirdPartys(t)) {
                entries.add(entry(t, logins));
            }
        }
        out.put("timeline", entries);
        return out;
    }

    private List<OutboxMessage> emailsTo(SubjectAccessRequest request, Person account) {
        Set<String> addresses = new HashSet<>();
        if (account != null && account.email() != null) {
            addresses.add(account.email().strip().toLowerCase(Locale.ROOT));
        }
        if (request.subjectEmail() != null) {
            addresses.add(request.subjectEmail().strip().toLowerCase(Locale.ROOT));
        }
        return records.emailsTo(addresses);
    }

    private Map<String, Object> caseOf(SafeguardingCase c, Set<String> logins) {
        CaseFile file = caseFiles.fileOf(c.reference());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reference", c.reference());
        out.put("theirPart", "the member the case is about");
        out.put("member", c.subjectName());
        out.put("organisation", file.summary().organisationName());
        out.put("source", file.summary().source());
        out.put("raised", when(c.raisedAt()));
        out.put("raisedBy", login(c.raisedBy(), logins));
        out.put("step", file.summary().status());
        out.put("concern", file.concern());
        out.put("whenItHappened", file.concernOccurredOn() != null ? day(file.concernOccurredOn())
                : when(file.concernOccurredAt()));
        out.put("contentAddress", file.concernUrl());
        out.put("triageDecision", file.triageDecision() == null ? null : file.triageDecision().label());
        out.put("triageNote", file.triage() == null ? null : file.triage().note());
        out.put("outcome", file.outcome() == null ? null : file.outcome().label());
        out.put("findings", file.decision() == null ? null : file.decision().findings());
        out.put("closed", when(file.closedAt()));
        out.put("howItClosed", file.closureReason() == null ? null : file.closureReason().label());
        out.put("closureSummary", c.closure().summary());
        out.put("findingOnTheAllegation", c.finding().found() == null ? null : c.finding().found().label());
        out.put("approvalNote", c.decision().approvalNote());
        out.put("dateOfBirth", day(c.subjectDateOfBirth()));
        out.put("keptUntil", day(file.retentionUntil()));
        out.put("legalHold", c.hold().held() ? c.hold().reason() : null);

        List<Object> allegations = new ArrayList<>();
        for (AllegationView a : file.allegations()) {
            Map<String, Object> allegation = new LinkedHashMap<>();
            allegation.put("clause", a.clauseReference());
            allegation.put("clauseText", a.clauseText());
            allegation.put("category", a.category() == null ? null : a.category().label());
            allegation.put("severity", a.severity() == null ? null : a.severity().label());
            allegation.put("possibleOffence", a.possibleOffence() == null ? null : a.possibleOffence().label());
            allegation.put("particulars", a.particulars());
            allegation.put("recordedBy", login(a.recordedBy(), logins));
            allegations.add(allegation);
        }
        out.put("allegations", allegations);

        List<Object> evidence = new ArrayList<>();
        for (EvidenceView e : file.evidence()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("number", String.valueOf(e.number()));
            item.put("captured", when(e.capturedAt()));
            item.put("capturedBy", login(e.capturedBy(), logins));
            item.put("method", e.captureMethod());
            item.put("form", e.captureForm());
            item.put("platform", e.platform());
            if (e.illegalImagery()) {
                // Illegal imagery is never kept or shown: what was reported, not where or what it was.
                item.put("illegalImagery", "Reported to the authorities; not kept");
            } else {
                item.put("address", e.url());
                item.put("capturedText", e.capturedText());
                item.put("file", e.fileName());
            }
            item.put("sha256", e.sha256());
            item.put("shownToThem", e.shownToMember() ? "yes" : "no");
            evidence.add(item);
        }
        out.put("evidence", evidence);

        List<Object> requests = new ArrayList<>();
        for (CaseFile.Request r : file.requests()) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("kind", r.kind().label());
            request.put("sent", when(r.sentAt()));
            request.put("deadline", when(r.deadline()));
            request.put("answer", r.response() == null ? null : r.response().label());
            request.put("theirWords", r.responseText());
            request.put("answered", when(r.respondedAt()));
            request.put("decision", r.decision() == null ? null : decision(r.decision()));
            request.put("notCompliedWith", when(r.nonComplianceAt()));
            requests.add(request);
        }
        out.put("requests", requests);

        if (file.referral() != null) {
            CaseFile.Referral r = file.referral();
            Map<String, Object> referral = new LinkedHashMap<>();
            referral.put("kind", r.kind().label());
            referral.put("to", r.organisation());
            referral.put("sent", when(r.sentAt()));
            referral.put("acknowledged", when(r.acknowledgedAt()));
            referral.put("disciplinaryOutcome", r.hrOutcome() == null ? null : r.hrOutcome().label());
            referral.put("appealed", r.appealed() ? "yes" : null);
            out.put("referral", referral);
        }
        List<Object> external = new ArrayList<>();
        for (CaseFile.ExternalReferral e : file.externalReferrals()) {
            Map<String, Object> referral = new LinkedHashMap<>();
            referral.put("agency", e.agency().label());
            referral.put("theirReference", e.reference());
            referral.put("referred", when(e.referredAt()));
            external.add(referral);
        }
        out.put("externalReferrals", external);

        List<Object> entries = new ArrayList<>();
        for (TimelineEntry t : timeline.forCase(c.id())) {
            if (!aThirdPartys(t)) {
                entries.add(entry(t, logins));
            }
        }
        out.put("timeline", entries);

        List<Object> reads = new ArrayList<>();
        for (ReadRecord r : records.readsOfCase(c.id())) {
            reads.add(read(r, true, logins));
        }
        out.put("readBy", reads);
        return out;
    }

    /**
     * Whether a timeline entry is left out of the answer, as a third party's information (DPA 2018 Sch. 2 para. 16):
     * the public page's entries (received from whom, messages to and from the reporter, their evidence) together
     * narrow down who reported. What the concern said and the evidence itself are in the answer as for any concern.
     */
    private boolean aThirdPartys(TimelineEntry t) {
        return actions.byLabel(t.action()).map(TimelineAction::thirdPartysInformation).orElse(false);
    }

    private static Map<String, Object> entry(TimelineEntry t, Set<String> logins) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("when", when(t.occurredAt()));
        entry.put("who", login(t.actor(), logins));
        entry.put("what", t.action());
        entry.put("detail", t.erasedAt() != null ? "(erased " + when(t.erasedAt()) + ")" : t.detail());
        return entry;
    }

    private Map<String, Object> read(ReadRecord r, boolean byWhom, Set<String> logins) {
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("when", when(r.readAt()));
        if (byWhom) {
            read.put("who", login(r.reader(), logins));
        }
        read.put("what", readings.byName(r.what()).label());
        read.put("case", r.caseReference());
        return read;
    }

    /** A login the tree names, marked so it becomes the person's name and role once all are known. */
    private static String login(String login, Set<String> logins) {
        if (login == null) {
            return null;
        }
        logins.add(login);
        return LOGIN + login;
    }

    private static final String LOGIN = "\u0000login:";

    private static Object nameLogins(Object node, Map<String, PersonName> names) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, nameLogins(v, names)));
            return out;
        }
        if (node instanceof Collection<?> list) {
            return list.stream().map(v -> nameLogins(v, names)).toList();
        }
        if (node instanceof String s && s.startsWith(LOGIN)) {
            return described(names, s.substring(LOGIN.length()));
        }
        return node;
    }

    private static String described(Map<String, PersonName> names, String login) {
        PersonName name = names.get(login);
        if (name != null) {
            return name.described();
        }
        return "system".equals(login) ? "Safeguard Cases (automatic step)" : login;
    }

    /** The values the product writes itself (references, hashes, its own words): never redacted. */
    private static final Set<String> PRODUCTS_OWN = Set.of("format", "reference", "case", "sha256", "theirPart",
            "number", "shownToThem", "illegalImagery");

    /** Every string of the tree through the redaction; map keys and the product's own values are never redacted. */
    private static Object redact(Object node, Redaction redaction) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, PRODUCTS_OWN.contains(k) ? v : redact(v, redaction)));
            return out;
        }
        if (node instanceof Collection<?> list) {
            return list.stream().map(v -> redact(v, redaction)).toList();
        }
        if (node instanceof String s) {
            return redaction.apply(s);
        }
        return node;
    }

    /** The officer's decision on the member's answer, in words ("Rejected"), from the value it is kept as. */
    private static String decision(String value) {
        try {
            return uk.safeguardcases.domain.requests.RequestDecision.valueOf(value).label();
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static String when(Instant instant) {
        return SubjectAccessPart.when(instant);
    }

    private static String day(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * What was gathered: the tree (maps of strings, lists and maps; null values are "not recorded") and its counts.
     *
     * @param redacted how many passages the redactions replaced, in the whole disclosure
     * @param leftOut the references of the cases found but left out, as the officer chose
     */
    public record Disclosure(Map<String, Object> tree, int cases, int emails, int redacted, List<String> leftOut) {
    }
}
