package uk.safeguardcases.application.api;

import java.time.Clock;
import uk.safeguardcases.domain.organisation.OrganisationRepository;
import uk.safeguardcases.domain.audit.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.api.IntakeRequest;
import uk.safeguardcases.domain.api.IntakeRequestRepository;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.cases.CaseRepository;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.clause.ClauseRepository;
import uk.safeguardcases.domain.clause.PolicyClause;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.ContentHash;
import uk.safeguardcases.domain.evidence.Evidence;
import uk.safeguardcases.domain.evidence.EvidenceUrl;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * Concerns reported by a board's monitoring tools (DESIGN.md step 1, source "monitoring"). In one transaction:
 * the case and its investigation, the captured content as evidence (captured by the tool, by open methods),
 * and the clause the tool suggests, kept on the case for the officer's triage and noted in the timeline (citing
 * clauses in allegations stays the officer's decision). A member identifier that matches no member account of
 * the board is kept as the member's name, and the answer and the timeline say so; an organisation that is not
 * the matched member's own is refused. With an Idempotency-Key, a retry gets the first request's case and
 * creates nothing.
 */
@Stateless
public class IntakeService {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private OrganisationRepository organisations;

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final int IDEMPOTENCY_KEY_MAX = 200;
    private static final int MEMBER_MAX = 200;

    @Inject
    private IntakeRequestRepository intakeRequests;

    @Inject
    private BoardRepository boards;

    @Inject
    private CaseRepository caseRecords;

    @Inject
    private PersonRepository people;

    @Inject
    private ClauseRepository clauses;

    @Inject
    private CaseService cases;

    @Inject
    private EvidenceService evidence;

    @Inject
    private TimelineService timeline;

    public IntakeResult report(String idempotencyKey, IntakeConcern concern) {
        Caller machine = CallerContext.require(Role.INTAKE);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && (key.length() > IDEMPOTENCY_KEY_MAX || key.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidInputException(Map.of("Idempotency-Key",
                    Texts.text("intake.idempotencyKey.invalid", IDEMPOTENCY_KEY_MAX)));
        }
        Checked checked = check(concern);
        String requestSha256 = ContentHash.sha256Hex(checked.fingerprint());
        if (key != null) {
            // Requests with a key wait for each other on the board's row, so a retry that races the first request
            // sees its case instead of making a second. Nothing else locks this row, so no deadlock.
            boards.locked(machine.tenantId());
            IntakeRequest earlier = intakeRequests.byIdempotencyKey(key).orElse(null);
            if (earlier != null) {
                if (!earlier.requestSha256().equals(requestSha256)) {
                    throw new IdempotencyKeyReusedException(Texts.text("intake.idempotencyKey.reused"));
                }
                return new IntakeResult(earlier.caseReference(), true, memberMatched(earlier.caseReference()));
            }
        }

        // The machine may only report; for these steps it acts with an officer's powers, under its own name.
        Caller reporter = new Caller(machine.username(), machine.displayName(), machine.tenantId(),
                Set.of(Role.OFFICER), null);
        String reference = CallerContext.runAs(reporter, () -> {
            CaseSummary raised = cases.raiseConcern(new NewConcern(checked.subjectName(),
                    checked.organisation().id(), CaseSource.MONITORING, checked.summary(machine),
                    checked.subjectUsername()));
            evidence.capture(raised.reference(), EvidenceInput.text(checked.url(), checked.platform(),
                    checked.capturedText(), checked.detectedAt(), CaptureMethod.MONITORING_TOOL,
                    // The tool sends the post's text as it read it, or only where it saw it.
                    checked.capturedText() == null ? CaptureForm.ADDRESS_ONLY : CaptureForm.TEXT_COPIED, true));
            if (checked.subjectUsername() == null) {
                timeline.record(raised.id(), AuditAction.MEMBER_NOT_MATCHED, "The monitoring tool's member identifier matched"
                        + " no member account on the board, so the case names the member as the tool gave it; without"
                        + " an account the member gets no e-mail and no request in the portal.");
            }
            if (checked.clause() != null) {
                caseRecords.byId(raised.id()).orElseThrow().clauseSuggested(checked.clause().id());
                timeline.record(raised.id(), AuditAction.CLAUSE_SUGGESTED, "Clause "
                        + checked.clause().reference() + " (" + checked.clause().section()
                        + "); whether it is alleged is the officer's decision at triage");
            }
            if (checked.category() != null) {
                caseRecords.byId(raised.id()).orElseThrow().categorySuggested(checked.category().name());
                timeline.record(raised.id(), AuditAction.CATEGORY_SUGGESTED, checked.category().label()
                        + "; whether it is alleged, and under which category, is the officer's decision at triage");
            }
            return raised.reference();
        });
        if (key != null) {
            intakeRequests.add(new IntakeRequest(key, requestSha256, reference, Instant.now(clock)));
        }
        return new IntakeResult(reference, false, checked.subjectUsername() != null);
    }

    private boolean memberMatched(String reference) {
        return caseRecords.aboutAMember(reference);
    }

