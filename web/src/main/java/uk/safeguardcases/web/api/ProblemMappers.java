package uk.safeguardcases.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.NotFoundException;

/** The service layer's refusals, as problem documents with the right status. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.response(404, "Not found", e.getMessage(), null);
        }
    }

    @Provider
    public static class AccessRefused implements ExceptionMapper<AccessRefusedException> {
        @Override
        public Response toResponse(AccessRefusedException e) {
            return Problem.response(403, "Not allowed", e.getMessage(), null);
        }
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.response(400, "Invalid input", e.getMessage(), e.fieldMessages());
        }
    }
}
