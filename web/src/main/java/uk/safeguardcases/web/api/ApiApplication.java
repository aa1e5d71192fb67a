package uk.safeguardcases.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON API, under /api. Its description ({@code /api/openapi.json}) is generated from the code when the web module
 * is built (MicroProfile OpenAPI, SmallRye's implementation, the one WildFly ships): this class gives what is the
 * API's as a whole (its doors, its problems, its core tags); each resource's annotations give its operations, and
 * each part's {@code *ApiSchemas} the shapes of its bodies.
 */
@OpenAPIDefinition(
        info = @Info(title = "Safeguard Cases API", version = "1.0",
                description = "Intake of detected concerns for a board's monitoring tools, and read-and-act "
                        + "endpoints for board users and HR systems. Every answer concerns the caller's own board "
                        + "only: another board's records are 'not found'. Errors are application/problem+json (RFC "
                        + "9457); field problems are listed by field name in 'errors'. Request bodies are JSON "
                        + "objects of at most 64 KB.",
                contact = @Contact(name = "The service's operator", url = "https://cases.example.org/")),
        servers = @Server(url = "/api"),
        tags = {@Tag(name = "Intake", description = "Concerns reported by a board's monitoring tools."),
                @Tag(name = "Cases", description = "The board's cases, for its officers and senior managers."),
                @Tag(name = "Referrals",
                        description = "Disciplinary referrals, for the HR partners of the members' parent "
                        + "organisations."),
                @Tag(name = "Board", description = "The board's own record."),
                @Tag(name = "Service", description = "The service itself: readiness and this description.")},
        components = @Components(
                securitySchemes = {@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP,
                        scheme = "bearer",
                        description = "The board's API key (made by the board administrator on the API keys page), "
                        + "as 'Authorization: Bearer <key>' or in an 'X-Api-Key' header. A monitoring tool's key may "
                        + "only report concerns; a service account's key acts as its parent organisation's HR system "
                        + "(the referral endpoints)."),
                        @SecurityScheme(securitySchemeName = "personalToken", type = SecuritySchemeType.HTTP,
                                scheme = "bearer",
                                description = "A person's personal access token ('sgc_pat_…', made on their account "
                                + "page), as 'Authorization: Bearer <token>': the person, their board and their "
                                + "role; a read-only token is refused any change (403)."),
                        @SecurityScheme(securitySchemeName = "providerToken", type = SecuritySchemeType.HTTP,
                                scheme = "bearer", bearerFormat = "JWT",
                                description = "An access token of the board's own OpenID Connect provider (a board "
                                + "with single sign-on), as 'Authorization: Bearer <token>': the board's person its "
                                + "claim names, verified against the provider's keys."),
                        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                                description = "A person's user name and password (board staff, HR partners)."),
                        @SecurityScheme(securitySchemeName = "session", type = SecuritySchemeType.APIKEY,
                                in = SecuritySchemeIn.COOKIE, apiKeyName = "JSESSIONID",
                                description = "The signed-in browser session.")},
                responses = {@APIResponse(name = "Problem400",
                        description = "Invalid input: 'errors' names each field and what is wrong with it; or a body "
                        + "that is not a JSON object.", content = @Content(mediaType = "application/problem+json",
                        schema = @Schema(implementation = ApiSchemas.Problem.class))),
                        @APIResponse(name = "Problem401",
                                description = "No credentials, or an unknown or revoked key, or a wrong user name or "
                                + "password.", content = @Content(mediaType = "application/problem+json",
                                schema = @Schema(implementation = ApiSchemas.Problem.class))),
                        @APIResponse(name = "Problem403", description = "The caller's role may not do this.",
                                content = @Content(mediaType = "application/problem+json",
                                schema = @Schema(implementation = ApiSchemas.Problem.class))),
                        @APIResponse(name = "Problem404",
                                description = "No such record on the caller's board (or for the caller's "
                                + "organisation).", content = @Content(mediaType = "application/problem+json",
                                schema = @Schema(implementation = ApiSchemas.Problem.class))),
                        @APIResponse(name = "Problem409",
                                description = "The step was done already (says by whom and when).",
                                content = @Content(mediaType = "application/problem+json",
                                schema = @Schema(implementation = ApiSchemas.Problem.class))),
                        @APIResponse(name = "Problem413", description = "The body is larger than 64 KB.",
                                content = @Content(mediaType = "application/problem+json",
                                schema = @Schema(implementation = ApiSchemas.Problem.class))),
                        @APIResponse(name = "Problem415", description = "The body is not sent as application/json.",
                                content = @Content(mediaType = "application/problem+json",
                                schema = @Schema(implementation = ApiSchemas.Problem.class))),
                        @APIResponse(name = "Problem503",
                                description = "Nothing saved: the node cannot keep the new reference where a restore "
                                + "cannot lose it. Send it again after Retry-After (seconds).",
                                headers = {@Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER))},
                                content = @Content(mediaType = "application/problem+json",
                                schema = @Schema(implementation = ApiSchemas.Problem.class)))}))

@ApplicationPath("/api")
public class ApiApplication extends Application {
}
