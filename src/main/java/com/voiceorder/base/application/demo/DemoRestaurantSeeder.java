package com.voiceorder.base.application.demo;

import com.voiceorder.calls.application.PhoneLineCommand;
import com.voiceorder.calls.application.PhoneLineService;
import com.voiceorder.calls.domain.AssistantSettings;
import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.calls.domain.TurnDetection;
import com.voiceorder.customers.application.CustomerService;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.ordering.application.OrderService;
import com.voiceorder.ordering.domain.OrderRepository;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.restaurant.application.FaqCommand;
import com.voiceorder.restaurant.application.FaqService;
import com.voiceorder.restaurant.application.RestaurantCommand;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.DeliveryZone;
import com.voiceorder.restaurant.domain.ExceptionalClosure;
import com.voiceorder.restaurant.domain.KitchenCapacity;
import com.voiceorder.restaurant.domain.OpeningHours;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.shared.domain.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Creates "Chez Mireille", a Provençal restaurant on Marseille's Vieux-Port, with everything a
 * demo needs: hours, delivery, menu, formulas, dining setup, FAQ, the gateway phone line
 * {@value #DEMO_LINE_NUMBER}, regular customers with their history, and today's orders and
 * reservations. All in one transaction, through the application services.
 */
@ApplicationScoped
public class DemoRestaurantSeeder {

    public static final String NAME = "Chez Mireille";
    /** The number a fresh install can be called on (DESIGN.md §5): gateway mode, loopback sources. */
    public static final String DEMO_LINE_NUMBER = "+33491000000";
    static final String PUBLIC_PHONE = "+33491123456";
    /** Mireille's mobile: where the assistant transfers callers who ask for a person. */
    static final String STAFF_PHONE = "+33601020304";

    private static final Logger LOG = Logger.getLogger(DemoRestaurantSeeder.class.getName());

    private RestaurantService restaurants;
    private FaqService faqs;
    private MenuService menu;
    private DiningSetupService diningSetup;
    private CustomerService customers;
    private OrderService orders;
    private OrderRepository orderHistory;
    private ReservationService reservations;
    private PhoneLineService lines;
    private Clock clock;

    @Inject
    public DemoRestaurantSeeder(RestaurantService restaurants, FaqService faqs, MenuService menu,
            DiningSetupService diningSetup, CustomerService customers, OrderService orders,
            OrderRepository orderHistory, ReservationService reservations, PhoneLineService lines, Clock clock) {
        this.restaurants = restaurants;
        this.faqs = faqs;
        this.menu = menu;
        this.diningSetup = diningSetup;
        this.customers = customers;
        this.orders = orders;
        this.orderHistory = orderHistory;
        this.reservations = reservations;
        this.lines = lines;
        this.clock = clock;
    }

    /** For CDI proxies. */
    protected DemoRestaurantSeeder() {
    }

    /** Creates the demo restaurant when the database holds no restaurant; returns its id, or empty. */
    @Transactional
    public Optional<Long> seedIfEmpty() {
        if (!restaurants.list(false).isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Restaurant restaurant = createRestaurant(now);
        Long id = restaurant.getId();
        DemoMenu demoMenu = DemoMenu.create(menu, id);
        DemoDining dining = DemoDining.create(diningSetup, id, demoMenu.formula(DemoMenu.FORMULE_MIDI).getId());
        createFaq(id);
        createPhoneLine(id);
        new DemoActivity(restaurant, demoMenu, dining, customers, orders, orderHistory, reservations, now).create();
        LOG.info(() -> "Demo restaurant '" + NAME + "' created (id " + id + ")");
        return Optional.of(id);
    }

    private Restaurant createRestaurant(Instant now) {
        Restaurant restaurant = restaurants.create(new RestaurantCommand(NAME, "chez-mireille", "12 quai du Port",
                "13002", "Marseille", "FR", 43.2951, 5.3740, PUBLIC_PHONE, "contact@chez-mireille.example",
                "Europe/Paris", "fr", "EUR"));
        Long id = restaurant.getId();
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : DemoDining.TUESDAY_TO_SUNDAY) {
            hours.add(new OpeningHours(day, LocalTime.of(12, 0), LocalTime.of(14, 30)));
            hours.add(new OpeningHours(day, LocalTime.of(19, 0), LocalTime.of(23, 0)));
        }
        restaurants.replaceOpeningHours(id, hours);
        LocalDate today = now.atZone(restaurant.zone()).toLocalDate();
        restaurants.replaceClosures(id, List.of(new ExceptionalClosure(today.plusDays(35), today.plusDays(37),
                "Travaux en cuisine")));
        restaurants.configureDelivery(id, new DeliveryRules(true, 5_000, 350, 2_000, 5_000L), List.of(
                new DeliveryZone("13001", 250, null),
                new DeliveryZone("13002", 250, null),
                new DeliveryZone("13007", 450, 2_500L)));
        return restaurants.updateKitchenCapacity(id, new KitchenCapacity(15, 5, 30, 20, 15));
    }

    private void createFaq(Long restaurantId) {
        faq(restaurantId, "Y a-t-il un parking à proximité ?",
                "Oui, le parking Vieux-Port – Hôtel de Ville est à deux minutes à pied. Le soir, on se gare aussi "
                        + "facilement quai du Port après 20 h.");
        faq(restaurantId, "La terrasse est-elle chauffée ?",
                "Oui, la terrasse face au Vieux-Port est chauffée et protégée du mistral d'octobre à avril.");
        faq(restaurantId, "Les chiens sont-ils acceptés ?",
                "Oui, les chiens tenus en laisse sont les bienvenus, en salle comme en terrasse. Nous apportons "
                        + "volontiers une gamelle d'eau.");
        faq(restaurantId, "Avez-vous des plats végétariens ?",
                "Oui : le tian de légumes au chèvre, le risotto d'épeautre aux légumes du soleil, les panisses, "
                        + "la burrata et les pizzas Margherita, Quatre fromages et Chèvre-miel.");
        faq(restaurantId, "Quels moyens de paiement acceptez-vous ?",
                "Carte bancaire (y compris sans contact), espèces et titres-restaurant le midi. Nous n'acceptons "
                        + "pas les chèques.");
    }

    private void faq(Long restaurantId, String question, String answer) {
        faqs.create(restaurantId, new FaqCommand(question, answer));
    }

    private void createPhoneLine(Long restaurantId) {
        AssistantSettings assistant = new AssistantSettings("fr", null,
                "Tu es l'assistante de Chez Mireille, restaurant provençal du Vieux-Port. Vouvoie les clients, "
                        + "sois chaleureuse et brève. Rappelle les allergies connues avant de confirmer.",
                "Bonjour, Chez Mireille sur le Vieux-Port, que puis-je faire pour vous ?",
                TurnDetection.SERVER_VAD, null, null, null);
        lines.create(restaurantId, new PhoneLineCommand(PhoneNumber.parse(DEMO_LINE_NUMBER, "FR"),
                "Ligne principale (démo)", LineMode.ACCEPT_FROM_GATEWAY, true, null, Set.of("127.0.0.1", "::1"),
                false, null, PhoneNumber.parse(STAFF_PHONE, "FR"), assistant));
    }
}
