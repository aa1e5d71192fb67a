package uk.safeguardcases.web.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import uk.safeguardcases.application.search.ChildSearchRequestDetails;
import uk.safeguardcases.application.search.ChildSearchView;
import uk.safeguardcases.application.search.RegisterFilter;
import uk.safeguardcases.application.search.SearchRegister;
import uk.safeguardcases.application.search.SearchRequests;
import uk.safeguardcases.application.search.SearchRuleView;
import uk.safeguardcases.application.search.SearchRules;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.search.ChildSearchStatus;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * The board's searches about children (LSCB §3): the register, filterable by state, platform and date and exported
 * for inspection; the board's rule; and, for an officer where the rule allows it, the request for a new search.
 */
@Named
@ViewScoped
public class ChildSearchesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SearchRequests requests;

    @Inject
    private SearchRegister searches;

    @Inject
    private SearchRules rules;

    private transient List<ChildSearchView> register;
    private transient SearchRuleView rule;

    private ChildSearchStatus status;
    private Platform platform;
    private String from;
    private String to;

    private String childReference;
    private String agencyCaseNumber;
    private Integer childBirthYear;
    private String concern;
    private List<String> platforms = new ArrayList<>();
    private String lookedAt;
    private boolean openMethodsDeclared;

    public void request() {
        Pages.step("request", () -> {
            String reference = requests.request(new ChildSearchRequestDetails(childReference, agencyCaseNumber,
                    childBirthYear, concern, ChildSearchPage.platforms(platforms), lookedAt, openMethodsDeclared));
            return Pages.Done.then(ChildSearchPage.pathOf(reference),
                    Language.text("searches", "done.requested", reference));
        });
    }

    public void show() {
        register = null;
    }

    public List<ChildSearchView> getRegister() {
        if (register == null) {
            register = searches.register(filter());
        }
        return register;
    }

    private RegisterFilter filter() {
        return new RegisterFilter(status, platform, date(from), date(to));
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The exports' query: the filter as shown. */
    public String getQuery() {
        StringBuilder q = new StringBuilder("?");
        if (status != null) {
            q.append("status=").append(status.name()).append('&');
        }
        if (platform != null) {
            q.append("platform=").append(platform.name()).append('&');
        }
        if (date(from) != null) {
            q.append("from=").append(URLEncoder.encode(from.strip(), StandardCharsets.UTF_8)).append('&');
        }
        if (date(to) != null) {
            q.append("to=").append(URLEncoder.encode(to.strip(), StandardCharsets.UTF_8)).append('&');
        }
        return q.substring(0, q.length() - 1);
    }

    public SearchRuleView getRule() {
        if (rule == null) {
            rule = rules.rule();
        }
        return rule;
    }

    public boolean isOfficer() {
        return CallerContext.current().has(Role.OFFICER);
    }

    public Platform[] getPlatformChoices() {
        return Platform.values();
    }

    public ChildSearchStatus[] getStatuses() {
        return ChildSearchStatus.values();
    }

    public ChildSearchStatus getStatus() {
        return status;
    }

    public void setStatus(ChildSearchStatus status) {
        this.status = status;
    }

    public Platform getPlatform() {
        return platform;
    }

    public void setPlatform(Platform platform) {
        this.platform = platform;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getChildReference() {
        return childReference;
    }

    public void setChildReference(String childReference) {
        this.childReference = childReference;
    }

    public String getAgencyCaseNumber() {
        return agencyCaseNumber;
    }

    public void setAgencyCaseNumber(String agencyCaseNumber) {
        this.agencyCaseNumber = agencyCaseNumber;
    }

    public Integer getChildBirthYear() {
        return childBirthYear;
    }

    public void setChildBirthYear(Integer childBirthYear) {
        this.childBirthYear = childBirthYear;
    }

    public String getConcern() {
        return concern;
    }

    public void setConcern(String concern) {
        this.concern = concern;
    }

    public List<String> getPlatforms() {
        return platforms;
    }

    public void setPlatforms(List<String> platforms) {
        this.platforms = platforms;
    }

    public String getLookedAt() {
        return lookedAt;
    }

    public void setLookedAt(String lookedAt) {
        this.lookedAt = lookedAt;
    }

    public boolean isOpenMethodsDeclared() {
        return openMethodsDeclared;
    }

    public void setOpenMethodsDeclared(boolean openMethodsDeclared) {
        this.openMethodsDeclared = openMethodsDeclared;
    }
}
