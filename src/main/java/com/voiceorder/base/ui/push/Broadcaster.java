package com.voiceorder.base.ui.push;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import com.voiceorder.ordering.domain.OrderPlaced;
import com.voiceorder.ordering.domain.OrderStatusChanged;
import com.voiceorder.reservations.domain.ReservationBooked;
import com.voiceorder.reservations.domain.ReservationStatusChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Turns committed order and reservation events into {@link LiveUpdate}s and delivers them to the
 * dashboard screens of the same restaurant through {@code ui.access}. Views register in
 * {@code onAttach} and remove the registration in {@code onDetach}; a UI found closed while
 * delivering is dropped too, so nothing leaks. Delivery runs on the managed executor, one task per
 * screen: the committing request never waits for the screens.
 */
@ApplicationScoped
public class Broadcaster {

    private static final Logger LOG = Logger.getLogger(Broadcaster.class.getName());

    @Inject
    LiveUpdateChannel channel;

    @Resource(lookup = "concurrent/voiceorderExecutor")
    ManagedExecutorService managedExecutor;

    private Executor executor;

    protected Broadcaster() {
    }

    /** For tests: a channel and the executor that runs deliveries. */
    Broadcaster(LiveUpdateChannel channel, Executor executor) {
        this.channel = channel;
        this.executor = executor;
    }

    void orderPlaced(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderPlaced event) {
        channel.publish(LiveUpdate.of(event));
    }

    void orderStatusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderStatusChanged event) {
        channel.publish(LiveUpdate.of(event));
    }

    void reservationBooked(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReservationBooked event) {
        channel.publish(LiveUpdate.of(event));
    }

    void reservationStatusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReservationStatusChanged event) {
        channel.publish(LiveUpdate.of(event));
    }

    /** Delivers the restaurant's updates to {@code view} inside {@code ui.access}; remove the registration on detach. */
    public Registration register(UI ui, long restaurantId, Consumer<LiveUpdate> view) {
        return register(UiAccess.of(ui), restaurantId, view);
    }

    Registration register(UiAccess ui, long restaurantId, Consumer<LiveUpdate> view) {
        AtomicReference<Registration> subscription = new AtomicReference<>();
        Consumer<LiveUpdate> deliver = update -> executor().execute(() -> {
            if (!ui.run(() -> view.accept(update))) {
                Registration gone = subscription.getAndSet(null);
                if (gone != null) {
                    gone.remove();
                    LOG.fine(() -> "Dropped the live updates of a closed UI of restaurant " + restaurantId);
                }
            }
        });
        subscription.set(channel.subscribe(restaurantId, update -> {
            try {
                deliver.accept(update);
            } catch (RejectedExecutionException e) {
                LOG.warning(() -> "Live update not delivered (executor full or stopping): " + update);
            }
        }));
        return () -> {
            Registration registration = subscription.getAndSet(null);
            if (registration != null) {
                registration.remove();
            }
        };
    }

    private Executor executor() {
        return executor != null ? executor : managedExecutor;
    }
}
