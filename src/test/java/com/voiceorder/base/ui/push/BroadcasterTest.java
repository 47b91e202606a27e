package com.voiceorder.base.ui.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import com.voiceorder.ordering.domain.OrderPlaced;
import com.voiceorder.ordering.domain.OrderStatus;
import com.voiceorder.ordering.domain.OrderStatusChanged;
import com.voiceorder.reservations.domain.ReservationBooked;
import com.voiceorder.reservations.domain.ReservationStatus;
import com.voiceorder.reservations.domain.ReservationStatusChanged;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BroadcasterTest {

    private final InJvmLiveUpdateChannel channel = new InJvmLiveUpdateChannel();
    private final List<Runnable> queued = new ArrayList<>();
    private final Broadcaster broadcaster = new Broadcaster(channel, queued::add);

    /** A UI that runs commands at once while open, and reports itself closed afterwards. */
    private static final class FakeUi implements UiAccess {
        boolean open = true;
        int commandsRun;

        @Override
        public boolean run(Runnable command) {
            if (!open) {
                return false;
            }
            commandsRun++;
            command.run();
            return true;
        }
    }

    private void runQueuedDeliveries() {
        List<Runnable> tasks = List.copyOf(queued);
        queued.clear();
        tasks.forEach(Runnable::run);
    }

    @Test
    void committed_domain_events_become_live_updates_of_their_restaurant() {
        List<LiveUpdate> received = new ArrayList<>();
        broadcaster.register(new FakeUi(), 7, received::add);

        broadcaster.orderPlaced(new OrderPlaced(7L, 100L));
        broadcaster.orderStatusChanged(new OrderStatusChanged(7L, 100L, OrderStatus.ACCEPTED));
        broadcaster.reservationBooked(new ReservationBooked(7L, 200L));
        broadcaster.reservationStatusChanged(new ReservationStatusChanged(7L, 200L, ReservationStatus.SEATED));
        runQueuedDeliveries();

        assertThat(received).map(LiveUpdate::content).containsExactly(
                new LiveUpdate(7, LiveUpdate.Subject.ORDER, 100, LiveUpdate.Change.CREATED, null).content(),
                new LiveUpdate(7, LiveUpdate.Subject.ORDER, 100, LiveUpdate.Change.STATUS_CHANGED, "ACCEPTED").content(),
                new LiveUpdate(7, LiveUpdate.Subject.RESERVATION, 200, LiveUpdate.Change.CREATED, null).content(),
                new LiveUpdate(7, LiveUpdate.Subject.RESERVATION, 200, LiveUpdate.Change.STATUS_CHANGED, "SEATED").content());
        assertThat(received.get(0).isArrival()).isTrue();
        assertThat(received.get(1).isArrival()).isFalse();
    }

    @Test
    void a_screen_only_hears_about_its_own_restaurant() {
        List<LiveUpdate> ofSeven = new ArrayList<>();
        List<LiveUpdate> ofEight = new ArrayList<>();
        broadcaster.register(new FakeUi(), 7, ofSeven::add);
        broadcaster.register(new FakeUi(), 8, ofEight::add);

        broadcaster.orderPlaced(new OrderPlaced(8L, 1L));
        runQueuedDeliveries();

        assertThat(ofSeven).isEmpty();
        assertThat(ofEight).extracting(LiveUpdate::subjectId).containsExactly(1L);
    }

    @Test
    void delivery_runs_inside_the_ui_access_on_the_executor_not_on_the_committing_thread() {
        FakeUi ui = new FakeUi();
        List<LiveUpdate> received = new ArrayList<>();
        broadcaster.register(ui, 7, received::add);

        broadcaster.orderPlaced(new OrderPlaced(7L, 1L));

        assertThat(received).as("nothing delivered before the executor runs").isEmpty();
        assertThat(queued).hasSize(1);
        runQueuedDeliveries();
        assertThat(ui.commandsRun).isEqualTo(1);
        assertThat(received).hasSize(1);
    }

    @Test
    void unregistering_stops_delivery_and_leaves_no_subscription_behind() {
        List<LiveUpdate> received = new ArrayList<>();
        Registration registration = broadcaster.register(new FakeUi(), 7, received::add);
        assertThat(channel.subscriberCount(7)).isEqualTo(1);

        registration.remove();
        registration.remove(); // a second detach is harmless
        broadcaster.orderPlaced(new OrderPlaced(7L, 1L));
        runQueuedDeliveries();

        assertThat(received).isEmpty();
        assertThat(channel.subscriberCount(7)).isZero();
    }

    @Test
    void a_closed_ui_that_never_detached_is_dropped_at_the_next_update() {
        FakeUi closing = new FakeUi();
        List<LiveUpdate> stillOpen = new ArrayList<>();
        broadcaster.register(closing, 7, update -> { });
        broadcaster.register(new FakeUi(), 7, stillOpen::add);
        closing.open = false;

        broadcaster.orderPlaced(new OrderPlaced(7L, 1L));
        runQueuedDeliveries();

        assertThat(channel.subscriberCount(7)).isEqualTo(1);
        assertThat(stillOpen).hasSize(1);
    }

    @Test
    void a_failing_screen_does_not_stop_the_others() {
        List<LiveUpdate> received = new ArrayList<>();
        channel.subscribe(7, update -> {
            throw new IllegalStateException("broken screen");
        });
        channel.subscribe(7, received::add);

        channel.publish(LiveUpdate.of(new OrderPlaced(7L, 1L)));

        assertThat(received).hasSize(1);
    }
}
