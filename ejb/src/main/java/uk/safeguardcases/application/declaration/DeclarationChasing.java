package uk.safeguardcases.application.declaration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.declaration.DeclarationRepository;
import uk.safeguardcases.domain.declaration.PolicyVersion;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * What the processes' timers chase: a member is reminded at 7 and 14 days and their manager told at 21 (model
 * policy 5.1), the policy's owner is reminded of its review date (11.1). Each is recorded and e-mailed once, however
 * often its job runs.
 */
@Stateless
public class DeclarationChasing {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private DeclarationRepository declarations;

    @Inject
    private PersonRepository people;

    @Inject
    private TimelineService timeline;

    @Inject
    private DeclarationMail mail;

    /** The owner's reminder of the review date (from the version's timer): recorded and e-mailed once. */
    public void reviewDue(long versionId) {
        declarations.version(versionId).filter(v -> v.remindOfReview(Instant.now(clock))).ifPresent(v -> {
            Person owner = people.byId(v.ownerPersonId()).orElse(null);
            timeline.record(null, AuditAction.POLICY_REVIEW_REMINDER_SENT, "Version " + v.number() + " “" + v.title()
                    + "” is due for review on " + PlainFormat.day(Locale.ENGLISH, v.reviewDate()) + "; its owner"
                    + (owner == null ? "" : ", " + owner.displayName() + ",") + " was reminded.");
            if (owner != null && owner.active()) {
                mail.reviewDue(owner, v.number(), v.title(), v.reviewDate());
            } else {
                for (Person admin : people.activeWith(Role.ADMIN)) {
                    mail.reviewDue(admin, v.number(), v.title(), v.reviewDate());
                }
            }
        });
    }

    /** The 7-day or the 14-day reminder (from the declaration's timers): recorded and e-mailed once, while unsigned. */
    public void remind(long declarationId, boolean second) {
        declarations.byId(declarationId).filter(d -> d.remind(second, Instant.now(clock))).ifPresent(d -> {
            PolicyVersion version = declarations.version(d.policyVersionId()).orElseThrow();
            Person member = people.byId(d.personId()).orElseThrow();
            timeline.record(null, AuditAction.DECLARATION_REMINDER_SENT, member.displayName() + " reminded ("
                    + (second ? "14" : "7") + " days) to complete the declaration of version " + version.number() + ".");
            if (member.active()) {
                mail.reminder(member, version.number(), version.title(), d.askedAt());
            }
        });
    }

    /**
     * 21 days unsigned (from the declaration's timer): the member's manager is told (model policy 5.1: managers make
     * sure every member of their team completes it), or, with no manager on the member's record, the board's
     * administrators. Recorded once.
     */
    public void escalate(long declarationId) {
        declarations.byId(declarationId).filter(d -> d.escalate(Instant.now(clock))).ifPresent(d -> {
            PolicyVersion version = declarations.version(d.policyVersionId()).orElseThrow();
            Person member = people.byId(d.personId()).orElseThrow();
            Person manager = member.managerPersonId() == null ? null
                    : people.byId(member.managerPersonId()).filter(Person::active).orElse(null);
            List<Person> told = manager != null ? List.of(manager) : people.activeWith(Role.ADMIN);
            for (Person recipient : told) {
                mail.overdue(recipient, member, manager != null, version.number(),
                        version.title(), d.askedAt());
            }
            timeline.record(null, AuditAction.DECLARATION_ESCALATED, member.displayName() + " has not completed the"
                    + " declaration of version " + version.number() + " in 21 days; "
                    + (manager != null ? "their manager, " + manager.displayName() + ", was told."
                            : "no manager is recorded, so the board's administrators were told."));
        });
    }
}
