package uk.safeguardcases.application.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.declaration.Declaration;
import uk.safeguardcases.domain.declaration.DeclarationProcess;
import uk.safeguardcases.domain.declaration.DeclarationStatus;
import uk.safeguardcases.domain.declaration.PolicyVersion;
import uk.safeguardcases.domain.declaration.VersionClause;

/**
 * Publishing the board's policy and asking its members to declare it (NSCB model policy 4.2), over versions and
 * declarations kept in memory: the clauses as they stand, every active member of an organisation asked once, in
 * batches, and a later version asking again what was left unsigned.
 */
class PolicyVersionsTest {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 6);

    private final DeclarationsFixture f = new DeclarationsFixture();

    @BeforeEach
    void signIn() {
        CallerContext.set(f.admin);
    }

    @AfterEach
    void signOut() {
        CallerContext.clear();
    }

    @Test
    void theClausesInForceArePublishedAsTheBoardsNextVersionAndItsProcessRemindsTheOwnerBeforeTheReview() {
        int number = f.pages.publish(new PolicyVersionDetails("  Social Media Policy  ", APRIL,
                LocalDate.of(2027, 4, 6), f.owner.id()));

        assertThat(number).isEqualTo(1);
        PolicyVersion version = f.stored.latest().orElseThrow();
        assertThat(version.title()).isEqualTo("Social Media Policy");
        assertThat(version.clauses()).extracting(VersionClause::sortOrder, VersionClause::reference,
                VersionClause::sectionCy).containsExactly(tuple(1, "3.5(d)", "Ymddygiad"), tuple(2, "4.1", null));
        assertThat(version.catalogueSha256()).hasSize(64);
        assertThat(version.processInstanceId()).isEqualTo("instance-1");
        assertThat(f.processes.started).singleElement().satisfies(started -> {
            assertThat(started.key()).isEqualTo(DeclarationProcess.VERSION_KEY);
            assertThat(started.businessKey()).isEqualTo("CTM-POLICY-1");
            assertThat(started.variables()).containsEntry(DeclarationProcess.VERSION_ID, version.id())
                    .containsEntry(DeclarationProcess.REVIEW_REMINDER_AT,
                            Date.from(Instant.parse("2027-03-07T09:00:00Z")));
        });
        assertThat(f.timeline.recorded()).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.POLICY_VERSION_PUBLISHED);
            assertThat(r.detail()).contains("Version 1 “Social Media Policy”").contains("2 clauses")
                    .contains(version.catalogueSha256());
        });
        assertThat(f.pages.versions()).singleElement().satisfies(view -> {
            assertThat(view.owner()).isEqualTo("Gwenllian Morgan");
            assertThat(view.publishedBy()).isEqualTo("Rhiannon Prys");
            assertThat(view.clauses()).isEqualTo(2);
        });

        f.clauses.inForce().get(1).reword("4.1", "Online contact", "Do not befriend pupils or their parents.",
                null, null);
        assertThat(f.pages.publish(new PolicyVersionDetails("Social Media Policy (amended)", APRIL.plusDays(4),
                LocalDate.of(2026, 4, 20), f.owner.id()))).isEqualTo(2);
        PolicyVersion second = f.stored.latest().orElseThrow();
        assertThat(second.catalogueSha256()).as("other words, another hash").isNotEqualTo(version.catalogueSha256());
        assertThat(f.processes.started.get(1).variables()).as("the reminder's day has passed: at once")
                .containsEntry(DeclarationProcess.REVIEW_REMINDER_AT, Date.from(DeclarationsFixture.NOW));
    }

    @Test
    void aVersionIsPublishedOnlyWhenItsDetailsHoldTogether() {
        assertThatThrownBy(() -> f.versions.publish(new PolicyVersionDetails(" ", null, null, f.member.id())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages())
                        .containsEntry("title", DeclarationWords.text("declaration.title.missing"))
                        .containsEntry("effectiveFrom", DeclarationWords.text("declaration.effectiveFrom.missing"))
                        .containsEntry("reviewDate", DeclarationWords.text("declaration.reviewDate.missing"))
                        .as("a member of an organisation cannot own the board's policy")
                        .containsEntry("owner", DeclarationWords.text("declaration.owner.missing")));
        assertThatThrownBy(() -> f.versions.publish(new PolicyVersionDetails("Policy", APRIL, APRIL, f.owner.id())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages()).containsOnlyKeys("reviewDate"));
        f.versions.publish(new PolicyVersionDetails("Policy", APRIL, APRIL.plusYears(1), f.owner.id()));
        assertThatThrownBy(() -> f.versions.publish(new PolicyVersionDetails("Policy", APRIL.minusDays(1),
                APRIL.plusYears(1), f.owner.id()))).as("before the latest takes effect")
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages())
                        .containsOnlyKeys("effectiveFrom"));

        CallerContext.set(f.theirAdmin);
        assertThatThrownBy(() -> f.versions.publish(new PolicyVersionDetails("Policy", APRIL, APRIL.plusYears(1),
                f.owner.id()))).as("another board: no clauses, and not its staff")
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldMessages())
                        .containsEntry("title", DeclarationWords.text("declaration.noClauses")).containsKey("owner"));
        assertThat(f.versions.versions()).isEmpty();
        CallerContext.set(f.officer);
        assertThatThrownBy(() -> f.versions.publish(new PolicyVersionDetails("Policy", APRIL, APRIL.plusYears(1),
                f.owner.id()))).isInstanceOf(AccessRefusedException.class);
        assertThat(f.versions.versions()).as("the officer reads them").hasSize(1);
    }

    @Test
    void everyActiveMemberOfAnOrganisationIsAskedOnceInBatches() {
        f.versions.publish(new PolicyVersionDetails("Social Media Policy", APRIL, APRIL.plusYears(1), f.owner.id()));
        long versionId = f.stored.latest().orElseThrow().id();
        CallerContext.set(Caller.system("cwmtaf"));

        assertThat(f.asking.askMembers(versionId, 3)).as("three asked: there may be more").isTrue();
        assertThat(f.asking.askMembers(versionId, 3)).as("one more").isFalse();
        assertThat(f.asking.askMembers(versionId, 3)).as("run again: nobody left").isFalse();

        assertThat(f.stored.declarations()).extracting(Declaration::personId).containsExactlyInAnyOrder(
                f.member.id(), f.manager.id(), f.colleague.id(), f.nurseryMember.id());
        assertThat(f.stored.declarations()).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeclarationStatus.ASKED);
            assertThat(d.processInstanceId()).isNotNull();
        });
        assertThat(f.stored.of(versionId, f.nurseryMember.id()).orElseThrow().organisationId())
                .isEqualTo(DeclarationsFixture.NURSERY);
        assertThat(f.mail).containsExactlyInAnyOrder("asked morgan.evans v1", "asked head.teacher v1",
                "asked dai.lewis v1", "asked nia.hughes v1");
        assertThat(f.stored.latest().orElseThrow().membersAsked()).isEqualTo(4);
        assertThat(f.timeline.recorded()).filteredOn(r -> r.action() == AuditAction.DECLARATIONS_ASKED)
                .extracting(r -> r.detail()).containsExactly(
                        "Version 1: 3 members asked to complete the Employee Declaration Form (in batches: more to"
                                + " follow).",
                        "Version 1: 1 member asked to complete the Employee Declaration Form.");
    }

    @Test
    void aLaterVersionEndsWhatWasLeftUnsignedAndAsksAgain() {
        PolicyVersion first = f.publishAndAsk("Social Media Policy", APRIL);
        Declaration signed = f.stored.of(first.id(), f.member.id()).orElseThrow();
        signed.declare("Morgan Evans", "Teacher", "Science", "01443 123456", f.manager.id(), DeclarationsFixture.NOW);
        Declaration unsigned = f.stored.of(first.id(), f.colleague.id()).orElseThrow();
        f.processes.doneElsewhere.add(f.stored.of(first.id(), f.nurseryMember.id()).orElseThrow()
                .processInstanceId());

        PolicyVersion second = f.publishAndAsk("Social Media Policy (amended)", APRIL.plusMonths(2));

        assertThat(signed.status()).as("what was signed stays signed").isEqualTo(DeclarationStatus.DECLARED);
        assertThat(unsigned.status()).isEqualTo(DeclarationStatus.SUPERSEDED);
        assertThat(f.stored.ofVersion(second.id())).hasSize(4);
        assertThat(f.processes.delivered).extracting(s -> s.instanceId(), s -> s.step(), s -> s.by()).contains(
                tuple(first.processInstanceId(), DeclarationProcess.AWAITING_REVIEW,
                        DeclarationProcess.VERSION_SUPERSEDED),
                tuple(unsigned.processInstanceId(), DeclarationProcess.DECLARE, DeclarationProcess.SUPERSEDED));
        assertThat(f.timeline.recorded().get(f.timeline.recorded().size() - 1).detail())
                .isEqualTo("Version 2: 4 members asked to complete the Employee Declaration Form; 3 unsigned"
                        + " declarations of earlier versions superseded.");

        CallerContext.set(Caller.system("cwmtaf"));
        assertThat(f.asking.askMembers(first.id())).as("the earlier version's job, late: the later one asks")
                .isFalse();
        assertThat(f.stored.declarations()).hasSize(8);
    }

    @Test
    void aMemberWhoJoinsLaterIsAskedOnceAndNobodyElse() {
        CallerContext.set(Caller.system("cwmtaf"));
        f.asking.askNewMember(f.member.id());
        assertThat(f.stored.declarations()).as("no version yet").isEmpty();

        PolicyVersion version = f.publishAndAsk("Social Media Policy", APRIL);
        var joiner = f.people.add("cwmtaf", "new.teacher", "Alys Powell", DeclarationsFixture.SCHOOL,
                uk.safeguardcases.domain.people.Role.MEMBER);
        CallerContext.set(Caller.system("cwmtaf"));
        f.asking.askNewMember(joiner.id());
        f.asking.askNewMember(joiner.id());
        f.asking.askNewMember(f.hrPartner.id());

        assertThat(f.stored.ofVersion(version.id())).extracting(Declaration::personId).containsOnlyOnce(joiner.id())
                .doesNotContain(f.hrPartner.id());
        assertThat(version.membersAsked()).isEqualTo(5);
        assertThat(f.mail).containsOnlyOnce("asked new.teacher v1");
    }
}
