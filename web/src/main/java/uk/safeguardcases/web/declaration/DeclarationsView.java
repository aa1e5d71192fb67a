package uk.safeguardcases.web.declaration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.declaration.Completion;
import uk.safeguardcases.application.declaration.ManagerChoice;
import uk.safeguardcases.application.declaration.PolicyDeclarations;
import uk.safeguardcases.application.declaration.PolicyVersionDetails;
import uk.safeguardcases.application.declaration.PolicyVersionView;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/**
 * The board's policy versions and declarations (NSCB model policy 4.2, 5.1 and 11): publishing a version, which asks
 * every member to declare it; the latest version's completion by organisation and by manager, with its CSV; and the
 * versions published so far. For the board's administrators.
 */
@Named
@ViewScoped
public class DeclarationsView implements Serializable {

    @Inject
    private PolicyDeclarations declarations;

    @Inject
    private BoardService boards;

    private List<PolicyVersionView> versions;
    private Completion completion;
    private List<ManagerChoice> owners;
    private int clausesInForce;

    private String title;
    private String effectiveFrom;
    private String reviewDate;
    private Long ownerId;

    @PostConstruct
    void load() {
        versions = declarations.versions();
        completion = declarations.completion().orElse(null);
        owners = declarations.possibleOwners();
        clausesInForce = boards.clauses().size();
        if (title == null && !versions.isEmpty()) {
            PolicyVersionView latest = versions.get(0);
            title = latest.title();
        }
    }

    public void publish() {
        Pages.step("publish", () -> {
            // Dates that are not dates are said with every other problem of the form.
            Map<String, String> dateProblems = new LinkedHashMap<>();
            LocalDate from = date("effectiveFrom", effectiveFrom, dateProblems);
            LocalDate review = date("reviewDate", reviewDate, dateProblems);
            try {
                int number = declarations.publish(new PolicyVersionDetails(title, from, review, ownerId));
                return Done.then("/admin/declarations.xhtml", Language.text("declarations", "admin.published", number));
            } catch (InvalidInputException e) {
                if (dateProblems.isEmpty()) {
                    throw e;
                }
                Map<String, String> problems = new LinkedHashMap<>(e.fieldMessages());
                problems.putAll(dateProblems);
                throw new InvalidInputException(problems);
            }
        });
    }

    private static LocalDate date(String field, String value, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, Language.text("declarations", "admin.error.date"));
            return null;
        }
    }

    public List<PolicyVersionView> getVersions() {
        return versions;
    }

    public Completion getCompletion() {
        return completion;
    }

    public List<ManagerChoice> getOwners() {
        return owners;
    }

    public int getClausesInForce() {
        return clausesInForce;
    }

    public int getNextNumber() {
        return versions.isEmpty() ? 1 : versions.get(0).number() + 1;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(String effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(String reviewDate) {
        this.reviewDate = reviewDate;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }
}
