package uk.safeguardcases.web.officer;

import uk.safeguardcases.application.cases.CaseNext;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import uk.safeguardcases.application.cases.CaseFilter;
import uk.safeguardcases.application.cases.CaseSearch;
import uk.safeguardcases.application.cases.CaseSort;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.web.shell.Formats;
import uk.safeguardcases.web.shell.Labels;

/**
 * The case list's rows, a page at a time from the database. The filter comes from the page's address; the
 * order from the column the user sorted by, else from the address.
 */
public class CaseListModel extends LazyDataModel<CaseRow> {

    private static final Map<String, CaseSort.Column> COLUMNS = Map.of(
            "reference", CaseSort.Column.REFERENCE,
            "subjectName", CaseSort.Column.MEMBER,
            "organisationName", CaseSort.Column.ORGANISATION,
            "status", CaseSort.Column.STEP,
            "source", CaseSort.Column.SOURCE,
            "raisedAt", CaseSort.Column.RAISED);

    private final CaseSearch search;
    private final CaseFilter filter;
    private final CaseSort defaultSort;

    public CaseListModel(CaseSearch search, CaseFilter filter, CaseSort defaultSort) {
        this.search = search;
        this.filter = filter;
        this.defaultSort = defaultSort;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, search.count(filter));
    }

    @Override
    public List<CaseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        List<CaseSummary> rows = search.rows(filter, sortOf(sortBy), first, pageSize);
        Map<Long, CaseNext> next = search.nextFor(rows.stream().map(CaseSummary::id).toList());
        // The page's words, looked up when a page is loaded: the model is kept with the view between requests (on
        // any node of a cluster), so it keeps no reference to the application's beans.
        Labels labels = CDI.current().select(Labels.class).get();
        Formats formats = CDI.current().select(Formats.class).get();
        return rows.stream().map(row -> CaseRow.of(row, next.get(row.id()), labels, formats)).toList();
    }

    private CaseSort sortOf(Map<String, SortMeta> sortBy) {
        if (sortBy != null) {
            for (SortMeta meta : sortBy.values()) {
                CaseSort.Column column = COLUMNS.get(meta.getField());
                if (column != null && meta.getOrder() != SortOrder.UNSORTED) {
                    return new CaseSort(column, meta.getOrder() == SortOrder.ASCENDING);
                }
            }
        }
        return defaultSort;
    }

    @Override
    public String getRowKey(CaseRow row) {
        return row.reference();
    }

    @Override
    public CaseRow getRowData(String rowKey) {
        List<CaseRow> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> r.reference().equals(rowKey)).findFirst().orElse(null);
    }
}
