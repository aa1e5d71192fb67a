package uk.safeguardcases.application.cases;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.ConcernRaisedAbout;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.cases.SubjectAction;
import uk.safeguardcases.domain.cases.SubjectChange;
import uk.safeguardcases.domain.organisation.OrganisationRepository;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * The officer says whom an open case is about ({@link SubjectChange}): the member's account and their parent
 * organisation, or another organisation of the board. Another board's person or organisation is not found, as any
 * record of another board is; the HR partner and the member cannot do either.
 */
@Stateless
public class CaseSubjects {

    private static final int MAX_REASON = 1000;

    @Inject
    private CaseLookup lookup;

    @Inject
    private PersonRepository people;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private TimelineService timeline;

    /** The register of low-level concerns counts the case for the member from now on. */
    @Inject
    private Event<ConcernRaisedAbout> raisedAbout;

    /**
     * Links the case to the board's active member {@code username} and moves it to their parent organisation. The
     * name shown stays as the case was raised with it unless {@code useAccountName}. Replacing an account already
     * linked is a correction and needs {@code reason}.
     */
    public void identifyMember(String reference, String username, boolean useAccountName, String reason) {
        CallerContext.require(Role.OFFICER);
        SafeguardingCase c = lookup.byReference(reference);
        Person member = username == null ? null : people.byUsername(username.strip())
                .filter(p -> p.active() && p.roles().contains(Role.MEMBER)).orElse(null);
        if (member == null) {
            throw new NotFoundException(Texts.text("notFound.person"));
        }
        String why = reason(reason);
        refuse(c, c.identificationRefused(member.id(), why));
        ParentOrganisation theirs = member.organisationId() == null ? null
                : organisations.byId(member.organisationId()).orElse(null);
        Long before = c.subjectPersonId();
        String organisationBefore = c.organisation().name();
        c.identifySubject(member.id(), theirs, useAccountName ? member.displayName() : null, why);
        StringBuilder detail = new StringBuilder("Linked to member #").append(member.id());
        if (before != null) {
            detail.append(" (was member #").append(before).append(')');
        }
        detail.append("; parent organisation ").append(c.organisation().name());
        if (!organisationBefore.equals(c.organisation().name())) {
            detail.append(" (was ").append(organisationBefore).append(')');
        }
        detail.append(useAccountName ? "; the name shown is the account's." : "; the name shown is as raised.");
        if (why != null) {
            detail.append(" Reason: ").append(why);
        }
        timeline.record(c.id(), before == null ? SubjectAction.MEMBER_IDENTIFIED
                : SubjectAction.MEMBER_IDENTIFICATION_CORRECTED, detail.toString());
        raisedAbout.fire(new ConcernRaisedAbout(member.id()));
    }

    /** Moves the case to another active parent organisation of the board; away from an offered one, with a reason. */
    public void moveToOrganisation(String reference, Long organisationId, String reason) {
        CallerContext.require(Role.OFFICER);
        SafeguardingCase c = lookup.byReference(reference);
        ParentOrganisation to = organisationId == null ? null
                : organisations.byId(organisationId).filter(ParentOrganisation::active).orElse(null);
        if (to == null) {
            throw new NotFoundException(Texts.text("notFound.organisation"));
        }
        String why = reason(reason);
        refuse(c, c.moveRefused(to, why));
        String before = c.organisation().name();
        c.moveToOrganisation(to, why);
        timeline.record(c.id(), SubjectAction.MOVED_TO_ORGANISATION, "Parent organisation " + to.name() + " (was "
                + before + ")." + (why == null ? "" : " Reason: " + why));
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() > MAX_REASON) {
            throw new InvalidInputException(Map.of("reason", Texts.text("input.tooLong", MAX_REASON)));
        }
        return why.isEmpty() ? null : why;
    }

    private static void refuse(SafeguardingCase c, SubjectChange.Refusal refused) {
        if (refused != null) {
            throw new InvalidInputException(Map.of("reason", Texts.text("subject.refused." + refused.name(),
                    c.reference())));
        }
    }
}
