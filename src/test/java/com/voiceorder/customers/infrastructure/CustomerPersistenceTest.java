package com.voiceorder.customers.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.customers.domain.AddressDetails;
import com.voiceorder.customers.domain.Customer;
import com.voiceorder.customers.domain.CustomerAddress;
import com.voiceorder.restaurant.RestaurantFixtures;
import com.voiceorder.restaurant.infrastructure.JpaRestaurantRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.TestDatabase;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class CustomerPersistenceTest {

    private static final PhoneNumber MOHAMED = new PhoneNumber("+33612345678");
    private static final Instant NOW = Instant.parse("2025-10-26T01:30:00.250Z");

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private Long restaurantId;
    private Long otherRestaurantId;

    @BeforeEach
    void createRestaurants() {
        db = TestDatabase.create(kind);
        db.inTransaction(em -> {
            JpaRestaurantRepository restaurants = new JpaRestaurantRepository(em);
            restaurantId = restaurants.add(RestaurantFixtures.restaurant("Chez Nous")).getId();
            otherRestaurantId = restaurants.add(RestaurantFixtures.restaurant("Ailleurs")).getId();
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void a_customer_round_trips_with_addresses_and_is_found_by_phone() {
        db.inTransaction(em -> {
            Customer customer = new Customer(restaurantId, MOHAMED, NOW);
            customer.rename("Mohamed", "Benali");
            customer.changeEmail("m@example.fr");
            customer.recordAllergies("arachides");
            customer.changeNotes("Client fidèle");
            customer.recordOrder(NOW);
            customer.addOrUpdateAddress(new AddressDetails("Maison", "12 rue de la Paix", "13001", "Marseille",
                    43.29, 5.37, "2e étage"), NOW);
            customer.addOrUpdateAddress(AddressDetails.of("3 quai du Port", "13002", "Marseille"), null);
            new JpaCustomerRepository(em).add(customer);
        });

        Customer loaded = db.inTransaction(em -> {
            return new JpaCustomerRepository(em).findByPhone(restaurantId, MOHAMED).orElseThrow();
        });
        assertThat(loaded.fullName()).contains("Mohamed Benali");
        assertThat(loaded.email()).isEqualTo("m@example.fr");
        assertThat(loaded.allergies()).isEqualTo("arachides");
        assertThat(loaded.notes()).isEqualTo("Client fidèle");
        assertThat(loaded.orderCount()).isEqualTo(1);
        assertThat(loaded.lastOrderAt()).isEqualTo(NOW);
        assertThat(loaded.createdAt()).isEqualTo(NOW);
        assertThat(loaded.addresses()).extracting(CustomerAddress::street)
                .containsExactly("12 rue de la Paix", "3 quai du Port");
        CustomerAddress home = loaded.lastUsedAddress().orElseThrow();
        assertThat(home.label()).isEqualTo("Maison");
        assertThat(home.latitude()).isEqualTo(43.29);
        assertThat(home.deliveryInstructions()).isEqualTo("2e étage");
        assertThat(home.lastUsedAt()).isEqualTo(NOW);

        db.inTransaction(em -> {
            JpaCustomerRepository customers = new JpaCustomerRepository(em);
            assertThat(customers.findByPhone(otherRestaurantId, MOHAMED)).isEmpty();
            assertThat(customers.findByPhone(restaurantId, new PhoneNumber("+33600000000"))).isEmpty();
            assertThat(customers.findById(otherRestaurantId, loaded.getId())).isEmpty();
        });
    }

    @Test
    void a_second_customer_with_the_same_phone_in_the_same_restaurant_is_rejected() {
        db.inTransaction(em -> {
            new JpaCustomerRepository(em).add(new Customer(restaurantId, MOHAMED, NOW));
        });

        assertThatThrownBy(() -> db.inTransaction(em -> {
            new JpaCustomerRepository(em).add(new Customer(restaurantId, MOHAMED, NOW));
        })).isInstanceOf(DomainException.class).hasMessageContaining("+33612345678");

        db.inTransaction(em -> {
            new JpaCustomerRepository(em).add(new Customer(otherRestaurantId, MOHAMED, NOW));
        });
        long rows = db.inTransaction(em -> {
            return (Long) em.createQuery("select count(c) from Customer c").getSingleResult();
        });
        assertThat(rows).isEqualTo(2);
    }

    @Test
    void the_database_itself_rejects_a_duplicate_phone() {
        db.inTransaction(em -> {
            new JpaCustomerRepository(em).add(new Customer(restaurantId, MOHAMED, NOW));
        });
        assertThatThrownBy(() -> db.inTransaction(em -> {
            em.persist(new Customer(restaurantId, MOHAMED, NOW));
        })).hasRootCauseInstanceOf(java.sql.SQLException.class);
    }

    @Test
    void customers_are_searched_by_name_phone_or_email_and_paged() {
        db.inTransaction(em -> {
            JpaCustomerRepository customers = new JpaCustomerRepository(em);
            Customer mohamed = new Customer(restaurantId, MOHAMED, NOW);
            mohamed.rename("Mohamed", "Benali");
            mohamed.recordOrder(NOW);
            customers.add(mohamed);
            Customer claire = new Customer(restaurantId, new PhoneNumber("+33698765432"), NOW);
            claire.rename("Claire", "Dupont_100%");
            claire.changeEmail("claire@example.fr");
            customers.add(claire);
            customers.add(new Customer(otherRestaurantId, new PhoneNumber("+33611111111"), NOW));
        });

        db.inTransaction(em -> {
            JpaCustomerRepository customers = new JpaCustomerRepository(em);
            assertThat(customers.search(restaurantId, "", 0, 10)).extracting(Customer::firstName)
                    .containsExactly("Mohamed", "Claire");
            assertThat(customers.search(restaurantId, "BENALI", 0, 10)).extracting(Customer::firstName)
                    .containsExactly("Mohamed");
            assertThat(customers.search(restaurantId, "98765", 0, 10)).extracting(Customer::firstName)
                    .containsExactly("Claire");
            assertThat(customers.search(restaurantId, "_100%", 0, 10)).extracting(Customer::firstName)
                    .containsExactly("Claire");
            assertThat(customers.search(restaurantId, "%", 0, 10)).hasSize(1);
            assertThat(customers.search(restaurantId, null, 1, 10)).extracting(Customer::firstName)
                    .containsExactly("Claire");
            assertThat(customers.count(restaurantId, "example.fr")).isEqualTo(1);
            assertThat(customers.count(restaurantId, null)).isEqualTo(2);
        });
    }

    @Test
    void addresses_are_updated_in_place_and_removed_with_orphan_removal() {
        Long id = db.inTransaction(em -> {
            Customer customer = new Customer(restaurantId, MOHAMED, NOW);
            customer.addOrUpdateAddress(AddressDetails.of("12 rue de la Paix", "13001", "Marseille"), NOW);
            customer.addOrUpdateAddress(AddressDetails.of("3 quai du Port", "13002", "Marseille"), NOW);
            return new JpaCustomerRepository(em).add(customer).getId();
        });

        db.inTransaction(em -> {
            Customer customer = new JpaCustomerRepository(em).findById(restaurantId, id).orElseThrow();
            customer.addOrUpdateAddress(new AddressDetails(null, "12 Rue de la Paix", "13001", null, null, null,
                    "Sonner deux fois"), NOW.plusSeconds(60));
            Long port = customer.addresses().stream().filter(a -> a.postalCode().equals("13002")).findFirst()
                    .orElseThrow().getId();
            customer.removeAddress(port);
        });

        Customer loaded = db.inTransaction(em -> {
            return new JpaCustomerRepository(em).findById(restaurantId, id).orElseThrow();
        });
        assertThat(loaded.addresses()).singleElement().satisfies(address -> {
            assertThat(address.street()).isEqualTo("12 Rue de la Paix");
            assertThat(address.deliveryInstructions()).isEqualTo("Sonner deux fois");
            assertThat(address.lastUsedAt()).isEqualTo(NOW.plusSeconds(60));
        });
        long rows = db.inTransaction(em -> {
            return (Long) em.createQuery("select count(a) from CustomerAddress a").getSingleResult();
        });
        assertThat(rows).isEqualTo(1);
    }
}
