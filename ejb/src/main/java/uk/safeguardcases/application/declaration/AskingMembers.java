package uk.safeguardcases.application.declaration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.declaration.Declaration;
import uk.safeguardcases.domain.declaration.DeclarationProcess;
import uk.safeguardcases.domain.declaration.DeclarationRepository;
import uk.safeguardcases.domain.declaration.PolicyVersion;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * Every member of the board's organisations is asked to complete the Employee Declaration Form for the latest
 * version (NSCB model policy 4.2): by the version's process once it is published, and on joining for a member who
 * joins later. A declaration of an earlier version left unsigned ends: the latest asks again.
 */
@Stateless
public class AskingMembers {

    /** Members asked, or unsigned declarations of earlier versions ended, in one job of a version's process. */
    public static final int BATCH = 200;

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private DeclarationRepository declarations;

    @Inject
    private PersonRepository people;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    @Inject
    private DeclarationMail mail;

    /**
     * Asks every active member of the board's organisations who has not been asked for this version to declare it,
     * and ends the unsigned declarations of earlier versions (this one asks again) and the earlier versions' wait
     * for review, in batches of {@link #BATCH}: answers true while there may be more to do, and the version's process
     * runs it again, each batch a job and a transaction of its own (a board of 20,000 members asked in one ran the
     * node out of memory, and until then each flush checked every declaration made before it). Idempotent: run
     * again, it asks nobody twice.
     */
    public boolean askMembers(long versionId) {
        return askMembers(versionId, BATCH);
    }

    /** {@link #askMembers(long)} with at most {@code batch} declarations asked or ended. */
    public boolean askMembers(long versionId, int batch) {
        PolicyVersion version = declarations.version(versionId).orElse(null);
        if (version == null || declarations.latest().map(l -> l.number() != version.number()).orElse(true)) {
            return false; // a later version was published before this one's job ran: that one asks
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        boolean first = version.askedAt() == null;
        if (first) {
            for (PolicyVersion earlier : declarations.versions()) {
                if (earlier.number() < version.number() && earlier.processInstanceId() != null) {
                    endWait(earlier.processInstanceId(), DeclarationProcess.AWAITING_REVIEW,
                            DeclarationProcess.VERSION_SUPERSEDED);
                }
            }
        }
        int done = 0;
        int superseded = 0;
        for (Declaration old : declarations.openBefore(versionId, batch)) {
            done++;
            if (old.supersede(now)) {
                superseded++;
                endWait(old.processInstanceId(), DeclarationProcess.DECLARE, DeclarationProcess.SUPERSEDED);
            }
        }
        List<Person> members = done == batch ? List.of() : declarations.membersNotAsked(versionId, batch - done);
        for (Person member : members) {
            ask(version, member, now);
            done++;
        }
        if (first || !members.isEmpty() || superseded > 0) {
            version.asked(members.size(), now);
            timeline.record(null, AuditAction.DECLARATIONS_ASKED, "Version " + version.number() + ": "
                    + PlainFormat.count(members.size(), "member", "members")
                    + " asked to complete the Employee Declaration Form"
                    + (superseded > 0 ? "; " + PlainFormat.count(superseded, "unsigned declaration",
                    "unsigned declarations") + " of earlier versions superseded" : "")
                    + (done == batch ? " (in batches: more to follow)" : "")
                    + ".");
        }
        return done == batch;
    }

    /**
     * A member who joins the board (or becomes a member) after the latest version was published is asked to declare
     * it at once; nothing happens when no version has been published or they were asked already.
     */
    public void askNewMember(long personId) {
        Person person = people.byId(personId).orElse(null);
        if (person == null || !person.active() || person.organisationId() == null
                || !person.roles().contains(Role.MEMBER)) {
            return;
        }
        declarations.latest().filter(v -> v.askedAt() != null)
                .filter(v -> declarations.of(v.id(), personId).isEmpty())
                .ifPresent(v -> {
                    ask(v, person, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
                    v.asked(1, Instant.now(clock));
                    timeline.record(null, AuditAction.DECLARATIONS_ASKED, "Version " + v.number() + ": "
                            + person.displayName() + " asked to complete the Employee Declaration Form on joining.");
                });
    }

    private void ask(PolicyVersion version, Person member, Instant now) {
        Declaration declaration = new Declaration(version.id(), member.id(), member.organisationId(), now);
        declarations.add(declaration);
        declaration.startedAs(processes.start(DeclarationProcess.KEY, "DECLARATION-" + declaration.id(),
                Map.of(DeclarationProcess.DECLARATION_ID, declaration.id(),
                        DeclarationProcess.MEMBER, member.username())));
        mail.asked(member, version.number(), version.title(), version.effectiveFrom());
    }

    private void endWait(String instanceId, String waitingAt, String message) {
        if (instanceId == null) {
            return;
        }
        try {
            processes.deliver(instanceId, waitingAt, message, Map.of());
        } catch (StepUnavailableException e) {
            // it had already moved on (reminded, or ended): nothing waits there any more
        }
    }
}
