package uk.safeguardcases.application.official;

import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.official.OfficialAccount;
import uk.safeguardcases.domain.official.OfficialAccountDecision;
import uk.safeguardcases.domain.official.OfficialAccountProcess;
import uk.safeguardcases.domain.official.OfficialAccountRepository;
import uk.safeguardcases.domain.official.OfficialAccountRequest;

/**
 * What the official accounts' services do alike: find a business case or an account, take a step of a business
 * case's process, check what was typed.
 */
final class AccountSteps {

    private AccountSteps() {
    }

    /** The board's business case by its reference; another board's, or none, is not found. */
    static OfficialAccountRequest request(OfficialAccountRepository accounts, String reference) {
        return accounts.request(reference).orElseThrow(() -> notFound(reference));
    }

    static NotFoundException notFound(String reference) {
        return new NotFoundException(AccountWords.text("official.notFound.request",
                reference == null ? "" : reference.strip()));
    }

    /** The board's account by its id; another board's, or none, is not found. */
    static OfficialAccount account(OfficialAccountRepository accounts, long id) {
        return accounts.account(id).orElseThrow(() -> new NotFoundException(
                AccountWords.text("official.notFound.account")));
    }

    /** Completes the business case's {@code task}, with the decision if any; one done already is said so. */
    static void complete(Processes processes, OfficialAccountRequest r, String task, String username,
            OfficialAccountDecision decision) {
        try {
            processes.complete(r.processInstanceId(), task, username, decision == null ? Map.of()
                    : Map.of(OfficialAccountProcess.DECISION, decision.name()));
        } catch (StepUnavailableException e) {
            throw TaskAlreadyDoneException.refused(e, r.reference());
        }
    }

    /** The text stripped (empty for none): a problem under {@code field} when missing and required, or too long. */
    static String text(Map<String, String> problems, String field, String value, int max, String whenMissing) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (whenMissing != null) {
                problems.put(field, whenMissing);
            }
        } else if (trimmed.length() > max) {
            problems.put(field, Texts.text("input.tooLong", max));
        }
        return trimmed;
    }

    /** Refuses the input, every problem at once, if there is any. */
    static void check(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
