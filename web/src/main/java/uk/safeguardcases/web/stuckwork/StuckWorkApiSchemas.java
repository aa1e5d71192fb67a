package uk.safeguardcases.web.stuckwork;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of this part of the API's bodies, as its description (MicroProfile OpenAPI, generated at build
 * time) gives them: each record is a schema of {@code /api/openapi.json}, named as there.
 */
public final class StuckWorkApiSchemas {

    private StuckWorkApiSchemas() {
    }

    /** The description's example: an e-mail being tried again. */
    public static final String STUCK_WORK_EXAMPLE = """
            {
              "items": [
                {
                  "id": "email:5",
                  "kind": "email",
                  "stopped": false,
                  "what": "Please complete the Employee Declaration Form",
                  "detail": "the member",
                  "attempts": 3,
                  "since": "2026-11-30T18:00:33.036Z",
                  "cause": "The mail server could not be reached.",
                  "error": "Couldn't connect to host, port: localhost, 25; timeout 10000"
                }
              ]
            }
            """;

    @Schema(name = "StuckWork", requiredProperties = {"items"})
    public record StuckWork(
            java.util.List<StuckWorkItem> items) {
    }

    @Schema(name = "StuckWorkItem", requiredProperties = {"id", "kind", "stopped", "what", "attempts"})
    public record StuckWorkItem(
            @Schema(description = "step:…, email:… or the process's own (webhook:…).") String id,
            @Schema(description = "step, email, or the process's own kind (webhook).") String kind,
            @Schema(description = "True when it waits for a person; false while it is still being tried by "
                    + "itself.") boolean stopped,
            @Schema(description = "The step's name, the e-mail's subject, or the process's own words for "
                    + "it.") String what,
            @Schema(description = "The step's process, whom the e-mail was for, or the process's second "
                    + "line.") String detail,
            long attempts,
            @Schema(description = "What it is about: a case's or a request's reference, when it is about "
                    + "one.") String reference,
            @Schema(description = "The case's reference, when it is about a case.") String caseReference,
            @Schema(description = "When it stopped; while it is being tried, its next try.",
                    format = "date-time") String since,
            @Schema(description = "What kind of thing stopped it, in a sentence.") String cause,
            @Schema(description = "The failure's own words, for the service's operator.") String error) {
    }
}