    private Checked check(IntakeConcern concern) {
        Map<String, String> problems = new LinkedHashMap<>();
        String member = text(concern.memberIdentifier());
        Person person = null;
        if (member == null) {
            problems.put("memberIdentifier", Texts.text("intake.member.missing"));
        } else if (member.length() > MEMBER_MAX) {
            problems.put("memberIdentifier", Texts.text("input.tooLong", MEMBER_MAX));
        } else {
            person = people.byUsername(member).filter(p -> p.roles().contains(Role.MEMBER)).orElse(null);
        }

        ParentOrganisation organisation = null;
        String organisationId = text(concern.organisationId());
        String organisationName = text(concern.organisation());
        if (organisationId != null) {
            Long id = null;
            try {
                id = Long.valueOf(organisationId);
            } catch (NumberFormatException e) {
                problems.put("organisationId", Texts.text("intake.organisationId.notNumber"));
            }
            if (id != null) {
                organisation = organisations.byId(id).orElse(null);
                if (organisation == null) {
                    problems.put("organisationId", Texts.text("intake.organisationId.unknown", String.valueOf(id)));
                }
            }
        } else if (organisationName != null) {
            organisation = organisations.named(organisationName).orElse(null);
            if (organisation == null) {
                problems.put("organisation", Texts.text("intake.organisation.unknown"));
            }
        } else if (person != null && person.organisationId() != null) {
            organisation = organisations.byId(person.organisationId()).orElse(null);
        } else if (member != null) {
            problems.put("organisationId", Texts.text("intake.organisation.missing"));
        }

        if (person != null && organisation != null && person.organisationId() != null
                && !person.organisationId().equals(organisation.id())) {
            ParentOrganisation own = organisations.byId(person.organisationId()).orElse(null);
            problems.put(organisationId != null ? "organisationId" : "organisation", own == null
                    ? Texts.text("intake.organisation.notMembersAnother", member)
                    : Texts.text("intake.organisation.notMembers", member, own.name()));
        }

        Platform platform = null;
        String platformName = text(concern.platform());
        if (platformName == null) {
            problems.put("platform", Texts.text("intake.platform.missing", platforms()));
        } else {
            platform = Arrays.stream(Platform.values())
                    .filter(p -> p.name().equalsIgnoreCase(platformName)).findFirst().orElse(null);
            if (platform == null) {
                problems.put("platform", Texts.text("intake.platform.unknown", platforms()));
            }
        }

        String url = text(concern.url());
        if (url != null) {
            EvidenceUrl.problem(url).ifPresent(problem -> problems.put("url",
                    Texts.text("evidenceUrl." + problem.name(), EvidenceUrl.MAX_LENGTH)));
        }
        String capturedText = text(concern.capturedText());
        if (capturedText != null && capturedText.length() > Evidence.MAX_TEXT_LENGTH) {
            problems.put("capturedText", Texts.text("input.tooLong", Evidence.MAX_TEXT_LENGTH));
        } else if (capturedText != null && capturedText.indexOf('\u0000') >= 0) {
            problems.put("capturedText", Texts.text("intake.capturedText.unstorable"));
        }
        if (url == null && capturedText == null) {
            problems.put("capturedText", Texts.text("intake.capturedText.missing"));
        }

        Instant detectedAt = null;
        String when = text(concern.detectedAt());
        if (when == null) {
            problems.put("detectedAt", Texts.text("intake.detectedAt.missing"));
        } else {
            try {
                detectedAt = OffsetDateTime.parse(when).toInstant();
                if (detectedAt.isAfter(Instant.now(clock).plus(CLOCK_SKEW))) {
                    problems.put("detectedAt", Texts.text("intake.detectedAt.future"));
                }
            } catch (DateTimeParseException e) {
                problems.put("detectedAt", Texts.text("intake.detectedAt.noOffset"));
            }
        }

        PolicyClause clause = null;
        String clauseReference = text(concern.suggestedClause());
        if (clauseReference != null) {
            clause = clauses.inForce(clauseReference).orElse(null);
            if (clause == null) {
                problems.put("suggestedClause", Texts.text("intake.suggestedClause.unknown", clauseReference));
            }
        }
        AllegationCategory category = null;
        String categoryName = text(concern.category());
        if (categoryName != null) {
            category = Arrays.stream(AllegationCategory.values()).filter(c -> c.name().equals(categoryName))
                    .findFirst().orElse(null);
            if (category == null) {
                problems.put("category", Texts.text("intake.category.unknown", categoryName,
                        Arrays.stream(AllegationCategory.values()).map(AllegationCategory::name)
                                .collect(Collectors.joining(", "))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // A concern without a category has the fingerprint it always had, so a retry of an earlier one still matches.
        String fingerprint = Stream.of(member, organisationId, organisationName, platform.name(), url, capturedText,
                        detectedAt.toString(), clauseReference).map(v -> v == null ? "" : v)
                .collect(Collectors.joining("\u0000")) + (category == null ? "" : "\u0000" + category.name());
        return new Checked(person == null ? member : person.displayName(), person == null ? null : person.username(),
                organisation, platform, url, capturedText, detectedAt, clause, category, fingerprint);
    }

    private static String platforms() {
        return Arrays.stream(Platform.values()).map(Platform::name).collect(Collectors.joining(", "));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record Checked(String subjectName, String subjectUsername, ParentOrganisation organisation,
            Platform platform, String url, String capturedText, Instant detectedAt, PolicyClause clause,
            AllegationCategory category, String fingerprint) {

        String summary(Caller machine) {
            return "Detected by monitoring tool \"" + machine.displayName() + "\" on " + platform.label()
                    + (url == null ? "" : " at " + url) + ".";
        }
    }
}
