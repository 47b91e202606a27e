package com.voiceorder.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.calls.application.TransactionalPhoneLines;
import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.calls.domain.TurnDetection;
import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.DeliveryZone;
import com.voiceorder.restaurant.domain.ExceptionalClosure;
import com.voiceorder.restaurant.domain.KitchenCapacity;
import com.voiceorder.restaurant.domain.OpeningHours;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.restaurant.infrastructure.JpaRestaurantRepository;
import com.voiceorder.shared.crypto.SecretCipher;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The settings forms without a browser, over the real services on H2: a refusal lands on its
 * field, what was typed stays, nothing is stored until the form is valid; the SIP password is
 * write-only.
 */
class SettingsFormsTest {

    private final TestDatabase db = TestDatabase.h2();
    private final SecretCipher cipher = new SecretCipher(SecretCipher.generateKey());
    private final TransactionalPhoneLines lines = new TransactionalPhoneLines(db, cipher);
    private final List<String> saves = new ArrayList<>();
    private final Runnable owner = () -> { };
    private final Runnable saved = () -> saves.add("saved");
    private long restaurantId;

    /** The real restaurant service, each call in its own transaction as in the container. */
    private final RestaurantService restaurants = new RestaurantService() {
        private <T> T tx(Function<RestaurantService, T> work) {
            return db.inTransaction((EntityManager em) ->
                    work.apply(new RestaurantService(new JpaRestaurantRepository(em), Clock.systemUTC())));
        }

        @Override
        public Restaurant get(Long id) {
            return tx(service -> {
                Restaurant restaurant = service.get(id);
                restaurant.openingHours().size();
                restaurant.closures().size();
                restaurant.deliveryZones().size();
                return restaurant;
            });
        }

        @Override
        public Restaurant replaceOpeningHours(Long id, List<OpeningHours> hours) {
            return tx(service -> service.replaceOpeningHours(id, hours));
        }

        @Override
        public Restaurant replaceClosures(Long id, List<ExceptionalClosure> closures) {
            return tx(service -> service.replaceClosures(id, closures));
        }

        @Override
        public Restaurant configureDelivery(Long id, DeliveryRules rules, List<DeliveryZone> zones) {
            return tx(service -> service.configureDelivery(id, rules, zones));
        }

        @Override
        public Restaurant updateKitchenCapacity(Long id, KitchenCapacity capacity) {
            return tx(service -> service.updateKitchenCapacity(id, capacity));
        }
    };

