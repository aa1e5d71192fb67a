package uk.safeguardcases.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.stream.Collectors;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.AuditActions;
import uk.safeguardcases.domain.audit.Reading;
import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.people.Role;

/**
 * The words pages show for the domain's values, in the page's language: {@code #{labels.of(c.statusValue)}}.
 * They live in the shell bundle under {@code <EnumType>.<NAME>} (e.g. {@code CaseStatus.AWAITING_TRIAGE}), so
 * every workspace words a value the same way; the enums' English labels are for documents and the API.
 */
@Named
@ApplicationScoped
public class Labels {

    static final String BUNDLE = "shell";

    @Inject
    private AuditActions actions;

    @Inject
    private Contributions contributions;

    /** The words for one value of a domain enum; empty for none. */
    public String of(Enum<?> value) {
        return value == null ? "" : Language.text(BUNDLE, key(value));
    }

    /** How a piece of evidence was captured (the form of its record); "not recorded" for evidence from before. */
    public String captureForm(uk.safeguardcases.domain.evidence.CaptureForm form) {
        return Language.text(BUNDLE, form == null ? "CaptureForm.notRecorded" : key(form));
    }

    /**
     * A triage decision (its value or its name), the core's worded in the shell bundle, a process's in the bundle it
     * registered ({@code TriageDecision.<NAME>}); empty for none.
     */
    public String triageDecision(Object decision) {
        return decision == null || decision.toString().isEmpty() ? "" : contributions.text("TriageDecision." + decision);
    }

    /**
     * A kind of deadline (its value or its name), the core's worded in the shell bundle, a process's in the bundle it
     * registered ({@code DeadlineKind.<NAME>}); empty for none.
     */
    public String deadline(Object kind) {
        return kind == null || kind.toString().isEmpty() ? "" : contributions.text("DeadlineKind." + kind);
    }

    /** A closure reason (its value or its name), as {@link #triageDecision} words a decision. */
    public String closureReason(Object reason) {
        return reason == null || reason.toString().isEmpty() ? "" : contributions.text("ClosureReason." + reason);
    }

    /** Roles as a person's list shows them: "Compliance officer, Senior manager". */
    public String roles(Collection<Role> roles) {
        return roles == null ? "" : roles.stream().sorted().map(this::of).collect(Collectors.joining(", "));
    }

    /**
     * A task of the investigation by its id in the process model, e.g. {@code triage}: the words the services
     * use for it too (application {@code Texts}), so a page and a refusal name a task alike.
     */
    public String task(String taskKey) {
        return taskKey == null ? "" : Texts.in(Pages.locale(), "task." + taskKey);
    }

    /** The officer's decision on a contest or a request for more time (UPHELD, MORE_TIME_GIVEN…). */
    public String decision(String decision) {
        return decision == null || decision.isBlank() ? "" : Language.text(BUNDLE, "RequestDecision." + decision);
    }

    /**
     * What a timeline entry records, from the action it keeps (the English label, part of its hash), in the page's
     * language, from the shell bundle or the bundle of the process that declared it; an action no longer known is
     * shown as it was recorded.
     */
    public String action(String recorded) {
        return actions.byLabel(recorded).map(action -> contributions.text(actionKey(action)))
                .orElse(recorded == null ? "" : recorded);
    }

    /**
     * What was read, in the page's language, from the shell bundle ({@code ReadKind.<NAME>}) or the bundle of the
     * process that declared it ({@code <Type>.<NAME>}).
     */
    public String read(Reading what) {
        return what == null ? "" : contributions.text(readingKey(what));
    }

    /** {@code <Type>.<NAME>} of a kind of read; a kind no process declares now, by its name alone. */
    public static String readingKey(Reading what) {
        return what instanceof Enum<?> value ? key(value) : what.name();
    }

    static String key(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** {@code <Type>.<NAME>}, as {@link #key(Enum)} for an enum of actions. */
    static String actionKey(TimelineAction action) {
        return action instanceof Enum<?> value ? key(value) : action.getClass().getSimpleName() + "." + action.name();
    }
}
