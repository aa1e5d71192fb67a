package uk.safeguardcases.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.api.IdempotencyKeyReusedException;
import uk.safeguardcases.application.cases.ReferencesNotKeptException;
import uk.safeguardcases.application.chaincheck.ChainCheckBusyException;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.security.SecurityEvents;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;

/** The service layer's refusals, and the API's own, as problem documents with the right status. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Context
        private UriInfo address;

        @Context
        private Request request;

        @Override
        public Response toResponse(NotFoundException e) {
            SecurityEvents.recordNotFound(address.getRequestUri().getRawPath(), request.getMethod());
            return Problem.response(404, "Not found", e.getMessage(), null);
        }
    }

    /** 401 when nobody is signed in (so a client knows to send credentials), 403 for a role that may not. */
    @Provider
    public static class AccessRefused implements ExceptionMapper<AccessRefusedException> {
        @Context
        private UriInfo address;

        @Context
        private Request request;

        @Override
        public Response toResponse(AccessRefusedException e) {
            if (CallerContext.currentTenantOrNull() == null) {
                return Response.fromResponse(Problem.response(401, "Not signed in",
                                "Send the board's API key, or sign in.", null))
                        .header("WWW-Authenticate", ApiAuthenticationFilter.CHALLENGE).build();
            }
            SecurityEvents.authorisationRefused(address.getRequestUri().getRawPath(), request.getMethod());
            return Problem.response(403, "Not allowed", e.getMessage(), null);
        }
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.response(400, "Invalid input", e.getMessage(),
                    e.fieldMessages());
        }
    }

    @Provider
    public static class IdempotencyKeyReused implements ExceptionMapper<IdempotencyKeyReusedException> {
        @Override
        public Response toResponse(IdempotencyKeyReusedException e) {
            return Problem.response(422, "Idempotency-Key reused", e.getMessage(), null);
        }
    }

    @Provider
    public static class AlreadyDone implements ExceptionMapper<TaskAlreadyDoneException> {
        @Override
        public Response toResponse(TaskAlreadyDoneException e) {
            return Problem.response(409, "Already done", e.getMessage(), null);
        }
    }

    /** A new record refused because its reference cannot be kept: the service's fault, passing, nothing saved. */
    @Provider
    public static class ReferencesNotKept implements ExceptionMapper<ReferencesNotKeptException> {
        @Override
        public Response toResponse(ReferencesNotKeptException e) {
            return Response.fromResponse(Problem.response(503, "References cannot be kept", e.getMessage(), null))
                    .header("Retry-After", "60").build();
        }
    }

    /** A whole chain check that found no turn (ChainCheckTurns): nothing checked, to be asked again, in their language. */
    @Provider
    public static class ChainCheckBusy implements ExceptionMapper<ChainCheckBusyException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ChainCheckBusyException e) {
            java.util.Locale language = AcceptLanguage.of(headers);
            return Response.fromResponse(Problem.response(503, "Busy",
                            Texts.in(language, "chainCheck.busy", e.retryAfterSeconds()), null))
                    .header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
        }
    }

    @Provider
    public static class Refusal implements ExceptionMapper<ApiRefusal> {
        @Override
        public Response toResponse(ApiRefusal e) {
            return Problem.response(e.status(), e.title(), e.getMessage(), null);
        }
    }

    /** JAX-RS's own answers (unknown path, wrong method, wrong media type) as problems, keeping their headers. */
    @Provider
    public static class Protocol implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            int status = original.getStatus();
            Response.ResponseBuilder problem = Response.fromResponse(Problem.response(status,
                    original.getStatusInfo().getReasonPhrase(), detail(status), null));
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(v -> problem.header(name, v));
                }
            });
            return problem.build();
        }

        private static String detail(int status) {
            return switch (status) {
                case 404 -> "There is nothing at this address: see /api/openapi.json.";
                case 405 -> "This address does not take that method: see the Allow header.";
                case 406 -> "The API answers in JSON only.";
                case 415 -> "Send the body as application/json.";
                default -> "The request could not be handled.";
            };
        }
    }

    /** Anything unexpected: logged here, and a problem without internals for the client. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.SEVERE, "API request failed", e);
            return Problem.response(500, "Server error", "Something went wrong; nothing was changed.", null);
        }
    }
}
