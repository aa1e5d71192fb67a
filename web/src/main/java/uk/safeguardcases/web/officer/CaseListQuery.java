package uk.safeguardcases.web.officer;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.safeguardcases.application.cases.CaseFilter;
import uk.safeguardcases.application.cases.CaseSort;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;

/**
 * A case list as its address says it: the filter, the order and the page, read from the query string of
 * {@code officer/cases.xhtml} and {@code officer/cases.csv} alike, so a list can be bookmarked and its CSV
 * export is exactly the filtered set. A value that makes no sense (an unknown step, a date that is not a
 * date) is ignored rather than refused.
 *
 * @param page 1-based
 */
public record CaseListQuery(CaseFilter filter, CaseSort sort, int page, int size) implements Serializable {

    public static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);

    public static CaseListQuery from(Function<String, String> parameter) {
        CaseFilter filter = new CaseFilter(parameter.apply("ref"), parameter.apply("member"),
                number(parameter.apply("org")), constant(CaseStatus.class, parameter.apply("step")),
                number(parameter.apply("clause")), constant(CaseSource.class, parameter.apply("source")),
                date(parameter.apply("from")), date(parameter.apply("to")), parameter.apply("concern"),
                constant(uk.safeguardcases.domain.cases.ConcernsWhom.class, parameter.apply("whom")));
        CaseSort.Column column = constant(CaseSort.Column.class, parameter.apply("sort"));
        String direction = parameter.apply("dir");
        boolean ascending = direction == null ? column != null && column != CaseSort.Column.RAISED
                : "asc".equalsIgnoreCase(direction.strip());
        CaseSort sort = column == null && direction == null ? CaseSort.newestFirst() : new CaseSort(column, ascending);
        Long page = number(parameter.apply("page"));
        Long size = number(parameter.apply("size"));
        return new CaseListQuery(filter, sort, page == null || page < 1 || page > 100_000 ? 1 : page.intValue(),
                size != null && PAGE_SIZES.contains(size.intValue()) ? size.intValue() : PAGE_SIZES.get(0));
    }

    /** The filter as a query string (without page or order), e.g. for the CSV export of this list. */
    public String filterQueryString() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ref", filter.reference());
        values.put("member", filter.member());
        values.put("org", filter.organisationId());
        values.put("step", filter.step() == null ? null : filter.step().name());
        values.put("clause", filter.clauseId());
        values.put("source", filter.source() == null ? null : filter.source().name());
        values.put("from", filter.raisedFrom());
        values.put("to", filter.raisedTo());
        values.put("concern", filter.concern());
        values.put("whom", filter.whom() == null ? null : filter.whom().name());
        values.put("sort", sort.column().name().toLowerCase(Locale.ROOT));
        values.put("dir", sort.ascending() ? "asc" : "desc");
        return values.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Long number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
