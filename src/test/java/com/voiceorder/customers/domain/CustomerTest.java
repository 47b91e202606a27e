package com.voiceorder.customers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.PhoneNumber;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final Instant MONDAY = Instant.parse("2025-03-03T12:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2025-03-04T19:30:00Z");

    private final Customer customer = new Customer(1L, new PhoneNumber("+33612345678"), MONDAY);

    @Test
    void the_same_address_spelled_differently_is_updated_not_duplicated() {
        CustomerAddress first = customer.addOrUpdateAddress(
                new AddressDetails("Maison", "12, Rue de l'Église", "13001", "Marseille", null, null, null), MONDAY);
        CustomerAddress again = customer.addOrUpdateAddress(
                new AddressDetails(null, "12 rue de l eglise", "13 001", null, 43.3, 5.4, "Code 1234"), TUESDAY);

        assertThat(again).isSameAs(first);
        assertThat(customer.addresses()).hasSize(1);
        assertThat(first.street()).isEqualTo("12 rue de l eglise");
        assertThat(first.label()).isEqualTo("Maison");
        assertThat(first.city()).isEqualTo("Marseille");
        assertThat(first.latitude()).isEqualTo(43.3);
        assertThat(first.deliveryInstructions()).isEqualTo("Code 1234");
        assertThat(first.lastUsedAt()).isEqualTo(TUESDAY);
    }

    @Test
    void a_different_street_or_postal_code_is_another_address_and_the_latest_used_comes_first() {
        customer.addOrUpdateAddress(AddressDetails.of("12 rue de la Paix", "13001", "Marseille"), MONDAY);
        customer.addOrUpdateAddress(AddressDetails.of("12 rue de la Paix", "13006", "Marseille"), TUESDAY);
        customer.addOrUpdateAddress(AddressDetails.of("14 rue de la Paix", "13001", "Marseille"), null);

        assertThat(customer.addresses()).extracting(CustomerAddress::oneLine).containsExactly(
                "12 rue de la Paix, 13006 Marseille", "12 rue de la Paix, 13001 Marseille",
                "14 rue de la Paix, 13001 Marseille");
        assertThat(customer.lastUsedAddress()).map(CustomerAddress::postalCode).contains("13006");
    }

    @Test
    void an_older_use_does_not_move_last_used_back() {
        CustomerAddress address = customer.addOrUpdateAddress(AddressDetails.of("1 cours Julien", "13006", null), TUESDAY);
        customer.addOrUpdateAddress(AddressDetails.of("1 Cours Julien", "13006", null), MONDAY);
        assertThat(address.lastUsedAt()).isEqualTo(TUESDAY);
    }

    @Test
    void an_address_needs_a_street_and_a_postal_code() {
        assertThatThrownBy(() -> customer.addOrUpdateAddress(AddressDetails.of(" ", "13001", null), MONDAY))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("street");
        assertThatThrownBy(() -> customer.addOrUpdateAddress(AddressDetails.of("1 rue", null, null), MONDAY))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("postalCode");
        assertThat(customer.addresses()).isEmpty();
    }

    @Test
    void the_greeting_uses_the_first_name_else_the_last_name() {
        assertThat(customer.greetingName()).isEmpty();
        customer.rename(null, "Benali");
        assertThat(customer.greetingName()).contains("Benali");
        customer.rename("  Mohamed ", "Benali");
        assertThat(customer.greetingName()).contains("Mohamed");
        assertThat(customer.fullName()).contains("Mohamed Benali");
    }

    @Test
    void orders_and_visits_are_counted_and_the_last_order_never_goes_back_in_time() {
        customer.recordOrder(TUESDAY);
        customer.recordOrder(MONDAY);
        customer.recordVisit();
        assertThat(customer.orderCount()).isEqualTo(2);
        assertThat(customer.lastOrderAt()).isEqualTo(TUESDAY);
        assertThat(customer.visitCount()).isEqualTo(1);
    }

    @Test
    void contact_details_are_validated() {
        assertThatThrownBy(() -> customer.changeEmail("not-an-email")).extracting("field").isEqualTo("email");
        assertThatThrownBy(() -> new Customer(1L, null, MONDAY)).extracting("field").isEqualTo("phone");
        customer.changeEmail(" m.benali@example.fr ");
        customer.recordAllergies("arachides");
        assertThat(customer.email()).isEqualTo("m.benali@example.fr");
        assertThat(customer.allergies()).isEqualTo("arachides");
    }
}
