package uk.safeguardcases.application.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.declaration.Declaration;
import uk.safeguardcases.domain.declaration.DeclarationProcess;
import uk.safeguardcases.domain.declaration.DeclarationStatus;
import uk.safeguardcases.domain.declaration.PolicyVersion;

/**
 * The Employee Declaration Form in the portal (Appendix 1), over declarations kept in memory: the member signs it
 * naming their manager, who alone countersigns it, once; the board counts how far its members have got.
 */
class SigningTest {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 6);

    private final DeclarationsFixture f = new DeclarationsFixture();
    private PolicyVersion version;

    @BeforeEach
    void publish() {
        version = f.publishAndAsk("Social Media Policy", APRIL);
        CallerContext.set(DeclarationsFixture.caller(f.member));
    }

    @AfterEach
    void signOut() {
        CallerContext.clear();
    }

    private Declaration declarationOf(long personId) {
        return f.stored.of(version.id(), personId).orElseThrow();
    }

    private DeclarationForm form(Long managerId) {
        return new DeclarationForm(" Morgan Evans ", "Teacher", "Science", "01443 123 456", managerId);
    }

    @Test
    void theMemberSignsNamingTheirManagerWhoIsAskedToCountersign() {
        assertThat(f.pages.mine()).singleElement().satisfies(mine -> {
            assertThat(mine.status()).isEqualTo(DeclarationStatus.ASKED);
            assertThat(mine.organisation()).isEqualTo("Ysgol y Môr");
            assertThat(mine.clauses()).extracting(ClauseLine::reference).containsExactly("3.5(d)", "4.1");
        });
        assertThat(f.pages.managerChoices()).as("the other active people of their organisation, not its HR partner"
                + " nor themselves").extracting(ManagerChoice::name).containsExactly("Dai Lewis", "Eleri Rhys");

        long id = declarationOf(f.member.id()).id();
        f.pages.declare(id, form(f.manager.id()));

        Declaration signed = declarationOf(f.member.id());
        assertThat(signed.status()).isEqualTo(DeclarationStatus.DECLARED);
        assertThat(signed.declaredName()).isEqualTo("Morgan Evans");
        assertThat(signed.managerPersonId()).isEqualTo(f.manager.id());
        assertThat(f.member.managerPersonId()).as("now on the member's record").isEqualTo(f.manager.id());
        assertThat(f.processes.completed).singleElement().satisfies(step -> {
            assertThat(step.instanceId()).isEqualTo(signed.processInstanceId());
            assertThat(step.step()).isEqualTo(DeclarationProcess.DECLARE);
            assertThat(step.variables()).containsEntry(DeclarationProcess.MANAGER, "head.teacher");
        });
        assertThat(f.mail).endsWith("countersign head.teacher for Morgan Evans");
        assertThat(f.timeline.actions()).endsWith(AuditAction.DECLARATION_SIGNED);
        assertThat(f.pages.lastForm()).isEqualTo(new DeclarationForm("Morgan Evans", "Teacher", "Science",
                "01443 123 456", f.manager.id()));
        assertThat(f.pages.mine()).singleElement().satisfies(mine -> {
            assertThat(mine.managerName()).isEqualTo("Eleri Rhys");
            assertThat(mine.clauses()).as("signed: no form to read again").isEmpty();
        });

        assertThatThrownBy(() -> f.pages.declare(id, form(f.manager.id()))).isInstanceOf(
                TaskAlreadyDoneException.class).hasMessage(DeclarationWords.text("declaration.alreadySigned"));
    }

    /**
     * Signed at the moment the declaration's reminder runs, the reminder's change winning: not signed (the service's
     * refusal rolls the step back on the server; here in memory nothing rolls back, so it is not signed again), and the
     * member is asked to sign again, not told they already have.
     */
    @Test
    void aDeclarationItsReminderChangedAtTheSameMomentIsNotSignedAndTheMemberIsAskedToSignAgain() {
        Declaration asked = declarationOf(f.member.id());
        f.processes.changedByAJob.add(asked.processInstanceId());

        assertThatThrownBy(() -> f.pages.declare(asked.id(), form(f.manager.id())))
                .isInstanceOf(TaskAlreadyDoneException.class)
                .hasMessage(DeclarationWords.text("declaration.changedMeanwhile"))
                .hasMessageContaining("sign it again").hasMessageNotContaining("already");
        assertThat(f.processes.completed).isEmpty();
    }

    @Test
    void theFormIsSignedOnlyWhenWhatItSaysHoldsAndOnlyByItsMember() {
        long id = declarationOf(f.member.id()).id();
        assertThatThrownBy(() -> f.signing.declare(id, new DeclarationForm(" ", "Teacher", "Science",
                "call me on Tuesdays", f.member.id()))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages())
                        .containsEntry("name", DeclarationWords.text("declaration.name.missing"))
                        .containsEntry("contactNumber", DeclarationWords.text("declaration.contactNumber.invalid"))
                        .as("nobody is their own manager")
                        .containsEntry("manager", DeclarationWords.text("declaration.manager.unknown")));
        assertThatThrownBy(() -> f.signing.declare(id, form(f.hrPartner.id())))
                .as("an HR partner who is not a member").isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages()).containsOnlyKeys("manager"));
        assertThatThrownBy(() -> f.signing.declare(id, form(null))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages())
                        .containsEntry("manager", DeclarationWords.text("declaration.manager.missing")));
        assertThatThrownBy(() -> f.signing.declare(id, new DeclarationForm("Morgan Evans", "Teacher", "Science",
                "12 34 5", f.manager.id()))).as("too few digits").isInstanceOf(InvalidInputException.class);
        assertThat(declarationOf(f.member.id()).status()).isEqualTo(DeclarationStatus.ASKED);

        long colleagues = declarationOf(f.colleague.id()).id();
        assertThatThrownBy(() -> f.signing.declare(colleagues, form(f.manager.id())))
                .isInstanceOf(NotFoundException.class).hasMessage(Texts.text("notFound.declaration"));

        f.processes.doneElsewhere.add(declarationOf(f.member.id()).processInstanceId());
        assertThatThrownBy(() -> f.signing.declare(id, new DeclarationForm("Morgan Evans", "Teacher", "Science",
                "+44 (0)1443 123456", f.manager.id()))).as("signed in another tab already")
                .isInstanceOf(TaskAlreadyDoneException.class);
    }

    @Test
    void onlyTheManagerTheMemberNamedCountersignsAndOnlyOnce() {
        long id = declarationOf(f.member.id()).id();
        f.signing.declare(id, form(f.manager.id()));

        assertThatThrownBy(() -> f.countersigning.countersign(id)).as("the member themselves")
                .isInstanceOf(NotFoundException.class);
        CallerContext.set(DeclarationsFixture.caller(f.colleague));
        assertThat(f.countersigning.toCountersign()).isEmpty();
        assertThatThrownBy(() -> f.countersigning.countersign(id)).as("another member of the school")
                .isInstanceOf(NotFoundException.class);

        CallerContext.set(DeclarationsFixture.caller(f.manager));
        assertThat(f.pages.toCountersign()).extracting(ToCountersign::id, ToCountersign::memberName,
                ToCountersign::versionNumber).containsExactly(tuple(id, "Morgan Evans", 1));
        f.pages.countersign(id);

        Declaration done = declarationOf(f.member.id());
        assertThat(done.status()).isEqualTo(DeclarationStatus.COUNTERSIGNED);
        assertThat(done.countersignedBy()).isEqualTo("head.teacher");
        assertThat(f.processes.completed).extracting(s -> s.step()).containsExactly(DeclarationProcess.DECLARE,
                DeclarationProcess.COUNTERSIGN);
        assertThat(f.timeline.recorded().get(f.timeline.recorded().size() - 1).detail())
                .isEqualTo("Eleri Rhys countersigned Morgan Evans’s declaration of version 1.");
        assertThat(f.pages.toCountersign()).isEmpty();
        assertThatThrownBy(() -> f.pages.countersign(id)).isInstanceOf(TaskAlreadyDoneException.class)
                .hasMessage(DeclarationWords.text("declaration.alreadyCountersigned"));
    }

    @Test
    void aSignedDeclarationCountsAndOneALaterVersionSupersededDoesNot() {
        f.signing.declare(declarationOf(f.member.id()).id(), form(f.manager.id()));
        CallerContext.set(DeclarationsFixture.caller(f.manager));
        f.countersigning.countersign(declarationOf(f.member.id()).id());
        CallerContext.set(DeclarationsFixture.caller(f.colleague));
        f.signing.declare(declarationOf(f.colleague.id()).id(), new DeclarationForm("Dai Lewis", "Caretaker",
                "Estates", "07700 900123", f.manager.id()));

        CallerContext.set(f.admin);
        Completion completion = f.pages.completion().orElseThrow();
        assertThat(completion.total()).isEqualTo(CompletionRow.of(DeclarationWords.text("declaration.total"), 4, 2,
                1));
        assertThat(completion.total().percentDeclared()).isEqualTo(50);
        assertThat(completion.byOrganisation()).extracting(CompletionRow::name, CompletionRow::asked,
                CompletionRow::declared, CompletionRow::countersigned).containsExactly(
                        tuple("Little Acorns Nursery", 1, 0, 0), tuple("Ysgol y Môr", 3, 2, 1));
        assertThat(completion.byManager()).extracting(CompletionRow::name, CompletionRow::asked,
                CompletionRow::declared).containsExactly(tuple("Eleri Rhys", 2, 2),
                        tuple(DeclarationWords.text("declaration.noManager"), 2, 0));
        assertThat(f.pages.exportCompletion()).extracting(DeclarationRecord::name, DeclarationRecord::status,
                DeclarationRecord::countersignedBy).containsExactly(
                        tuple("Nia Hughes", "ASKED", ""), tuple("Dai Lewis", "DECLARED", ""),
                        tuple("Eleri Rhys", "ASKED", ""), tuple("Morgan Evans", "COUNTERSIGNED", "Eleri Rhys"));
        assertThat(f.timeline.actions()).endsWith(AuditAction.DECLARATIONS_EXPORTED);

        f.publishAndAsk("Social Media Policy (amended)", APRIL.plusMonths(2));
        CallerContext.set(f.admin);
        assertThat(f.pages.completion().orElseThrow().total().asked()).as("the latest version's").isEqualTo(4);
        assertThat(f.completion.completion().orElseThrow().total().declared()).isZero();
    }
}
