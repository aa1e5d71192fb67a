package uk.safeguardcases.application.administration;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.people.Accounts;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.organisation.OrganisationRepository;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.people.SecretToken;

/**
 * Adding a partner organisation's people in one go, from a CSV file with the columns {@code username, name, email,
 * roles, organisation}: first a preview, every row with what is wrong with it; then the import, which adds every row
 * or, if any is wrong, none. Nobody's password travels in the file: each new person gets an e-mail with a link to
 * choose their own.
 */
@Stateless
public class PeopleImport {

    /** The columns, as the header row names them. */
    static final List<String> COLUMNS = List.of("username", "name", "email", "roles", "organisation");
    static final int MAX_ROWS = 2000;

    @Inject
    private OrganisationRepository organisationRecords;

    @Resource
    private SessionContext context;

    @Inject
    private PeopleAdministration administration;

    @Inject
    private PersonRepository people;

    @Inject
    private Accounts accounts;

    @Inject
    private TimelineService timeline;

    /** Every row and what is wrong with it; nothing is written. */
    public ImportReport preview(String csv) {
        ImportReport report = check(csv);
        context.setRollbackOnly();
        return report;
    }

    /** Adds every row, or (if any row is wrong) none: then the report says why, row by row. */
    public ImportReport importAll(String csv) {
        ImportReport report = check(csv);
        if (!report.ok()) {
            context.setRollbackOnly();
            return report;
        }
        for (ImportReport.Row row : report.rows()) {
            Person person = people.byUsername(row.username()).orElseThrow();
            person.requirePasswordChange();
            accounts.sendResetForAdministrator(person.id());
        }
        timeline.record(null, AuditAction.PEOPLE_IMPORTED, report.rows().size() + " people from a CSV file");
        return new ImportReport(report.rows(), report.problem(), true);
    }

    /** Reads the file and adds each row in this transaction (rolled back unless every row is right). */
    private ImportReport check(String csv) {
        CallerContext.require(uk.safeguardcases.domain.people.Role.ADMIN);
        List<List<String>> rows = CsvRows.parse(csv == null ? "" : csv);
        if (rows.isEmpty()) {
            return ImportReport.refused(Texts.text("import.empty"));
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(COLUMNS)) {
            return ImportReport.refused(Texts.text("import.header", String.join(",", COLUMNS)));
        }
        if (rows.size() - 1 > MAX_ROWS) {
            return ImportReport.refused(Texts.text("import.tooMany", MAX_ROWS));
        }
        Map<String, Long> organisations = new LinkedHashMap<>();
        organisationRecords.active().forEach(o -> organisations.put(o.name().strip().toLowerCase(Locale.ROOT), o.id()));
        List<ImportReport.Row> checked = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = new ArrayList<>(rows.get(i));
            while (cells.size() < COLUMNS.size()) {
                cells.add("");
            }
            Map<String, String> problems = new LinkedHashMap<>();
            if (rows.get(i).size() > COLUMNS.size()) {
                problems.put("row", Texts.text("import.columns", COLUMNS.size()));
            }
            Set<Role> roles = roles(cells.get(3), problems);
            String organisation = cells.get(4).strip();
            Long organisationId = organisation.isEmpty() ? null
                    : organisations.get(organisation.toLowerCase(Locale.ROOT));
            if (!organisation.isEmpty() && organisationId == null) {
                problems.put("organisationId", Texts.text("import.organisation.unknown", organisation));
            }
            if (problems.isEmpty()) {
                try {
                    administration.add(cells.get(0), cells.get(1), cells.get(2), roles, organisationId,
                            SecretToken.newToken().toCharArray());
                    people.writeNow();
                } catch (InvalidInputException e) {
                    problems.putAll(e.fieldMessages());
                }
            }
            checked.add(new ImportReport.Row(i + 1, cells.get(0).strip(), cells.get(1).strip(), cells.get(2).strip(),
                    cells.get(3).strip(), organisation, Map.copyOf(problems)));
        }
        return new ImportReport(checked, null, false);
    }

    private static Set<Role> roles(String cell, Map<String, String> problems) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : cell.split("[;|\\s]+")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                roles.add(Role.fromRoleName(name.strip().toLowerCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                problems.put("roles", Texts.text("import.role.unknown", name.strip()));
            }
        }
        return roles;
    }
}
