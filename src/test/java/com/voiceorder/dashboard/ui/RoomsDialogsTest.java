package com.voiceorder.dashboard.ui;

import static com.voiceorder.testing.EntityIds.withId;
import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.reservations.application.DiningRoomCommand;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.DiningTableCommand;
import com.voiceorder.reservations.domain.DiningRoom;
import com.voiceorder.reservations.domain.DiningTable;
import com.voiceorder.shared.domain.DomainException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The room and table forms without a browser: refusals land on their field, nothing is saved until valid. */
class RoomsDialogsTest {

    private static final RestaurantPage RESTAURANT = new RestaurantPage(1, "Chez Test", ZoneId.of("Europe/Paris"),
            Locale.FRANCE, "FR");

    private final DiningRoom terrace = withId(new DiningRoom(1L, "Terrasse", 0), 5L);
    private final DiningTable t1 = withId(new DiningTable(1L, 5L, "T1", 1, 4), 20L);
    private final DiningTable t2 = withId(new DiningTable(1L, 5L, "T2", 2, 4), 21L);
    private final List<String> calls = new ArrayList<>();
    private final List<Boolean> savedCallbacks = new ArrayList<>();

    /** Records the calls; refuses a duplicate label like the real service. */
    private final DiningSetupService dining = new DiningSetupService() {
        @Override
        public DiningRoom createRoom(Long restaurantId, DiningRoomCommand command) {
            calls.add("room " + command);
            return null;
        }

        @Override
        public DiningRoom updateRoom(Long restaurantId, Long roomId, DiningRoomCommand command) {
            calls.add("room " + roomId + " " + command);
            return null;
        }

        @Override
        public DiningTable createTable(Long restaurantId, DiningTableCommand command) {
            if (command.label().equals("T1")) {
                throw new DomainException("label", "another table is labelled T1");
            }
            calls.add("table " + command.roomId() + " " + command.label() + " " + command.minCovers() + "-"
                    + command.maxCovers() + " " + command.combinableWith() + " " + command.active());
            return null;
        }

        @Override
        public DiningTable updateTable(Long restaurantId, Long tableId, DiningTableCommand command) {
            calls.add("table " + tableId + " " + command.label() + " " + command.combinableWith());
            return null;
        }
    };

    private RoomDialog roomDialog(DiningRoom editing) {
        return new RoomDialog(RESTAURANT, dining, editing, 3, () -> { }, () -> savedCallbacks.add(true));
    }

    private TableDialog tableDialog(DiningTable editing) {
        return new TableDialog(RESTAURANT, dining, List.of(terrace), List.of(t1, t2), editing, terrace, () -> { },
                () -> savedCallbacks.add(true));
    }

    @Test
    void a_new_room_is_created_with_the_next_position() {
        RoomDialog dialog = roomDialog(null);
        assertThat(dialog.position.getValue()).isEqualTo(3);
        dialog.name.setValue("  Salle du fond ");

        dialog.save();

        assertThat(calls).containsExactly("room " + new DiningRoomCommand("Salle du fond", 3, true));
        assertThat(savedCallbacks).containsExactly(true);
    }

    @Test
    void a_room_without_a_name_is_refused_on_the_name() {
        RoomDialog dialog = roomDialog(terrace);
        dialog.name.clear();

        dialog.save();

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isNotBlank();
        assertThat(calls).isEmpty();
        assertThat(savedCallbacks).isEmpty();
    }

    @Test
    void a_room_refused_by_the_domain_shows_the_message_on_the_position() {
        DiningSetupService refusing = new DiningSetupService() {
            @Override
            public DiningRoom updateRoom(Long restaurantId, Long roomId, DiningRoomCommand command) {
                throw new DomainException("position", "position must be at least 0");
            }
        };
        RoomDialog dialog = new RoomDialog(RESTAURANT, refusing, terrace, 0, () -> { }, () -> savedCallbacks.add(true));
        dialog.position.setValue(-1);

        dialog.save();

        assertThat(dialog.position.isInvalid()).isTrue();
        assertThat(dialog.position.getErrorMessage()).isEqualTo("position must be at least 0");
        assertThat(savedCallbacks).isEmpty();
    }

    @Test
    void a_staff_member_cannot_save_even_with_the_dialog_open() {
        RoomDialog dialog = new RoomDialog(RESTAURANT, dining, null, 0, () -> {
            throw new DomainException(null, "owners only");
        }, () -> savedCallbacks.add(true));
        dialog.name.setValue("Salle");

        // the refusal is reported (notification), nothing reaches the service
        try {
            dialog.save();
        } catch (RuntimeException ignored) {
            // Notification.show needs a UI; the service was not called either way
        }

        assertThat(calls).isEmpty();
        assertThat(savedCallbacks).isEmpty();
    }

    @Test
    void a_new_table_is_created_in_the_room_it_was_opened_from_with_its_combinations() {
        TableDialog dialog = tableDialog(null);
        dialog.label.setValue("T3");
        dialog.minCovers.setValue(2);
        dialog.maxCovers.setValue(6);
        dialog.combinable.setValue(Set.of(t2));

        dialog.save();

        assertThat(calls).containsExactly("table 5 T3 2-6 [21] true");
        assertThat(savedCallbacks).containsExactly(true);
    }

    @Test
    void a_table_seating_fewer_at_most_than_at_least_is_refused_on_the_maximum() {
        TableDialog dialog = tableDialog(null);
        dialog.label.setValue("T3");
        dialog.minCovers.setValue(6);
        dialog.maxCovers.setValue(4);

        dialog.save();

        assertThat(dialog.maxCovers.isInvalid()).isTrue();
        assertThat(dialog.label.isInvalid()).isFalse();
        assertThat(calls).isEmpty();
    }

    @Test
    void a_duplicate_label_is_refused_on_the_label_with_everything_kept() {
        TableDialog dialog = tableDialog(null);
        dialog.label.setValue("T1");
        dialog.maxCovers.setValue(4);

        dialog.save();

        assertThat(dialog.label.isInvalid()).isTrue();
        assertThat(dialog.label.getErrorMessage()).isEqualTo("another table is labelled T1");
        assertThat(dialog.maxCovers.getValue()).isEqualTo(4);
        assertThat(savedCallbacks).isEmpty();
    }

    @Test
    void editing_a_table_does_not_offer_it_as_its_own_combination() {
        TableDialog dialog = tableDialog(t1);
        assertThat(dialog.combinable.getListDataView().getItems()).containsExactly(t2);
        assertThat(dialog.label.getValue()).isEqualTo("T1");
        dialog.label.setValue("T1b");

        dialog.save();

        assertThat(calls).containsExactly("table 20 T1b []");
    }
}
