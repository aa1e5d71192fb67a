package uk.safeguardcases.application.chronology;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.ReadAudit;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.ReadKind;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.Role;

/**
 * A person's chronology (issue 41): every concern and case about them and the requests made of them in those cases,
 * then what each process holds about them (its {@link ChronologyPart}: low-level concerns, policy declarations,
 * accreditation and official accounts, searches logged …), in time order, for the board's officers and senior
 * managers. A read model: one query per kind of record (a handful, whatever the number of lines), each on the caller's
 * board only (Hibernate's tenant filter), and every opening recorded in the read audit.
 */
@Stateless
public class Chronologies {

    private static final int MAX_PER_KIND = 1000;

    private static final String HAPPENED = "HAPPENED";
    private static final String CONCERN_RAISED = "CONCERN_RAISED";
    private static final String CASE_CLOSED = "CASE_CLOSED";
    private static final String REQUEST_SENT = "REQUEST_SENT";
    private static final String REQUEST_ANSWERED = "REQUEST_ANSWERED";

    /** The kinds of line of the product's own records, worded by the core's pages; each process brings its own. */
    public static final List<String> KINDS = List.of(HAPPENED, CONCERN_RAISED, CASE_CLOSED, REQUEST_SENT,
            REQUEST_ANSWERED);

    @Inject
    private ChronologyReadModel chronology;

    @Inject
    private uk.safeguardcases.domain.people.PersonRepository people;

    @Inject
    private uk.safeguardcases.domain.organisation.OrganisationRepository organisations;

    @Inject
    private ReadAudit reads;

    @Inject
    private uk.safeguardcases.application.tenancy.CaseLookup cases;

    @Inject
    @Any
    private Instance<ChronologyPart> parts;

    /** The chronology of the board's person {@code personId}; another board's (or nobody's) is "not found". */
    public PersonChronology of(long personId) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        Person person = people.byId(personId)
                .orElseThrow(() -> new NotFoundException(Texts.text("notFound.chronologyPerson")));
        reads.recordAboutPerson(ReadKind.PERSON_CHRONOLOGY_VIEWED, person.id());
        List<ChronologyLine> lines = new ArrayList<>();
        List<Long> caseIds = new ArrayList<>();
        Map<Long, String> caseRefs = new HashMap<>();
        for (Object[] c : chronology.casesAbout(person.id(), MAX_PER_KIND)) {
            String ref = (String) c[1];
            caseIds.add((Long) c[0]);
            caseRefs.put((Long) c[0], ref);
            String link = "/officer/case.xhtml?ref=" + ref;
            if (c[6] != null && ((Instant) c[6]).isBefore((Instant) c[2])) {
                lines.add(Boolean.TRUE.equals(c[7])
                        ? ChronologyLine.ofDay(((Instant) c[6]).atZone(ChronologyLine.UK).toLocalDate(), HAPPENED,
                                ref, null, link)
                        : ChronologyLine.of((Instant) c[6], HAPPENED, ref, null, link));
            }
            lines.add(ChronologyLine.of((Instant) c[2], CONCERN_RAISED, ref, c[5], link));
            if (c[3] != null) {
                lines.add(ChronologyLine.of((Instant) c[3], CASE_CLOSED, ref, c[4], link));
            }
        }
        for (Object[] r : chronology.requestsTo(person.id(), MAX_PER_KIND)) {
            String ref = caseRefs.getOrDefault((Long) r[2], "");
            lines.add(ChronologyLine.of((Instant) r[0], REQUEST_SENT, ref, r[1],
                    "/officer/case.xhtml?ref=" + ref));
            if (r[3] != null) {
                lines.add(ChronologyLine.of((Instant) r[3], REQUEST_ANSWERED, ref, r[4],
                        "/officer/case.xhtml?ref=" + ref));
            }
        }
        for (ChronologyPart part : parts) {
            lines.addAll(part.linesAbout(person, MAX_PER_KIND));
        }
        String username = person.username();
        lines.sort(Comparator.comparing(ChronologyLine::at).thenComparing(ChronologyLine::kind));
        String organisation = person.organisationId() == null ? "" : organisations.byId(person.organisationId())
                .map(o -> Texts.wording(o.name(), o.nameCy())).orElse("");
        return new PersonChronology(person.id(), person.displayName(), username, organisation, List.copyOf(lines));
    }

    /** The board's person with a case: the id of the member a case is about (for the case page's link), if any. */
    public java.util.Optional<Long> personOfCase(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        try {
            // The case its page has already read in this request (issue 61), not a query of its own.
            return java.util.Optional.ofNullable(cases.toRead(reference).subjectPersonId());
        } catch (NotFoundException e) {
            return java.util.Optional.empty();
        }
    }

}
