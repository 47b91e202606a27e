package com.voiceorder.base.ui.push;

import com.vaadin.flow.shared.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Live updates inside this JVM: subscribers kept per restaurant, delivered on the publishing thread. */
@ApplicationScoped
public class InJvmLiveUpdateChannel implements LiveUpdateChannel {

    private static final Logger LOG = Logger.getLogger(InJvmLiveUpdateChannel.class.getName());

    private final Map<Long, Set<Consumer<LiveUpdate>>> subscribers = new ConcurrentHashMap<>();

    @Override
    public void publish(LiveUpdate update) {
        for (Consumer<LiveUpdate> subscriber : subscribers.getOrDefault(update.restaurantId(), Set.of())) {
            try {
                subscriber.accept(update);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "A live update subscriber failed on " + update);
            }
        }
    }

    @Override
    public Registration subscribe(long restaurantId, Consumer<LiveUpdate> subscriber) {
        // A distinct wrapper per subscription, so subscribing the same consumer twice needs two removals.
        Consumer<LiveUpdate> entry = subscriber::accept;
        subscribers.computeIfAbsent(restaurantId, id -> new CopyOnWriteArraySet<>()).add(entry);
        return () -> subscribers.computeIfPresent(restaurantId, (id, set) -> {
            set.remove(entry);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many subscriptions a restaurant has (what a leak would make grow). */
    public int subscriberCount(long restaurantId) {
        return subscribers.getOrDefault(restaurantId, Set.of()).size();
    }
}
