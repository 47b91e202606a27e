package com.voiceorder.ordering.application;

import com.voiceorder.shared.domain.DomainException;

/** The order cannot be ready at the requested time (or at all soon): 400 on requestedTime, with the proposal. */
public class RequestedTimeUnavailableException extends DomainException {

    private final transient TimingProposal proposal;

    public RequestedTimeUnavailableException(TimingProposal proposal) {
        super("requestedTime", proposal.message());
        this.proposal = proposal;
    }

    public TimingProposal proposal() {
        return proposal;
    }
}
