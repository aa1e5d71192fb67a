package uk.safeguardcases.web.officer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.ClauseView;
import uk.safeguardcases.application.board.OrganisationView;
import uk.safeguardcases.application.cases.CaseFilter;
import uk.safeguardcases.application.cases.CaseSearch;
import uk.safeguardcases.domain.cases.ConcernsWhom;
import uk.safeguardcases.web.shell.Formats;
import uk.safeguardcases.web.shell.Labels;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;

/** The board's cases: a filtered, sorted, paged list, from the database a page at a time. */
@Named
@ViewScoped
public class CasesView implements Serializable {

    @Inject
    private CaseSearch search;

    @Inject
    private BoardService boards;

    @Inject
    private Labels labels;

    @Inject
    private Formats formats;

    @Inject
    private Language language;

    /** A choice of a filter's list, worded once for the view (the page reads properties, calls no method). */
    public record Option(String value, String words, boolean selected, boolean englishOnly) implements Serializable {
    }

    private CaseListQuery query;
    private CaseListModel model;
    private List<OrganisationView> organisations;
    private List<Option> steps;
    private List<Option> sources;
    private List<Option> concernsWhom;
    private List<Option> clauseOptions;
    private int first;
    private int rows;

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        query = CaseListQuery.from(parameters::get);
        model = new CaseListModel(search, query.filter(), query.sort());
        rows = query.size();
        first = (query.page() - 1) * rows;
        organisations = boards.organisations();
        List<ClauseView> clauses = boards.clauses();
        CaseFilter filter = query.filter();
        steps = options(CaseStatus.values(), filter.step());
        sources = options(CaseSource.values(), filter.source());
        concernsWhom = options(ConcernsWhom.values(), filter.whom());
        String tag = language.getTag();
        clauseOptions = clauses.stream().map(cl -> new Option(String.valueOf(cl.id()),
                cl.reference() + " – " + formats.shorten(cl.text(), 90), cl.id().equals(filter.clauseId()),
                cl.lang() != null && !cl.lang().equals(tag))).toList();
    }

    private List<Option> options(Enum<?>[] values, Enum<?> chosen) {
        return Arrays.stream(values).map(v -> new Option(v.name(), labels.of(v), v == chosen, false)).toList();
    }

    public CaseListQuery getQuery() {
        return query;
    }

    public CaseListModel getModel() {
        return model;
    }

    public List<OrganisationView> getOrganisations() {
        return organisations;
    }

    public List<Option> getSteps() {
        return steps;
    }

    public List<Option> getConcernsWhom() {
        return concernsWhom;
    }

    public List<Option> getSources() {
        return sources;
    }

    /** The board's clauses as choices, each marked when its words are only in English on a Welsh page. */
    public List<Option> getClauseOptions() {
        return clauseOptions;
    }

    public List<Integer> getPageSizes() {
        return CaseListQuery.PAGE_SIZES;
    }

    /** The address of the CSV export of every case this list's filter matches. */
    public String getCsvHref() {
        String queryString = query.filterQueryString();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/officer/cases.csv"
                + (queryString.isEmpty() ? "" : "?" + queryString);
    }

    public boolean isFiltered() {
        return !query.filter().isEmpty();
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }

    public int getRows() {
        return rows;
    }

    public void setRows(int rows) {
        this.rows = rows;
    }
}
