package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;
import static uk.safeguardcases.it.CaseFixtures.signedIn;

import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.administration.AdminClause;
import uk.safeguardcases.application.administration.AdminOrganisation;
import uk.safeguardcases.application.administration.BoardSettings;
import uk.safeguardcases.application.administration.ClauseCatalogue;
import uk.safeguardcases.application.administration.ClauseChange;
import uk.safeguardcases.application.administration.OrganisationAdministration;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.ClauseView;
import uk.safeguardcases.application.investigation.AllegationService;
import uk.safeguardcases.application.investigation.AllegationView;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.domain.organisation.OrganisationKind;

/**
 * A bilingual board's own words in Welsh: its administrator gives the board's name, its policy's title, its
 * organisations' names and each clause's words in Welsh, typed with Welsh letters, curly quotes, dashes and £; Welsh
 * pages and services show them, a clause with no Welsh is shown in English and says so, and a cited clause's Welsh,
 * like its English, is kept as cited when it changes. An English-only board has no Welsh names, and no board touches
 * another's.
 */
@ExtendWith(ArquillianExtension.class)
class WelshTextsIT {

    private static final String NAME_CY = "Bwrdd Prawf Cwm Taf – “ŵ ŷ”";
    private static final String TITLE_CY = "Canllawiau ymarfer: rhwydweithio cymdeithasol (£0)";
    private static final String SECTION_CY = "Defnydd personol – prawf";
    private static final String WORDS_CY = "Peidio â phostio lluniau o’r “ganolfan” – ŵyr ac ŷd";
    private static final String WORDS_CY_2 = "Peidio byth â phostio lluniau o’r ganolfan – ail fersiwn";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(WelshTextsIT.class);
    }

    @Test
    void aBilingualBoardsOwnWordsReadInWelshAndAMissingWelshTextIsSaid() {
        TestBoard board = TestBoard.like("cwmtaf");
        String admin = board.admin();
        String officer = board.officer();
        as(admin, () -> bean(BoardSettings.class).nameInWelsh(NAME_CY, TITLE_CY));
        AdminClause welsh = as(admin, () -> bean(ClauseCatalogue.class).add("W.1", "Personal use – test",
                "Do not post photographs of the centre", SECTION_CY, WORDS_CY));
        AdminClause english = as(admin, () -> bean(ClauseCatalogue.class).add("W.2", "Personal use – test",
                "Do not post about service users", "", "  "));
        assertThat(english.welshMissing()).isTrue();
        AdminOrganisation organisation = as(admin, () -> bean(OrganisationAdministration.class).add(
                "Test Valleys Council", OrganisationKind.COUNCIL, "hr@valleys.example.org", "Cyngor Prawf y Cymoedd"));

        assertThat(inWelsh(officer, () -> bean(BoardService.class).currentBoard().name())).isEqualTo(NAME_CY);
        assertThat(inWelsh(officer, () -> bean(BoardService.class).currentBoard().policyTitle())).isEqualTo(TITLE_CY);
        assertThat(as(officer, () -> bean(BoardService.class).currentBoard().name())).as("in English")
                .startsWith("Cwm Taf Safeguarding Boards");
        List<ClauseView> clauses = inWelsh(officer, () -> bean(BoardService.class).clauses());
        assertThat(clauses).filteredOn(c -> c.id().equals(welsh.id())).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo(WORDS_CY);
            assertThat(c.section()).isEqualTo(SECTION_CY);
            assertThat(c.lang()).isEqualTo("cy");
            assertThat(c.label()).isEqualTo("W.1 – " + WORDS_CY);
        });
        assertThat(clauses).filteredOn(c -> c.id().equals(english.id())).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Do not post about service users");
            assertThat(c.lang()).as("no Welsh given: English, marked as such").isEqualTo("en");
            assertThat(c.label()).isEqualTo("W.2 – Do not post about service users (Saesneg yn unig)");
        });
        assertThat(as(officer, () -> bean(BoardService.class).clauses())).as("in English")
                .filteredOn(c -> c.id().equals(welsh.id())).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("Do not post photographs of the centre"));
        assertThat(inWelsh(officer, () -> bean(BoardService.class).organisations()))
                .filteredOn(o -> o.id().equals(organisation.id())).singleElement()
                .satisfies(o -> assertThat(o.name()).isEqualTo("Cyngor Prawf y Cymoedd"));

        // Cited, then re-worded in Welsh only: a new version, and the case keeps the Welsh words it cited.
        String ref = CaseFixtures.raise(board.id(), "Siân Welsh", "A concern citing a clause with Welsh words.");
        as(officer, () -> bean(AllegationService.class).allege(ref, welsh.id(), AllegationCategory.OTHER,
                Severity.LOW, null, "Postiodd lun – “prawf”."));
        as(officer, () -> bean(AllegationService.class).allege(ref, english.id(), AllegationCategory.OTHER,
                Severity.LOW, null, "Postiodd am ddefnyddiwr gwasanaeth."));
        ClauseChange changed = as(admin, () -> bean(ClauseCatalogue.class).change(welsh.id(), "W.1",
                "Personal use – test", "Do not post photographs of the centre", SECTION_CY, WORDS_CY_2));
        assertThat(changed.newVersion()).as("its Welsh is part of the clause as cited").isTrue();
        assertThat(changed.clause().textCy()).isEqualTo(WORDS_CY_2);
        List<AllegationView> cited = inWelsh(officer, () -> bean(AllegationService.class).allegationsOf(ref));
        assertThat(cited).extracting(AllegationView::clauseWords)
                .containsExactly(WORDS_CY, "Do not post about service users");
        assertThat(cited).extracting(AllegationView::clauseWordsLang).containsExactly("cy", "en");
        assertThat(cited).extracting(AllegationView::clauseText).as("documents quote the English")
                .containsExactly("Do not post photographs of the centre", "Do not post about service users");

        // What the Welsh pages show: the Welsh words, and the English one marked and explained.
        Browser page = signedIn(officer);
        String casePage = page.open("officer/case.xhtml?ref=" + ref + "&lang=cy").body();
        assertThat(casePage).contains("<blockquote class=\"clause-text\" lang=\"cy\">" + WORDS_CY + "</blockquote>")
                .contains("<blockquote class=\"clause-text\" lang=\"en\">Do not post about service users</blockquote>")
                .contains("Saesneg yn unig: nid oes testun Cymraeg wedi'i roi")
                .as("the board's and the member's organisation's names in Welsh")
                .contains(NAME_CY).contains("Heddlu De Cymru");
        assertThat(casePage).as("the timeline's words in Welsh").contains(">Pryder wedi’i godi<")
                .contains(">Honiad wedi’i gofnodi<").doesNotContain(">Concern raised<");
        String englishPage = page.open("officer/case.xhtml?ref=" + ref + "&lang=en").body();
        assertThat(englishPage).doesNotContain("English only").doesNotContain(WORDS_CY).contains(">Concern raised<");
        String catalogue = signedIn(admin).open("admin/clauses.xhtml?lang=cy").body();
        assertThat(catalogue).contains("Dim testun Cymraeg eto").contains(WORDS_CY_2).contains("id=\"welshNames\"");
    }

    @Test
    void onlyABilingualBoardHasWelshNamesAndNoBoardChangesAnothersWords() {
        assertThatThrownBy(() -> as("chscb.admin", () -> bean(BoardSettings.class).nameInWelsh("Bwrdd", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("nameCy"));
        TestBoard board = TestBoard.like("cwmtaf");
        AdminClause clause = as(board.admin(), () -> bean(ClauseCatalogue.class).add("W.9", "Adran", "Words",
                "Adran", "Geiriau"));
        assertThatThrownBy(() -> as("nscb.admin", () -> bean(ClauseCatalogue.class).change(clause.id(), "W.9",
                "Adran", "Words", "Adran", "Geiriau rhywun arall"))).isInstanceOf(NotFoundException.class);
        assertThat(as(board.admin(), () -> bean(ClauseCatalogue.class).clause(clause.id())).textCy())
                .isEqualTo("Geiriau");
        String tooLong = "ŵ".repeat(4001);
        assertThatThrownBy(() -> as(board.admin(), () -> bean(ClauseCatalogue.class).add("W.10", "Adran", "Words",
                "Adran", tooLong))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("textCy"));
    }

    /** The work done by {@code username} reading the product in Welsh. */
    private static <T> T inWelsh(String username, Callable<T> work) {
        return CallerContext.runAs(CaseFixtures.caller(username).speaking(Texts.WELSH), work);
    }
}
