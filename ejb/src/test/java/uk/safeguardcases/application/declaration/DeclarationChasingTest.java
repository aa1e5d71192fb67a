package uk.safeguardcases.application.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.cases.Occurrence;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.declaration.Declaration;
import uk.safeguardcases.domain.declaration.PolicyVersion;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.organisation.ParentOrganisation;

/**
 * What the timers chase and what a case says, over declarations kept in memory: reminders and the manager's
 * escalation once each and only while unsigned, the owner's review once, and whether a case's member had declared
 * the version in force before the conduct.
 */
class DeclarationChasingTest {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 6);

    private final DeclarationsFixture f = new DeclarationsFixture();
    private PolicyVersion version;

    @BeforeEach
    void publish() {
        version = f.publishAndAsk("Social Media Policy", APRIL);
        f.mail.clear();
        CallerContext.set(Caller.system("cwmtaf"));
    }

    @AfterEach
    void signOut() {
        CallerContext.clear();
    }

    private Declaration declarationOf(long personId) {
        return f.stored.of(version.id(), personId).orElseThrow();
    }

    private void sign(long personId, Long managerId, Instant at) {
        f.clock.moveTo(at);
        CallerContext.set(DeclarationsFixture.caller(f.people.byId(personId).orElseThrow()));
        f.signing.declare(declarationOf(personId).id(), new DeclarationForm("Morgan Evans", "Teacher", "Science",
                "01443 123456", managerId));
        CallerContext.set(Caller.system("cwmtaf"));
    }

    @Test
    void eachReminderIsSentOnceAndNoneOnceSigned() {
        long member = declarationOf(f.member.id()).id();
        long colleague = declarationOf(f.colleague.id()).id();
        sign(f.colleague.id(), f.manager.id(), DeclarationsFixture.NOW.plus(Duration.ofDays(2)));

        f.chasing.remind(member, false);
        f.chasing.remind(member, false);
        f.chasing.remind(member, true);
        f.chasing.remind(colleague, false);

        assertThat(f.mail).filteredOn(m -> m.startsWith("reminder")).as("the first and the second, to the member"
                + " still to sign").containsExactly("reminder morgan.evans v1", "reminder morgan.evans v1");
        assertThat(declarationOf(f.member.id()).firstReminderAt()).isNotNull();
        assertThat(declarationOf(f.member.id()).secondReminderAt()).isNotNull();
        assertThat(f.timeline.actions()).filteredOn(a -> a == AuditAction.DECLARATION_REMINDER_SENT).hasSize(2);
    }

    @Test
    void twentyOneDaysUnsignedTheManagerOnTheMembersRecordIsToldElseTheAdministrators() {
        f.member.managedBy(f.manager.id());
        f.chasing.escalate(declarationOf(f.member.id()).id());
        f.chasing.escalate(declarationOf(f.member.id()).id());
        f.chasing.escalate(declarationOf(f.nurseryMember.id()).id());

        assertThat(f.mail).containsExactly("overdue head.teacher about morgan.evans",
                "overdue cwmtaf.admin about nia.hughes (no manager)");
        assertThat(f.timeline.recorded()).filteredOn(r -> r.action() == AuditAction.DECLARATION_ESCALATED)
                .extracting(r -> r.detail()).containsExactly(
                        "Morgan Evans has not completed the declaration of version 1 in 21 days; their manager,"
                                + " Eleri Rhys, was told.",
                        "Nia Hughes has not completed the declaration of version 1 in 21 days; no manager is"
                                + " recorded, so the board's administrators were told.");
    }

    @Test
    void theOwnerIsRemindedOfTheReviewOnceAndTheAdministratorsWhenTheOwnerHasGone() {
        f.chasing.reviewDue(version.id());
        f.chasing.reviewDue(version.id());
        assertThat(f.mail).containsExactly("review cwmtaf.senior v1");

        CallerContext.set(f.admin);
        PolicyVersion second = f.publishAndAsk("Social Media Policy (amended)", APRIL.plusMonths(1));
        f.owner.deactivate();
        f.mail.clear();
        CallerContext.set(Caller.system("cwmtaf"));
        f.chasing.reviewDue(second.id());
        assertThat(f.mail).containsExactly("review cwmtaf.admin v2");
        assertThat(second.reviewRemindedAt()).isEqualTo(DeclarationsFixture.NOW);
    }

    @Test
    void aCaseSaysWhetherItsMemberHadDeclaredTheVersionInForceBeforeTheConduct() {
        sign(f.member.id(), f.manager.id(), Instant.parse("2026-04-10T09:00:00Z"));
        caseAbout("CTM-2026-0001", f.member.id(), LocalDate.of(2026, 4, 1));
        caseAbout("CTM-2026-0002", f.member.id(), LocalDate.of(2026, 4, 8));
        caseAbout("CTM-2026-0003", f.member.id(), LocalDate.of(2026, 5, 1));
        caseAbout("CTM-2026-0004", null, LocalDate.of(2026, 5, 1));
        caseAbout("CTM-2026-0005", f.colleague.id(), LocalDate.of(2026, 5, 1));
        CallerContext.set(f.officer);

        DeclarationStatement before = f.caseDeclarations.forCase("CTM-2026-0001", Texts.ENGLISH);
        assertThat(before.declared()).isFalse();
        assertThat(before.text()).startsWith("No version of the policy had been published");
        DeclarationStatement after = f.caseDeclarations.forCase("CTM-2026-0002", Texts.ENGLISH);
        assertThat(after.declared()).as("signed after the conduct").isFalse();
        assertThat(after.text()).endsWith(DeclarationWords.in(Texts.ENGLISH, "declaration.statement.afterConduct",
                Texts.date(Texts.ENGLISH, LocalDate.of(2026, 4, 8))));
        DeclarationStatement declared = f.caseDeclarations.forCase("CTM-2026-0003", Texts.WELSH);
        assertThat(declared.declared()).isTrue();
        assertThat(declared.text()).as("in Welsh, with the board's Welsh title").contains("Polisi Cyfryngau"
                + " Cymdeithasol").isNotEqualTo(declared.english());
        assertThat(declared.english()).contains("Social Media Policy").contains(
                DeclarationWords.in(Texts.ENGLISH, "declaration.statement.notCountersigned"));
        assertThat(f.caseDeclarations.forCase("CTM-2026-0004", Texts.ENGLISH)).satisfies(s -> {
            assertThat(s.declared()).isFalse();
            assertThat(s.text()).isEqualTo(DeclarationWords.in(Texts.ENGLISH, "declaration.statement.noAccount"));
        });
        assertThat(f.caseDeclarations.forCase("CTM-2026-0005", Texts.ENGLISH).declared()).as("asked, not signed")
                .isFalse();
        assertThatThrownBy(() -> f.caseDeclarations.forCase("CTM-2026-0099", Texts.ENGLISH))
                .isInstanceOf(NotFoundException.class);

        CallerContext.set(DeclarationsFixture.caller(f.member));
        assertThatThrownBy(() -> f.caseDeclarations.forCase("CTM-2026-0003", Texts.ENGLISH))
                .isInstanceOf(AccessRefusedException.class);
    }

    private void caseAbout(String reference, Long personId, LocalDate happened) {
        ParentOrganisation school = new ParentOrganisation("Ysgol y Môr", OrganisationKind.SCHOOL, "hr@example.org");
        SafeguardingCase c = SafeguardingCase.raise(f.cases.size() + 1L, reference, "Morgan Evans", school,
                CaseSource.PUBLIC_COMPLAINT, "A post naming a pupil.", "cwmtaf.officer",
                Instant.parse("2026-06-01T09:00:00Z"));
        c.happened(Occurrence.on(happened, null));
        c.subjectHasAccount(personId);
        f.cases.put(reference, c);
    }
}
