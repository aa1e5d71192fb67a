package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;
import static uk.safeguardcases.it.CaseFixtures.signedIn;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.administration.AdminClause;
import uk.safeguardcases.application.administration.ClauseCatalogue;
import uk.safeguardcases.application.administration.ClauseChange;
import uk.safeguardcases.application.cases.CaseFilter;
import uk.safeguardcases.application.cases.CaseSearch;
import uk.safeguardcases.application.cases.CaseSort;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.dashboard.ClauseCount;
import uk.safeguardcases.application.dashboard.DashboardService;
import uk.safeguardcases.application.investigation.AllegationService;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.Severity;

/**
 * A clause re-worded after cases cited it is still one clause to the board: the dashboard counts its cases once,
 * under its reference, and the case list's clause filter finds the cases that cited any of its versions. The
 * per-clause chart is as tall as the number of clauses it shows.
 */
@ExtendWith(ArquillianExtension.class)
class ClauseVersionsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(ClauseVersionsIT.class);
    }

    @Test
    void aRewordedClauseCitedByCasesIsCountedAndFoundOnceUnderItsReference() {
        TestBoard board = TestBoard.like("nscb");
        String reference = "9." + (System.nanoTime() % 100_000);
        AdminClause first = as(board.admin(), () -> bean(ClauseCatalogue.class).add(reference, "Test section",
                "The first wording of the clause.", null, null));
        String before = cite(board, first.id(), "Vera Version", "Cited the first wording.");
        ClauseChange changed = as(board.admin(), () -> bean(ClauseCatalogue.class).change(first.id(), reference,
                "Test section", "The second wording of the clause.", null, null));
        assertThat(changed.newVersion()).as("cited, so re-wording makes a new version").isTrue();
        long second = changed.clause().id();
        String after = cite(board, second, "Wil Wording", "Cited the second wording.");
        List<ClauseCount> counts = as(board.officer(), () -> bean(DashboardService.class).casesPerClause());
        assertThat(counts).filteredOn(c -> c.clauseReference().equals(reference)).singleElement()
                .satisfies(c -> {
                    assertThat(c.cases()).isEqualTo(2);
                    assertThat(c.clauseId()).as("the current version").isEqualTo(second);
                });
        assertThat(counts).extracting(ClauseCount::clauseReference).doesNotHaveDuplicates();

        for (long clauseId : new long[] {first.id(), second}) {
            List<String> found = as(board.officer(), () -> bean(CaseSearch.class).page(new CaseFilter(null, null,
                    null, null, clauseId, null, null, null), CaseSort.newestFirst(), 0, 100)).rows().stream()
                    .map(CaseSummary::reference).toList();
            assertThat(found).as("filtered by version " + clauseId).containsExactlyInAnyOrder(before, after);
        }

        Browser officer = signedIn(board.officer());
        String page = officer.open("officer/dashboard.xhtml").body();
        Matcher everyClause = Pattern.compile("<table id=\"per-clause\".*?</table>", Pattern.DOTALL).matcher(page);
        assertThat(everyClause.find()).isTrue();
        String dashboard = everyClause.group();
        Matcher rows = Pattern.compile(">" + Pattern.quote(reference) + "</a>\\s*<span class=\"clause-words\">([^<]*)"
                + "</span></th>\\s*<td class=\"number\">(\\d+)<").matcher(dashboard);
        assertThat(rows.find()).isTrue();
        assertThat(rows.group(2)).isEqualTo("2");
        assertThat(rows.group(1)).as("the clause's own words, as last worded")
                .isEqualTo("The second wording of the clause.");
        assertThat(rows.find()).as("the reference appears once in the table").isFalse();
        Matcher cited = Pattern.compile("<table id=\"per-clause-cited\".*?</table>", Pattern.DOTALL).matcher(page);
        assertThat(cited.find()).isTrue();
        assertThat(Pattern.compile(">" + Pattern.quote(reference) + "</a>").matcher(cited.group()).results().count())
                .as("and once among the clauses cited").isEqualTo(1);
        String list = officer.open("officer/cases.xhtml?clause=" + second).body();
        assertThat(list).contains(before).contains(after).contains("2 cases match")
                .as("the filter's option gives the reference and the clause's own words, not its section")
                .contains(">" + reference + " – The second wording of the clause.</option>");
    }

    @Test
    void theChartShowsTheClausesCitedMostAndIsAsTallAsItsBars() {
        String ref = CaseFixtures.raise("cwmtaf", "Carwyn Chart", "A case citing a clause, for the chart.");
        CaseFixtures.allege("cwmtaf", ref, "Charted.");
        List<ClauseCount> counts = as("cwmtaf.officer", () -> bean(DashboardService.class).casesPerClause());
        long cited = counts.stream().filter(c -> c.cases() > 0).count();
        String dashboard = signedIn("cwmtaf.officer").open("officer/dashboard.xhtml").body();

        assertThat(dashboard).contains("chart-box chart-rows-" + Math.min(15, cited) + "\"");
        Matcher data = Pattern.compile("\"indexAxis\":\"y\"").matcher(dashboard);
        assertThat(data.find()).as("horizontal bars").isTrue();
        Matcher table = Pattern.compile("<table id=\"per-clause\".*?</table>", Pattern.DOTALL).matcher(dashboard);
        assertThat(table.find()).isTrue();
        assertThat(Pattern.compile("<tr>").matcher(table.group()).results().count() - 1)
                .as("the table beside the chart has every clause").isEqualTo(counts.size());
    }

    private static String cite(TestBoard board, long clauseId, String subject, String particulars) {
        String ref = CaseFixtures.raise(board.id(), subject, "A concern citing a re-worded clause.");
        as(board.officer(), () -> bean(AllegationService.class).allege(ref, clauseId, AllegationCategory.OTHER,
                Severity.LOW, null, particulars));
        return ref;
    }
}
