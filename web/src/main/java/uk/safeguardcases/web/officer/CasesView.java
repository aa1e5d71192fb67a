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
import uk.safeguardcases.application.board.OrganisationView;
import uk.safeguardcases.application.cases.CaseFilter;
import uk.safeguardcases.application.cases.CaseSearch;
import uk.safeguardcases.domain.cases.ConcernsWhom;
import uk.safeguardcases.web.shell.BoardClauses;
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
    private BoardClauses clauses;

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
    private List<Option> steps;
    private List<Option> sources;
    private List<Option> concernsWhom;
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
        CaseFilter filter = query.filter();
        steps = options(CaseStatus.values(), filter.step());
        sources = options(CaseSource.values(), filter.source());
        concernsWhom = options(ConcernsWhom.values(), filter.whom());
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

    /**
     * The board's parent organisations, read when the page is drawn and not kept with it (nor are the clauses): a
     * national board's lists are long, and every case list a person keeps open would hold them (issue 43).
     */
    @SuppressWarnings("unchecked")
    public List<OrganisationView> getOrganisations() {
        // Read once a request (a repeat may ask more than once), kept in the request, not the view.
        return (List<OrganisationView>) FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .computeIfAbsent(CasesView.class.getName() + ".organisations", key -> boards.organisations());
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
        String tag = language.getTag();
        Long chosen = query.filter().clauseId();
        return clauses.inForce().stream().map(cl -> new Option(String.valueOf(cl.id()),
                cl.reference() + " – " + formats.shorten(cl.text(), 90), cl.id().equals(chosen),
                cl.lang() != null && !cl.lang().equals(tag))).toList();
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
