package uk.safeguardcases.web.officer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.ClauseView;
import uk.safeguardcases.application.board.OrganisationView;
import uk.safeguardcases.application.cases.CaseSearch;
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

    private CaseListQuery query;
    private CaseListModel model;
    private List<OrganisationView> organisations;
    private List<ClauseView> clauses;
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
        clauses = boards.clauses();
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

    public List<ClauseView> getClauses() {
        return clauses;
    }

    public CaseStatus[] getSteps() {
        return CaseStatus.values();
    }

    public uk.safeguardcases.domain.cases.ConcernsWhom[] getConcernsWhom() {
        return uk.safeguardcases.domain.cases.ConcernsWhom.values();
    }

    public CaseSource[] getSources() {
        return CaseSource.values();
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
