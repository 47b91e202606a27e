package com.voiceorder.customers.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.customers.domain.AddressDetails;
import com.voiceorder.customers.domain.Customer;
import com.voiceorder.customers.infrastructure.JpaCustomerRepository;
import com.voiceorder.restaurant.RestaurantFixtures;
import com.voiceorder.restaurant.infrastructure.JpaRestaurantRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.NotFoundException;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class CustomerServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T10:30:00Z"), ZoneOffset.UTC);
    private static final PhoneNumber MOHAMED = new PhoneNumber("+33612345678");

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private Long mine;
    private Long other;

    @BeforeEach
    void createRestaurants() {
        db = TestDatabase.create(kind);
        db.inTransaction(em -> {
            JpaRestaurantRepository restaurants = new JpaRestaurantRepository(em);
            mine = restaurants.add(RestaurantFixtures.restaurant("Mine")).getId();
            other = restaurants.add(RestaurantFixtures.restaurant("Other")).getId();
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T customers(Function<CustomerService, T> work) {
        return db.inTransaction((EntityManager em) ->
                work.apply(new CustomerService(new JpaCustomerRepository(em), new JpaRestaurantRepository(em), CLOCK)));
    }

    @Test
    void saving_by_phone_twice_updates_the_same_customer_and_keeps_what_was_not_said() {
        Long first = customers(service -> service.saveByPhone(mine,
                new CustomerCommand("06 12 34 56 78", "Mohamed", null, null, "arachides", null)).getId());
        Long second = customers(service -> service.saveByPhone(mine,
                new CustomerCommand("+33 6 12 34 56 78", null, "Benali", null, null, null)).getId());

        assertThat(second).isEqualTo(first);
        Customer customer = customers(service -> service.findByPhone(mine, MOHAMED).orElseThrow());
        assertThat(customer.fullName()).contains("Mohamed Benali");
        assertThat(customer.allergies()).isEqualTo("arachides");
        assertThat(customer.createdAt()).isEqualTo(CLOCK.instant());
        assertThat(this.<Long>customers(service -> service.count(mine, null))).isEqualTo(1);
        assertThat(this.<java.util.Optional<Customer>>customers(service -> service.findByPhone(other, MOHAMED))).isEmpty();
    }

    @Test
    void create_refuses_a_known_phone_and_update_refuses_another_customers_phone() {
        customers(service -> service.create(mine, CustomerCommand.ofPhone("0612345678")));
        Long claire = customers(service -> service.create(mine, new CustomerCommand("0698765432", "Claire", null, null,
                null, null)).getId());

        assertThatThrownBy(() -> customers(service -> service.create(mine, CustomerCommand.ofPhone("+33612345678"))))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("phone");
        assertThatThrownBy(() -> customers(service -> service.update(mine, claire, CustomerCommand.ofPhone("0612345678"))))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("phone");
        assertThatThrownBy(() -> customers(service -> service.create(mine, CustomerCommand.ofPhone("pas un numéro"))))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("phone");

        Customer updated = customers(service -> service.update(mine, claire,
                new CustomerCommand("0698765432", null, "Dupont", "c@example.fr", null, null)));
        assertThat(updated.firstName()).isNull();
        assertThat(updated.lastName()).isEqualTo("Dupont");
        assertThat(this.<Long>customers(service -> service.create(other, CustomerCommand.ofPhone("0612345678")).restaurantId()))
                .isEqualTo(other);
    }

    @Test
    void another_restaurants_customer_is_not_found_for_any_operation() {
        Long id = customers(service -> service.create(mine, CustomerCommand.ofPhone("0612345678")).getId());

        assertThatThrownBy(() -> customers(service -> service.get(other, id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers(service -> service.update(other, id, CustomerCommand.ofPhone("0611111111"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers(service -> service.addOrUpdateAddress(other, id,
                AddressDetails.of("1 rue", "13001", null)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers(service -> service.recordOrder(other, id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers(service -> {
            service.delete(other, id);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers(service -> service.search(424242L, null, 0, 10)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void addresses_orders_and_deletion_go_through_the_service() {
        Long id = customers(service -> service.create(mine, CustomerCommand.ofPhone("0612345678")).getId());
        customers(service -> service.addOrUpdateAddress(mine, id, AddressDetails.of("12 rue de la Paix", "13001", "Marseille")));
        customers(service -> service.addOrUpdateAddress(mine, id, AddressDetails.of("12, Rue de la Paix", "13001", null)));
        customers(service -> service.recordOrder(mine, id));

        Customer customer = customers(service -> service.get(mine, id));
        assertThat(customer.addresses()).hasSize(1);
        assertThat(customer.lastUsedAddress()).map(a -> a.lastUsedAt()).contains(CLOCK.instant());
        assertThat(customer.orderCount()).isEqualTo(1);
        assertThat(this.<java.util.List<CustomerSummary>>customers(service -> service.search(mine, "", 0, 10))).singleElement()
                .satisfies(summary -> assertThat(summary.lastOrderAt()).isEqualTo(CLOCK.instant()));

        customers(service -> {
            service.delete(mine, id);
            return null;
        });
        assertThat(this.<Long>customers(service -> service.count(mine, null))).isZero();
    }

    @Test
    void finding_by_a_typed_phone_reads_national_numbers_in_the_restaurants_country_and_refuses_non_numbers() {
        Long id = customers(service -> service.create(mine, CustomerCommand.ofPhone("+33612345678")).getId());

        assertThat(this.<java.util.Optional<Customer>>customers(service -> service.findByPhone(mine, "06 12 34 56 78")))
                .map(Customer::getId).contains(id);
        assertThat(this.<java.util.Optional<Customer>>customers(service -> service.findByPhone(mine, "06 99 99 99 99"))).isEmpty();
        assertThat(this.<java.util.Optional<Customer>>customers(service -> service.findByPhone(other, "0612345678"))).isEmpty();
        assertThatThrownBy(() -> customers(service -> service.findByPhone(mine, "pizza")))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("phone");
    }

    @Test
    void an_address_is_found_and_removed_only_through_its_own_customer() {
        Long mohamed = customers(service -> service.create(mine, CustomerCommand.ofPhone("0612345678")).getId());
        Long lea = customers(service -> service.create(mine, CustomerCommand.ofPhone("0698765432")).getId());
        customers(service -> service.addOrUpdateAddress(mine, mohamed, AddressDetails.of("1 quai du Port", "13002", "Marseille")));
        Long address = customers(service -> service.get(mine, mohamed).addresses().get(0).getId());

        assertThat(this.<String>customers(service -> service.getAddress(mine, mohamed, address).street())).isEqualTo("1 quai du Port");
        assertThatThrownBy(() -> customers(service -> service.getAddress(mine, lea, address))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers(service -> service.removeAddress(mine, lea, address))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers(service -> service.removeAddress(other, mohamed, address))).isInstanceOf(NotFoundException.class);

        customers(service -> service.removeAddress(mine, mohamed, address));
        assertThat(this.<Integer>customers(service -> service.get(mine, mohamed).addresses().size())).isZero();
    }
}
