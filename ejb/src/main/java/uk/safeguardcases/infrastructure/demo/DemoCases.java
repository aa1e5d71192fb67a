package uk.safeguardcases.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.ClauseView;
import uk.safeguardcases.application.board.OrganisationView;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.investigation.AllegationService;
import uk.safeguardcases.application.investigation.AuthorisationService;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.infrastructure.persistence.BoardIds;

/**
 * A few cases on each board for the demo (only with {@code -Dsafeguard.demo.cases=true}, which the run command
 * sets; the tests start from boards without cases): one waiting for triage, one closed with no further action,
 * and one about the demo member whose removal request is waiting in the member portal. They are made through
 * the same services the pages use, as the board's demo officer and senior, so the timeline and the process are
 * real. Made once: a board that has any case is left alone.
 */
@Singleton
@Startup
@DependsOn({"DemoData", "RestoredReferences"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoCases {

    private static final Logger LOG = Logger.getLogger(DemoCases.class.getName());

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Inject
    private PeopleDirectory people;
    @Inject
    private BoardService boards;
    @Inject
    private CaseService cases;
    @Inject
    private AllegationService allegations;
    @Inject
    private TriageService triage;
    @Inject
    private AuthorisationService authorisation;
    @Inject
    private EvidenceService evidence;
    @Inject
    private uk.safeguardcases.application.declaration.PolicyDeclarations declarations;

    @PostConstruct
    void seed() {
        if (!Boolean.getBoolean("safeguard.demo") || !Boolean.getBoolean("safeguard.demo.cases")) {
            return;
        }
        for (String board : BoardIds.all(dataSource)) {
            try {
                if (seedBoard(board)) {
                    LOG.info(() -> "Demo cases created for board " + board);
                }
                seedPolicy(board);
            } catch (RuntimeException e) {
                LOG.warning(() -> "Demo cases for board " + board + " not created: " + e.getMessage());
            }
        }
    }

    /**
     * Version 1 of the board's policy, published by its demo administrator (in force from the start of this year),
     * so the member is asked to declare it and the demo case says they had not. Once: a board with a version is left
     * alone.
     */
    private void seedPolicy(String board) {
        Caller admin = people.callerFor(board + ".admin").orElse(null);
        if (admin == null || !as(admin, declarations::versions).isEmpty()) {
            return;
        }
        Long owner = as(admin, declarations::possibleOwners).stream()
                .filter(o -> o.name().equals(admin.displayName())).findFirst()
                .map(uk.safeguardcases.application.declaration.ManagerChoice::id).orElse(null);
        java.time.LocalDate start = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).withDayOfYear(1);
        as(admin, () -> declarations.publish(new uk.safeguardcases.application.declaration.PolicyVersionDetails(
                as(admin, boards::currentBoard).policyTitle(), start, start.plusYears(1).minusDays(1), owner)));
    }

    private boolean seedBoard(String board) {
        Caller officer = people.callerFor(board + ".officer").orElse(null);
        Caller senior = people.callerFor(board + ".senior").orElse(null);
        Caller member = people.callerFor(board + ".member").orElse(null);
        if (officer == null || senior == null || member == null) {
            return false;
        }
        boolean hasCases = as(officer, () -> !cases.boardCases().isEmpty());
        if (hasCases) {
            return false;
        }
        List<OrganisationView> organisations = as(officer, boards::organisations);
        List<ClauseView> clauses = as(officer, boards::clauses);
        Long memberOrganisation = member.organisationId();
        Long otherOrganisation = organisations.get(organisations.size() - 1).id();

        // 1. Waiting for triage: a detection by the monitoring tool.
        as(officer, () -> cases.raiseConcern(new NewConcern("Jordan Blake", otherOrganisation, CaseSource.MONITORING,
                "The monitoring tool flagged a public post criticising a named colleague and the board.")));

        // 2. Closed: triaged, no further action.
        String closed = as(officer, () -> cases.raiseConcern(new NewConcern("Casey Moore", otherOrganisation,
                CaseSource.COLLEAGUE_REPORT, "A colleague reported a photo from a team social event."))).reference();
        as(officer, () -> {
            triage.recordTriage(closed, new TriageInput(false, null, false, null, false, null, false,
                    TriageDecision.NO_FURTHER_ACTION, "The photo shows no one identifiable and no board logo."));
            return null;
        });

        // 3. About the demo member: investigated, evidence gathered, removal request sent to the portal.
        String removal = as(officer, () -> cases.raiseConcern(new NewConcern(member.displayName(), memberOrganisation,
                CaseSource.PUBLIC_COMPLAINT, "A member of the public reported a post naming a child and their school.",
                member.username()))).reference();
        as(officer, () -> {
            allegations.allege(removal, clauses.get(0).id(), AllegationCategory.CONFIDENTIALITY, Severity.HIGH, null,
                    "The post names a child known to services and their school.");
            triage.recordTriage(removal, new TriageInput(false, null, false, null, false, null, false,
                    TriageDecision.INVESTIGATE, "Likely breach of the policy; the post is public."));
            return null;
        });
        as(senior, () -> {
            authorisation.decide(removal, true, "Proportionate: the post is public and names a child.");
            return null;
        });
        as(officer, () -> {
            evidence.capture(removal, EvidenceInput.text("https://www.facebook.com/demo.public.page/posts/42",
                    Platform.FACEBOOK, "Public post naming a child and their school (names withheld in the demo).",
                    Instant.now().minus(2, ChronoUnit.HOURS), CaptureMethod.PUBLIC_PAGE_VIEWED,
                    CaptureForm.TEXT_COPIED, true)
                    .withShownToMember(true));
            evidence.finishGathering(removal, "One public post, captured from the public page.");
            return null;
        });
        return true;
    }

    private static <T> T as(Caller caller, Supplier<T> work) {
        return CallerContext.runAs(caller, (java.util.concurrent.Callable<T>) work::get);
    }
}
