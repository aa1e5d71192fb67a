package uk.safeguardcases.application.administration;

import uk.safeguardcases.domain.audit.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.organisation.OrganisationRepository;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.Role;

/** The board administrator's parent organisations; every change is written to the board's timeline. */
@Stateless
public class OrganisationAdministration {

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private TimelineService timeline;

    public List<AdminOrganisation> organisations() {
        CallerContext.require(Role.ADMIN);
        return organisations.allActiveFirst().stream().map(OrganisationAdministration::view).toList();
    }

    public AdminOrganisation organisation(long id) {
        CallerContext.require(Role.ADMIN);
        return view(find(id));
    }

    /** Adds an organisation; {@code nameCy} is its name in Welsh, blank when it is the same or not yet given. */
    public AdminOrganisation add(String name, OrganisationKind kind, String hrEmail, String nameCy) {
        CallerContext.require(Role.ADMIN);
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanName = name(problems, name, null);
        String cleanEmail = details(problems, kind, hrEmail);
        String welsh = Checks.optionalText(problems, "nameCy", nameCy, 200);
        Checks.check(problems);
        ParentOrganisation organisation = new ParentOrganisation(cleanName, kind, cleanEmail);
        organisation.nameInWelsh(welsh);
        organisations.add(organisation);
        timeline.record(null, AuditAction.ORGANISATION_ADDED, cleanName + " (" + kind.label() + "); HR e-mail "
                + Checks.quote(cleanEmail));
        return view(organisation);
    }

    public AdminOrganisation change(long id, String name, OrganisationKind kind, String hrEmail, String nameCy) {
        CallerContext.require(Role.ADMIN);
        ParentOrganisation organisation = find(id);
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanName = name(problems, name, organisation.id());
        String cleanEmail = details(problems, kind, hrEmail);
        String welsh = Checks.optionalText(problems, "nameCy", nameCy, 200);
        Checks.check(problems);
        Checks.Changes changes = new Checks.Changes()
                .field("name", organisation.name(), cleanName)
                .field("name in Welsh", organisation.nameCy(), welsh)
                .field("kind", organisation.kind().label(), kind.label())
                .field("HR e-mail", organisation.hrEmail(), cleanEmail);
        if (changes.any()) {
            String before = organisation.name();
            organisation.change(cleanName, kind, cleanEmail);
            organisation.nameInWelsh(welsh);
            timeline.record(null, AuditAction.ORGANISATION_CHANGED, before + ": " + changes);
        }
        return view(organisation);
    }

    /** Deletes an organisation nothing names yet; one that people, cases or referrals name is deactivated. */
    public OrganisationRemoval remove(long id) {
        CallerContext.require(Role.ADMIN);
        ParentOrganisation organisation = find(id);
        if (referenced(organisation.id())) {
            if (organisation.active()) {
                organisation.deactivate();
                timeline.record(null, AuditAction.ORGANISATION_DEACTIVATED, organisation.name()
                        + " (still named by people or cases, so kept): active: 'yes' → 'no'");
            }
            return OrganisationRemoval.DEACTIVATED;
        }
        organisations.remove(organisation);
        timeline.record(null, AuditAction.ORGANISATION_DELETED, organisation.name() + " (" + organisation.kind().label()
                + "); HR e-mail " + Checks.quote(organisation.hrEmail()));
        return OrganisationRemoval.DELETED;
    }

    public AdminOrganisation reactivate(long id) {
        CallerContext.require(Role.ADMIN);
        ParentOrganisation organisation = find(id);
        if (!organisation.active()) {
            organisation.reactivate();
            timeline.record(null, AuditAction.ORGANISATION_REACTIVATED, organisation.name() + ": active: 'no' → 'yes'");
        }
        return view(organisation);
    }

    private boolean referenced(long id) {
        return organisations.named(id);
    }

    private ParentOrganisation find(long id) {
        return organisations.byId(id).orElseThrow(() -> new NotFoundException(Texts.text("notFound.organisation")));
    }

    private String name(Map<String, String> problems, String name, Long self) {
        String clean = Checks.text(problems, "name", name, 200, Texts.text("organisation.name.missing"));
        if (!problems.containsKey("name")) {
            boolean taken = organisations.idsNamed(clean).stream()
                    .anyMatch(other -> !other.equals(self));
            if (taken) {
                problems.put("name", Texts.text("organisation.name.taken", clean));
            }
        }
        return clean;
    }

    private static String details(Map<String, String> problems, OrganisationKind kind, String hrEmail) {
        if (kind == null) {
            problems.put("kind", Texts.text("organisation.kind.missing"));
        }
        return Checks.email(problems, "hrEmail", hrEmail,
                Texts.text("organisation.hrEmail.missing"));
    }

    static AdminOrganisation view(ParentOrganisation o) {
        return new AdminOrganisation(o.id(), o.name(), o.kind(), o.kind().label(), o.hrEmail(), o.active(),
                o.nameCy());
    }
}
