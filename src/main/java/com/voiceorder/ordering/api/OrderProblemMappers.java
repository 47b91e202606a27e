package com.voiceorder.ordering.api;

import com.voiceorder.ordering.application.ItemUnavailableException;
import com.voiceorder.ordering.application.MenuAlternative;
import com.voiceorder.ordering.application.RequestedTimeUnavailableException;
import com.voiceorder.ordering.application.TimingProposal;
import com.voiceorder.shared.domain.DomainException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** 400 problem+json for orders that cannot be taken as asked, carrying what can be offered instead. */
public final class OrderProblemMappers {

    private static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private OrderProblemMappers() {
    }

    @Provider
    public static class RequestedTimeUnavailable implements ExceptionMapper<RequestedTimeUnavailableException> {
        @Override
        public Response toResponse(RequestedTimeUnavailableException e) {
            TimingProposal proposal = e.proposal();
            return badRequest(e, proposal.reason() == null ? null : proposal.reason().name(),
                    proposal.alternatives().stream().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).toList(),
                    null);
        }
    }

    @Provider
    public static class ItemUnavailable implements ExceptionMapper<ItemUnavailableException> {
        @Override
        public Response toResponse(ItemUnavailableException e) {
            return badRequest(e, null, null, e.alternatives());
        }
    }

    private static Response badRequest(DomainException e, String reason, List<String> proposals,
                                       List<MenuAlternative> alternatives) {
        Response.Status status = Response.Status.BAD_REQUEST;
        OrderProblemDto problem = new OrderProblemDto("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                e.getMessage(), List.of(new OrderProblemDto.FieldError(e.field(), e.getMessage())), reason, proposals,
                alternatives);
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }
}