    @BeforeEach
    void createRestaurant() {
        restaurantId = db.inTransaction((EntityManager em) -> Fixtures.restaurant(em));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private Restaurant stored() {
        return restaurants.get(restaurantId);
    }

    // --- opening hours ---------------------------------------------------------------------------

    private OpeningHoursForm hoursForm() {
        return new OpeningHoursForm(restaurantId, restaurants, stored().openingHours(), owner, saved);
    }

    @Test
    void several_ranges_a_day_are_saved_and_shown_again() {
        OpeningHoursForm form = new OpeningHoursForm(restaurantId, restaurants, List.of(), owner, saved);
        form.addRange(DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(14, 0));
        form.addRange(DayOfWeek.TUESDAY, LocalTime.of(19, 0), LocalTime.of(23, 30));

        assertThat(form.save()).isTrue();

        assertThat(stored().openingHours()).containsExactlyInAnyOrder(
                new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(14, 0)),
                new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(19, 0), LocalTime.of(23, 30)));
        assertThat(hoursForm().ranges).hasSize(2);
        assertThat(saves).containsExactly("saved");
    }

    @Test
    void an_overlapping_range_is_refused_on_its_field_and_nothing_is_stored() {
        List<OpeningHours> before = stored().openingHours();
        OpeningHoursForm form = new OpeningHoursForm(restaurantId, restaurants, List.of(), owner, saved);
        form.addRange(DayOfWeek.FRIDAY, LocalTime.of(12, 0), LocalTime.of(15, 0));
        OpeningHoursForm.Range second = form.addRange(DayOfWeek.FRIDAY, LocalTime.of(14, 0), LocalTime.of(16, 0));

        assertThat(form.save()).isFalse();

        assertThat(second.opens.isInvalid()).isTrue();
        assertThat(second.opens.getErrorMessage()).isNotBlank();
        assertThat(second.opens.getValue()).isEqualTo(LocalTime.of(14, 0));
        assertThat(stored().openingHours()).isEqualTo(before);
        assertThat(saves).isEmpty();
    }

    @Test
    void a_range_closing_when_it_opens_or_without_a_time_is_refused_on_that_field() {
        OpeningHoursForm form = new OpeningHoursForm(restaurantId, restaurants, List.of(), owner, saved);
        OpeningHoursForm.Range same = form.addRange(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(12, 0));

        assertThat(form.save()).isFalse();
        assertThat(same.closes.isInvalid()).isTrue();

        same.closes.setValue(null);
        assertThat(form.save()).isFalse();
        assertThat(same.closes.isInvalid()).isTrue();
        assertThat(same.opens.isInvalid()).isFalse();
        assertThat(saves).isEmpty();
    }

    @Test
    void the_owner_check_runs_before_anything_is_stored() {
        List<OpeningHours> before = stored().openingHours();
        OpeningHoursForm form = new OpeningHoursForm(restaurantId, restaurants, List.of(), () -> {
            throw new FieldRefusal(new com.vaadin.flow.component.textfield.TextField(), "owners only");
        }, saved);

        assertThat(form.save()).isFalse();

        assertThat(stored().openingHours()).isEqualTo(before);
        assertThat(saves).isEmpty();
    }

    // --- closures --------------------------------------------------------------------------------

    @Test
    void a_closure_ending_before_it_starts_is_refused_on_its_end_and_a_valid_one_is_saved() {
        ClosuresForm form = new ClosuresForm(restaurantId, restaurants, List.of(), owner, saved);
        ClosuresForm.Closure closure = form.addClosure(LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 1), "Congés");

        assertThat(form.save()).isFalse();
        assertThat(closure.to.isInvalid()).isTrue();
        assertThat(closure.reason.getValue()).isEqualTo("Congés");
        assertThat(stored().closures()).isEmpty();

        closure.to.setValue(LocalDate.of(2026, 8, 24));
        assertThat(form.save()).isTrue();
        assertThat(stored().closures()).containsExactly(
                new ExceptionalClosure(LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 24), "Congés"));
    }

    @Test
    void removing_a_closure_saves_the_list_without_it() {
        restaurants.replaceClosures(restaurantId, List.of(
                ExceptionalClosure.singleDay(LocalDate.of(2026, 12, 25), "Noël"),
                ExceptionalClosure.singleDay(LocalDate.of(2027, 1, 1), "Nouvel an")));
        ClosuresForm form = new ClosuresForm(restaurantId, restaurants, stored().closures(), owner, saved);

        form.remove(form.closures.get(0));

        assertThat(stored().closures()).containsExactly(ExceptionalClosure.singleDay(LocalDate.of(2027, 1, 1), "Nouvel an"));
    }

    // --- delivery --------------------------------------------------------------------------------

    @Test
    void delivery_rules_and_zones_are_saved() {
        DeliveryForm form = new DeliveryForm(restaurantId, Locale.FRANCE, restaurants, DeliveryRules.disabled(), List.of(), owner,
                saved);
        form.enabled.setValue(true);
        form.radiusMeters.setValue(3000);
        form.fee.setValue(new BigDecimal("2.50"));
        form.minimumOrder.setValue(new BigDecimal("15"));
        DeliveryForm.Zone zone = form.addZone(null);
        zone.postalCode.setValue("13 001");
        zone.fee.setValue(new BigDecimal("1"));

        assertThat(form.save()).isTrue();

        assertThat(stored().deliveryRules()).isEqualTo(new DeliveryRules(true, 3000, 250, 1500, null));
        assertThat(stored().deliveryZones()).containsExactly(new DeliveryZone("13001", 100, null));
    }

    @Test
    void delivering_without_radius_nor_zone_and_a_zone_listed_twice_are_refused_on_their_fields() {
        DeliveryRules before = stored().deliveryRules();
        DeliveryForm form = new DeliveryForm(restaurantId, Locale.FRANCE, restaurants, DeliveryRules.disabled(),
                List.of(), owner, saved);
        form.enabled.setValue(true);
        form.radiusMeters.setValue(0);

        assertThat(form.save()).isFalse();
        assertThat(form.radiusMeters.isInvalid()).isTrue();

        DeliveryForm.Zone first = form.addZone(null);
        first.postalCode.setValue("13001");
        first.fee.setValue(BigDecimal.ONE);
        DeliveryForm.Zone twice = form.addZone(null);
        twice.postalCode.setValue("13 001");
        twice.fee.setValue(BigDecimal.ONE);
        assertThat(form.save()).isFalse();
        assertThat(form.radiusMeters.isInvalid()).isFalse();
        assertThat(twice.postalCode.isInvalid()).isTrue();
        assertThat(twice.postalCode.getValue()).isEqualTo("13 001");
        assertThat(stored().deliveryRules()).isEqualTo(before);
        assertThat(saves).isEmpty();
    }

    // --- kitchen ---------------------------------------------------------------------------------

    @Test
    void a_kitchen_slot_out_of_range_is_refused_on_its_field_and_a_valid_capacity_is_saved() {
        KitchenCapacity before = stored().kitchenCapacity();
        KitchenForm form = new KitchenForm(restaurantId, restaurants, before, owner, saved);
        form.slotMinutes.setValue(3);
        form.maxOrders.setValue(9);

        assertThat(form.save()).isFalse();
        assertThat(form.slotMinutes.isInvalid()).isTrue();
        assertThat(form.maxOrders.getValue()).isEqualTo(9);
        assertThat(stored().kitchenCapacity()).isEqualTo(before);

        form.slotMinutes.setValue(20);
        form.maxItems.clear();
        assertThat(form.save()).isFalse();
        assertThat(form.slotMinutes.isInvalid()).isFalse();
        assertThat(form.maxItems.isInvalid()).isTrue();

        form.maxItems.setValue(30);
        assertThat(form.save()).isTrue();
        assertThat(stored().kitchenCapacity()).isEqualTo(new KitchenCapacity(20, 9, 30,
                before.defaultPrepMinutes(), before.lastOrderMinutesBeforeClosing()));
    }

    // --- phone lines -----------------------------------------------------------------------------

    private PhoneLineDialog lineDialog(PhoneLine editing) {
        return new PhoneLineDialog(restaurantId, "FR", lines, editing, owner, saved);
    }

    private PhoneLineDialog newTrunkLine(String password) {
        PhoneLineDialog dialog = lineDialog(null);
        dialog.number.setValue("04 91 00 00 01");
        dialog.mode.setValue(LineMode.REGISTER_TO_TRUNK);
        dialog.registrar.setValue("sip.ovh.net");
        dialog.username.setValue("0033491000001");
        dialog.password.setValue(password);
        return dialog;
    }

    private PhoneLine onlyLine() {
        List<PhoneLine> all = lines.list(restaurantId);
        assertThat(all).hasSize(1);
        return lines.get(restaurantId, all.get(0).getId());
    }

    @Test
    void the_sip_password_is_written_never_shown_back_and_an_empty_field_keeps_it() {
        assertThat(newTrunkLine("s3cret-pass").save()).isTrue();
        PhoneLine line = onlyLine();
        assertThat(line.getNumber()).isEqualTo("+33491000001");
        assertThat(line.getSipAccount().getEncryptedPassword()).doesNotContain("s3cret-pass");
        assertThat(lines.sipPassword(restaurantId, line.getId())).contains("s3cret-pass");

        PhoneLineDialog edit = lineDialog(line);
        assertThat(edit.password.getValue()).isEmpty();
        assertThat(edit.registrar.getValue()).isEqualTo("sip.ovh.net");
        assertThat(edit.number.isReadOnly()).isTrue();
        edit.displayName.setValue("Salle");
        assertThat(edit.save()).isTrue();
        assertThat(lines.sipPassword(restaurantId, line.getId())).contains("s3cret-pass");
        assertThat(onlyLine().getDisplayName()).isEqualTo("Salle");

        PhoneLineDialog change = lineDialog(onlyLine());
        change.password.setValue("n3w-pass");
        assertThat(change.save()).isTrue();
        assertThat(lines.sipPassword(restaurantId, line.getId())).contains("n3w-pass");
        assertThat(lineDialog(onlyLine()).password.getValue()).isEmpty();
    }

    @Test
    void a_bad_number_or_a_trunk_without_sip_account_is_refused_on_its_field_keeping_what_was_typed() {
        PhoneLineDialog dialog = newTrunkLine("s3cret-pass");
        dialog.number.setValue("not a number");

        assertThat(dialog.save()).isFalse();
        assertThat(dialog.number.isInvalid()).isTrue();
        assertThat(dialog.password.getValue()).isEqualTo("s3cret-pass");

        dialog.number.setValue("04 91 00 00 01");
        dialog.registrar.clear();
        dialog.username.clear();
        assertThat(dialog.save()).isFalse();
        assertThat(dialog.number.isInvalid()).isFalse();
        assertThat(dialog.registrar.isInvalid()).isTrue();
        assertThat(lines.list(restaurantId)).isEmpty();
        assertThat(saves).isEmpty();
    }

    @Test
    void the_assistant_settings_are_saved_with_the_line_and_refused_on_their_field() {
        PhoneLineDialog dialog = lineDialog(null);
        dialog.number.setValue("04 91 00 00 02");
        dialog.staffTransfer.setValue("06 12 34 56 78");
        dialog.language.setValue("en");
        dialog.voice.setValue("marin");
        dialog.turnDetection.setValue(TurnDetection.SERVER_VAD);
        dialog.silenceMs.setValue(20);
        dialog.greeting.setValue("Bonjour, Chez Test !");

        assertThat(dialog.save()).isFalse();
        assertThat(dialog.silenceMs.isInvalid()).isTrue();
        assertThat(dialog.greeting.getValue()).isEqualTo("Bonjour, Chez Test !");
        assertThat(lines.list(restaurantId)).isEmpty();

        dialog.silenceMs.setValue(600);
        dialog.vadThreshold.setValue(0.6);
        assertThat(dialog.save()).isTrue();
        PhoneLine line = onlyLine();
        assertThat(line.getMode()).isEqualTo(LineMode.ACCEPT_FROM_GATEWAY);
        assertThat(line.getStaffTransferNumber()).isEqualTo("+33612345678");
        assertThat(line.getAssistant().getLanguage()).isEqualTo("en");
        assertThat(line.getAssistant().getVoice()).isEqualTo("marin");
        assertThat(line.getAssistant().getSilenceMs()).isEqualTo(600);
        assertThat(line.getAssistant().getVadThreshold()).isEqualTo(0.6);
        assertThat(line.getAssistant().getGreeting()).isEqualTo("Bonjour, Chez Test !");
    }

    @Test
    void a_gateway_line_takes_its_call_limit_and_whether_any_address_may_call_it() {
        PhoneLineDialog dialog = lineDialog(null);
        assertThat(dialog.maxConcurrentCalls.getValue()).isEqualTo(PhoneLine.DEFAULT_MAX_CONCURRENT_CALLS);
        assertThat(dialog.acceptUnknownSources.getValue()).isFalse();
        dialog.number.setValue("04 91 00 00 03");
        dialog.allowedSources.setValue("192.0.2.10, 192.0.2.11");
        dialog.maxConcurrentCalls.setValue(0);

        assertThat(dialog.save()).isFalse();
        assertThat(dialog.maxConcurrentCalls.isInvalid()).isTrue();
        assertThat(dialog.allowedSources.getValue()).isEqualTo("192.0.2.10, 192.0.2.11");
        assertThat(lines.list(restaurantId)).isEmpty();

        dialog.maxConcurrentCalls.setValue(8);
        dialog.acceptUnknownSources.setValue(true);
        assertThat(dialog.save()).isTrue();
        PhoneLine line = onlyLine();
        assertThat(line.getMaxConcurrentCalls()).isEqualTo(8);
        assertThat(line.isAcceptUnknownSources()).isTrue();
        assertThat(line.getAllowedSources()).containsExactlyInAnyOrder("192.0.2.10", "192.0.2.11");

        PhoneLineDialog edit = lineDialog(line);
        assertThat(edit.maxConcurrentCalls.getValue()).isEqualTo(8);
        assertThat(edit.acceptUnknownSources.getValue()).isTrue();
        edit.acceptUnknownSources.setValue(false);
        edit.maxConcurrentCalls.clear();
        assertThat(edit.save()).isTrue();
        assertThat(onlyLine().isAcceptUnknownSources()).isFalse();
        assertThat(onlyLine().getMaxConcurrentCalls()).isEqualTo(PhoneLine.DEFAULT_MAX_CONCURRENT_CALLS);
    }
}
