package uk.safeguardcases.web.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguardcases.application.search.SearchRules;
import uk.safeguardcases.application.search.SearchRuleView;
import uk.safeguardcases.domain.search.SearchRuleKind;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * The board's rule on searching about a child (issue 16, part 2), set by its administrator: prohibited, or allowed
 * with authorisation, quoting a clause of the board's catalogue or its own words.
 */
@Named
@ViewScoped
public class SearchRuleForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PATH = "/admin/search-rule.xhtml";

    @Inject
    private SearchRules rules;

    private SearchRuleView current;
    private SearchRuleKind rule;
    private String clauseReference;
    private String clauseText;
    private Integer windowDays;
    private Integer keepUntilAge;

    public void load() {
        Pages.load(() -> {
            current = rules.rule();
            if (rule == null) {
                rule = current.rule();
                clauseReference = current.clauseReference();
                clauseText = current.clauseText();
                windowDays = current.windowDays();
                keepUntilAge = current.keepUntilAge();
            }
        });
    }

    public void save() {
        Pages.step("rule", Language.text("searches", "done.ruleSaved"), PATH, () -> rules.setRule(rule,
                clauseReference, clauseReference == null || clauseReference.isBlank() ? clauseText : null,
                windowDays == null ? 0 : windowDays, keepUntilAge == null ? 0 : keepUntilAge));
    }

    public SearchRuleKind[] getRules() {
        return SearchRuleKind.values();
    }

    public SearchRuleView getCurrent() {
        return current;
    }

    public SearchRuleKind getRule() {
        return rule;
    }

    public void setRule(SearchRuleKind rule) {
        this.rule = rule;
    }

    public String getClauseReference() {
        return clauseReference;
    }

    public void setClauseReference(String clauseReference) {
        this.clauseReference = clauseReference;
    }

    public String getClauseText() {
        return clauseText;
    }

    public void setClauseText(String clauseText) {
        this.clauseText = clauseText;
    }

    public Integer getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(Integer windowDays) {
        this.windowDays = windowDays;
    }

    public Integer getKeepUntilAge() {
        return keepUntilAge;
    }

    public void setKeepUntilAge(Integer keepUntilAge) {
        this.keepUntilAge = keepUntilAge;
    }
}
