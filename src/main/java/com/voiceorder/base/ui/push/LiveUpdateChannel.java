package com.voiceorder.base.ui.push;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * The path live updates take from the transaction that made them to the subscribers of their
 * restaurant. {@link InJvmLiveUpdateChannel} serves one server; a PostgreSQL LISTEN/NOTIFY channel
 * (DESIGN §6) would implement the same contract across instances.
 */
public interface LiveUpdateChannel {

    /** Hands the update to every current subscriber of its restaurant; never throws for a subscriber's failure. */
    void publish(LiveUpdate update);

    /** Subscribes to one restaurant's updates until the registration is removed. */
    Registration subscribe(long restaurantId, Consumer<LiveUpdate> subscriber);
}
