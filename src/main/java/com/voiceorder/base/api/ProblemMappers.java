package com.voiceorder.base.api;

import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.IllegalTransitionException;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error the API returns is application/problem+json. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class DomainRuleBroken implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            List<Problem.FieldError> errors = e.field() == null
                    ? List.of() : List.of(new Problem.FieldError(e.field(), e.getMessage()));
            return Problem.response(Status.BAD_REQUEST, e.getMessage(), errors);
        }
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                    .toList();
            String detail = errors.stream().map(f -> f.field() + ": " + f.message())
                    .reduce((a, b) -> a + "; " + b).orElse("Invalid request");
            return Problem.response(Status.BAD_REQUEST, detail, errors);
        }

        /** "create.arg1.lines[0].quantity" → "lines[0].quantity": drop the method and parameter. */
        private static String fieldOf(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            String[] parts = path.split("\\.", 3);
            return parts.length == 3 ? parts[2] : parts[parts.length - 1];
        }
    }

    @Provider
    public static class UnknownResource implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.response(Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class RefusedTransition implements ExceptionMapper<IllegalTransitionException> {
        @Override
        public Response toResponse(IllegalTransitionException e) {
            return Problem.response(Status.CONFLICT, e.getMessage());
        }
    }

    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(Status.BAD_REQUEST, "Malformed JSON: " + e.getMessage());
        }
    }

    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(Status.BAD_REQUEST, "Unreadable request body: " + rootMessage(e));
        }
    }

    @Provider
    public static class HttpError implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            Status status = Status.fromStatusCode(original.getStatus());
            if (status == null) {
                status = Status.INTERNAL_SERVER_ERROR;
            }
            Response problem = Problem.response(status, e.getMessage());
            Response.ResponseBuilder builder = Response.fromResponse(problem);
            original.getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name)) {
                    values.forEach(value -> builder.header(name, value));
                }
            });
            return builder.build();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof DomainException domain) {
                    return new DomainRuleBroken().toResponse(domain);
                }
                if (cause instanceof NotFoundException notFound) {
                    return new UnknownResource().toResponse(notFound);
                }
                if (cause instanceof IllegalTransitionException transition) {
                    return new RefusedTransition().toResponse(transition);
                }
                if (cause instanceof ConstraintViolationException invalid) {
                    return new InvalidInput().toResponse(invalid);
                }
                if (cause instanceof jakarta.persistence.OptimisticLockException) {
                    return Problem.response(Status.CONFLICT, "Changed by someone else meanwhile; reload and retry");
                }
                cause = cause.getCause();
            }
            LOG.log(Level.SEVERE, "Unexpected error in the API", e);
            return Problem.response(Status.INTERNAL_SERVER_ERROR, "Unexpected error");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
