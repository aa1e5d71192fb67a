package uk.safeguardcases.application.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.audit.RecordedTimeline;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.people.Role;

/** The clause catalogue's rules over clauses kept in memory: no server, no database. */
class ClauseCatalogueTest {

    private static final Caller ADMINISTRATOR = new Caller("cwmtaf.admin", "Rhiannon Prys", "cwmtaf",
            Set.of(Role.ADMIN), null);

    private final InMemoryClauseRepository clauses = new InMemoryClauseRepository();
    private final RecordedTimeline timeline = new RecordedTimeline();
    private final ClauseCatalogue catalogue = Wiring.wire(new ClauseCatalogue(), clauses, timeline);

    @BeforeEach
    void signIn() {
        CallerContext.set(ADMINISTRATOR);
    }

    @AfterEach
    void signOut() {
        CallerContext.clear();
    }

    @Test
    void aNewClauseComesAfterTheOthersAsItsReferencesFirstVersion() {
        catalogue.add("5.3", "Online conduct", "Staff must not befriend pupils on social media.", null, null);

        AdminClause added = catalogue.add("5.4", "Online conduct",
                "Staff must not share “private” images of children.", "Ymddygiad ar-lein", null);

        assertThat(added.version()).isEqualTo(1);
        assertThat(added.citations()).isZero();
        assertThat(added.welshMissing()).isTrue();
        assertThat(clauses.byId(added.id()).orElseThrow().sortOrder()).isEqualTo(2);
        assertThat(timeline.actions()).containsExactly(AuditAction.CLAUSE_ADDED, AuditAction.CLAUSE_ADDED);
        assertThat(timeline.recorded().get(1).detail()).startsWith("Clause 5.4 (Online conduct): ");
    }

    @Test
    void aReferenceInForceIsNotGivenTwice() {
        catalogue.add("5.4", "Online conduct", "Staff must not share private images of children.", null, null);

        assertThatThrownBy(() -> catalogue.add(" 5.4 ", "Conduct", "Another clause.", null, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages())
                        .containsEntry("reference", "Your policy already has a clause 5.4. Change that clause instead."));
        assertThat(catalogue.clauses()).hasSize(1);
    }

    @Test
    void aClauseNobodyCitedIsRewordedInPlace() {
        AdminClause added = catalogue.add("5.4", "Online conduct", "Staff must not share images.", null, null);

        ClauseChange change = catalogue.change(added.id(), "5.4", "Online conduct",
                "Staff must not share private images of children.", null, null);

        assertThat(change.changed()).isTrue();
        assertThat(change.newVersion()).isFalse();
        assertThat(change.clause().id()).isEqualTo(added.id());
        assertThat(change.clause().version()).isEqualTo(1);
        assertThat(catalogue.clauses()).extracting(AdminClause::text)
                .containsExactly("Staff must not share private images of children.");
        assertThat(timeline.actions()).endsWith(AuditAction.CLAUSE_CHANGED);
    }

    @Test
    void aCitedClauseKeepsItsWordsAndANewVersionTakesItsPlace() {
        AdminClause added = catalogue.add("5.4", "Online conduct", "Staff must not share images.", null, null);
        clauses.cite(clauses.byId(added.id()).orElseThrow(), 2);

        ClauseChange change = catalogue.change(added.id(), "5.4", "Online conduct",
                "Staff must not share private images of children.", null, null);

        assertThat(change.newVersion()).isTrue();
        assertThat(change.clause().version()).isEqualTo(2);
        assertThat(change.clause().id()).isNotEqualTo(added.id());
        PolicyClause cited = clauses.byId(added.id()).orElseThrow();
        assertThat(cited.retired()).isTrue();
        assertThat(cited.text()).isEqualTo("Staff must not share images.");
        assertThat(clauses.byId(change.clause().id()).orElseThrow().sortOrder()).isEqualTo(cited.sortOrder());
        assertThat(catalogue.clauses()).extracting(AdminClause::version, AdminClause::retired, AdminClause::citations)
                .containsExactly(tuple(2, false, 0L), tuple(1, true, 2L));
        assertThat(timeline.recorded().get(timeline.recorded().size() - 1).detail())
                .startsWith("Clause 5.4 version 1 is cited by 2 allegations and keeps its words; version 2 replaces it: ");
    }

    @Test
    void anUncitedClauseGivenAnotherReferenceIsReplacedByThatReferencesNextVersion() {
        catalogue.add("5.5", "Online conduct", "An earlier clause 5.5.", null, null);
        catalogue.retire(catalogue.clauses().get(0).id());
        AdminClause added = catalogue.add("5.4", "Online conduct", "Staff must not share images.", null, null);

        ClauseChange change = catalogue.change(added.id(), "5.5", "Online conduct", "Staff must not share images.",
                null, null);

        assertThat(change.newVersion()).isFalse();
        assertThat(change.clause().reference()).isEqualTo("5.5");
        assertThat(change.clause().version()).isEqualTo(2);
        assertThat(clauses.byId(added.id())).isEmpty();
    }

    @Test
    void aRetiredClauseIsNotChanged() {
        AdminClause added = catalogue.add("5.4", "Online conduct", "Staff must not share images.", null, null);
        AdminClause retired = catalogue.retire(added.id());

        assertThat(retired.retired()).isTrue();
        assertThatThrownBy(() -> catalogue.change(added.id(), "5.4", "Online conduct", "New words.", null, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages()).containsEntry("text",
                        "Clause 5.4 is retired and cannot be changed. Add it again if it is needed."));
        assertThat(catalogue.retire(added.id()).retired()).isTrue();
        assertThat(timeline.actions()).containsExactly(AuditAction.CLAUSE_ADDED, AuditAction.CLAUSE_RETIRED);
    }

    @Test
    void anotherBoardsClauseIsNotFound() {
        PolicyClause theirs = clauses.storedFor("chscb", new PolicyClause("5.4", "Online conduct",
                "Staff must not share images.", 1, 1));

        assertThatThrownBy(() -> catalogue.clause(theirs.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no such clause on your board.");
        assertThat(catalogue.clauses()).isEmpty();
    }

    @Test
    void onlyTheAdministratorSeesTheCatalogue() {
        CallerContext.set(new Caller("cwmtaf.officer", "Ceri Jones", "cwmtaf", Set.of(Role.OFFICER), null));

        assertThatThrownBy(catalogue::clauses).isInstanceOf(AccessRefusedException.class);
    }
}
