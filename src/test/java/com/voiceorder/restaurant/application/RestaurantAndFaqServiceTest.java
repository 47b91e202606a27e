package com.voiceorder.restaurant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.DeliveryZone;
import com.voiceorder.restaurant.domain.OpeningHours;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.restaurant.domain.Role;
import com.voiceorder.restaurant.infrastructure.JpaFaqRepository;
import com.voiceorder.restaurant.infrastructure.JpaRestaurantRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.NotFoundException;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class RestaurantAndFaqServiceTest {

    /** Monday 2025-06-02 12:30 in Paris. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T10:30:00Z"), ZoneOffset.UTC);

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T restaurants(Function<RestaurantService, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(new RestaurantService(new JpaRestaurantRepository(em), CLOCK)));
    }

    private <T> T faqs(Function<FaqService, T> work) {
        return db.inTransaction((EntityManager em) ->
                work.apply(new FaqService(new JpaFaqRepository(em), new JpaRestaurantRepository(em), CLOCK)));
    }

    private static RestaurantCommand command(String name, String slug) {
        return new RestaurantCommand(name, slug, "1 quai du Port", "13002", "Marseille", "fr", null, null,
                "04 91 00 00 00", null, "Europe/Paris", null, null);
    }

    @Test
    void today_and_the_zone_are_the_restaurant_s_not_the_server_s() {
        Long paris = restaurants(service -> service.create(command("Paris", "paris-tz")).getId());
        Long kiritimati = restaurants(service -> service.create(new RestaurantCommand("Kiritimati", "kiritimati-tz",
                null, null, "London", "KI", null, null, null, null, "Pacific/Kiritimati", null, null)).getId());

        assertThat(this.<ZoneId>restaurants(service -> service.zoneOf(paris))).isEqualTo(ZoneId.of("Europe/Paris"));
        // 10:30 UTC on Monday 2 June is 12:30 on Monday in Paris but already 00:30 on Tuesday in Kiritimati (UTC+14).
        assertThat(this.<LocalDate>restaurants(service -> service.today(paris))).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(this.<LocalDate>restaurants(service -> service.today(kiritimati))).isEqualTo(LocalDate.of(2025, 6, 3));
        assertThatThrownBy(() -> restaurants(service -> service.today(424242L))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_restaurant_is_created_from_raw_input_configured_and_deactivated() {
        Long id = restaurants(service -> service.create(command("Le Port", "le-port")).getId());

        restaurants(service -> service.replaceOpeningHours(id,
                List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.NOON, LocalTime.of(14, 0)))));
        restaurants(service -> service.configureDelivery(id, new DeliveryRules(true, 0, 200, 1500, null),
                List.of(new DeliveryZone("13002", 0, null))));
        restaurants(service -> {
            service.deactivate(id);
            return null;
        });

        Restaurant loaded = restaurants(service -> service.get(id));
        assertThat(loaded.phone()).isEqualTo(new PhoneNumber("+33491000000"));
        assertThat(loaded.countryCode()).isEqualTo("FR");
        assertThat(loaded.language()).isEqualTo("fr");
        assertThat(loaded.deliveryTermsFor("13002")).isPresent();
        assertThat(loaded.isActive()).isFalse();
        assertThat(this.<Boolean>restaurants(service -> service.isOpenNow(id))).isTrue();
        assertThat(this.<List<RestaurantSummary>>restaurants(service -> service.list(true))).isEmpty();
        assertThat(this.<List<RestaurantSummary>>restaurants(service -> service.list(false))).extracting(RestaurantSummary::slug).containsExactly("le-port");
    }

    @Test
    void slugs_are_unique_and_bad_input_names_its_field() {
        Long first = restaurants(service -> service.create(command("Un", "un")).getId());
        Long second = restaurants(service -> service.create(command("Deux", "deux")).getId());

        assertThatThrownBy(() -> restaurants(service -> service.create(command("Autre", "un"))))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("slug");
        assertThatThrownBy(() -> restaurants(service -> service.update(second, command("Deux", "un"))))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("slug");
        assertThat(this.<String>restaurants(service -> service.update(first, command("Un bis", "un")).name())).isEqualTo("Un bis");
        assertThatThrownBy(() -> restaurants(service -> service.create(new RestaurantCommand("X", null, null, null, null,
                "FR", null, null, null, null, "Mars/Olympus", null, null))))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("timeZone");
        assertThatThrownBy(() -> restaurants(service -> service.get(424242L))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void faq_entries_are_scoped_to_their_restaurant_and_learned_ones_need_approval() {
        Long mine = restaurants(service -> service.create(command("Mine", null)).getId());
        Long other = restaurants(service -> service.create(command("Other", null)).getId());
        Long staff = faqs(service -> service.create(mine, new FaqCommand("Parking ?", "Oui, derrière.")).getId());
        Long learned = faqs(service -> service.learnFromCall(mine, 99L, "Chiens acceptés ?", null).getId());

        assertThat(this.<List<FaqView>>faqs(service -> service.list(mine, true))).extracting(FaqView::id).containsExactly(staff);
        assertThatThrownBy(() -> faqs(service -> service.approve(mine, learned))).isInstanceOf(DomainException.class);
        faqs(service -> service.update(mine, learned, new FaqCommand("Chiens acceptés ?", "Oui, en terrasse.")));
        faqs(service -> service.approve(mine, learned));
        assertThat(this.<List<FaqView>>faqs(service -> service.list(mine, true))).extracting(FaqView::id).containsExactly(staff, learned);
        assertThat(this.<Instant>faqs(service -> service.get(mine, learned).createdAt())).isEqualTo(CLOCK.instant());

        assertThatThrownBy(() -> faqs(service -> service.get(other, staff))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> faqs(service -> service.approve(other, learned))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> faqs(service -> {
            service.delete(other, staff);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> faqs(service -> service.list(424242L, false))).isInstanceOf(NotFoundException.class);

        faqs(service -> {
            service.delete(mine, staff);
            return null;
        });
        assertThat(this.<List<FaqView>>faqs(service -> service.list(mine, false))).extracting(FaqView::id).containsExactly(learned);
    }

    @Test
    void an_admin_sees_every_restaurant_and_a_member_only_theirs_even_inactive() {
        Long mine = restaurants(service -> service.create(command("Mine", null)).getId());
        Long other = restaurants(service -> service.create(command("Other", null)).getId());
        restaurants(service -> {
            service.deactivate(mine);
            return null;
        });
        AuthenticatedUser admin = new AuthenticatedUser(1, "admin", "Admin", Role.ADMIN, Set.of(), "fr");
        AuthenticatedUser owner = new AuthenticatedUser(2, "owner", "Owner", Role.OWNER, Set.of(mine), "fr");

        assertThat(this.<List<RestaurantSummary>>restaurants(service -> service.listVisibleTo(admin)))
                .extracting(RestaurantSummary::id).containsExactlyInAnyOrder(mine, other);
        assertThat(this.<List<RestaurantSummary>>restaurants(service -> service.listVisibleTo(owner)))
                .extracting(RestaurantSummary::id, RestaurantSummary::active).containsExactly(tuple(mine, false));
    }

    @Test
    void faq_lists_by_approval_give_all_entries_the_approved_ones_or_those_awaiting_approval() {
        Long mine = restaurants(service -> service.create(command("Mine", null)).getId());
        Long written = faqs(service -> service.create(mine, new FaqCommand("Parking ?", "Oui.")).getId());
        Long learned = faqs(service -> service.learnFromCall(mine, 7L, "Terrasse ?", null).getId());

        assertThat(this.<List<FaqView>>faqs(service -> service.listByApproval(mine, null)))
                .extracting(FaqView::id).containsExactly(written, learned);
        assertThat(this.<List<FaqView>>faqs(service -> service.listByApproval(mine, true)))
                .extracting(FaqView::id).containsExactly(written);
        assertThat(this.<List<FaqView>>faqs(service -> service.listByApproval(mine, false)))
                .extracting(FaqView::id).containsExactly(learned);
    }
}
