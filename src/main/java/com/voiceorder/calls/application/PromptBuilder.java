package com.voiceorder.calls.application;

import com.voiceorder.calls.domain.AssistantSettings;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.customers.application.CallerRecognition;
import com.voiceorder.customers.application.KnownCaller;
import com.voiceorder.customers.application.PastOrder;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.domain.DiningService;
import com.voiceorder.reservations.domain.Offer;
import com.voiceorder.restaurant.application.FaqService;
import com.voiceorder.restaurant.application.FaqView;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.DeliveryZone;
import com.voiceorder.restaurant.domain.ExceptionalClosure;
import com.voiceorder.restaurant.domain.OpeningHours;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.shared.domain.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the agent's instructions for a call on a phone line: who the restaurant is, now and
 * whether it is open, the menu, formulas, services, offers, delivery, FAQ, the caller if known, and
 * the rules of conduct — compact text, one line per item, in the line's language (French by default).
 */
@ApplicationScoped
@Transactional
public class PromptBuilder {

    private static final int MAX_CLOSURES = 5;
    private static final int MAX_RECENT_ORDERS = 3;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private RestaurantService restaurants;
    private MenuService menu;
    private DiningSetupService dining;
    private FaqService faqs;
    private CallerRecognition recognition;
    private AgentToolbox tools;
    private Clock clock;

    @Inject
    public PromptBuilder(RestaurantService restaurants, MenuService menu, DiningSetupService dining, FaqService faqs,
            CallerRecognition recognition, AgentToolbox tools, Clock clock) {
        this.restaurants = restaurants;
        this.menu = menu;
        this.dining = dining;
        this.faqs = faqs;
        this.recognition = recognition;
        this.tools = tools;
        this.clock = clock;
    }

    /** For CDI proxies. */
    protected PromptBuilder() {
    }

    /** For a call on that line from that caller id (withheld: null, blank, "anonymous"…). */
    public AgentBriefing brief(PhoneLine line, String callerId) {
        return brief(line.getRestaurantId(), line, line.getAssistant(), callerId);
    }

    /** Without a line (REST debugging): the restaurant's language and no line settings. */
    public AgentBriefing brief(Long restaurantId, String callerId) {
        Restaurant restaurant = restaurants.get(restaurantId);
        AssistantSettings defaults = new AssistantSettings(restaurant.language(), null, null, null,
                AssistantSettings.defaults().getTurnDetection(), null, null, null);
        return brief(restaurantId, null, defaults, callerId);
    }

    private AgentBriefing brief(Long restaurantId, PhoneLine line, AssistantSettings settings, String callerId) {
        Restaurant restaurant = restaurants.get(restaurantId);
        PromptWording words = PromptWording.forLanguage(settings.getLanguage());
        Optional<PhoneNumber> caller = recognition.normalise(restaurantId, callerId);
        Optional<KnownCaller> customer = caller.flatMap(phone -> recognition.recognise(restaurantId, phone));
        StringBuilder out = new StringBuilder(8_192);
        identity(out, words, restaurant);
        rules(out, words, line != null && line.getStaffTransferNumber() != null);
        hours(out, words, restaurant);
        MenuText.write(out, words, menu.listCategories(restaurantId, true), menu.listItems(restaurantId, null),
                menu.listFormulas(restaurantId, true));
        services(out, words, restaurantId);
        offers(out, words, restaurantId, restaurant);
        delivery(out, words, restaurant);
        faq(out, words, restaurantId);
        caller(out, words, caller, customer);
        restaurantNotes(out, words, settings);
        return new AgentBriefing(restaurantId, line == null ? null : line.getId(), words == PromptWording.ENGLISH ? "en" : "fr",
                caller.map(PhoneNumber::e164).orElse(null), out.toString().strip(), tools.definitions(line),
                customer.orElse(null));
    }

    private void identity(StringBuilder out, PromptWording words, Restaurant restaurant) {
        String where = nonBlank(restaurant.street(), joinSpace(restaurant.postalCode(), restaurant.city()),
                restaurant.phone() == null ? null : restaurant.phone().national());
        out.append(String.format(words.identity(), restaurant.name(), where)).append('\n');
        out.append(words.speakIn()).append('\n');
        ZonedDateTime now = clock.instant().atZone(restaurant.zone());
        out.append(String.format(words.now(),
                now.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", words.locale())), now.format(HOUR),
                restaurant.zone().getId()));
        out.append(' ').append(restaurant.isOpenAt(now) ? words.openNow() : words.closedNow());
        if (restaurant.isOpenAt(now) && !restaurant.isTakingOrdersAt(now)) {
            out.append(' ').append(words.notTakingOrders());
        }
        out.append('\n');
    }

    private static void rules(StringBuilder out, PromptWording words, boolean staffReachable) {
        out.append("\n## ").append(words.rulesTitle()).append('\n');
        words.rules().forEach(rule -> out.append("- ").append(rule).append('\n'));
        if (staffReachable) {
            out.append("- ").append(words.transferRule()).append('\n');
        }
    }

    private void hours(StringBuilder out, PromptWording words, Restaurant restaurant) {
        out.append("\n## ").append(words.hoursTitle()).append('\n');
        for (DayOfWeek day : DayOfWeek.values()) {
            String ranges = restaurant.openingHours().stream()
                    .filter(range -> range.dayOfWeek() == day)
                    .sorted(Comparator.comparing(OpeningHours::opens))
                    .map(range -> range.opens().format(HOUR) + "–" + range.closes().format(HOUR))
                    .collect(Collectors.joining(", "));
            out.append(day.getDisplayName(TextStyle.SHORT, words.locale())).append(' ')
                    .append(ranges.isEmpty() ? words.closedDays() : ranges).append("; ");
        }
        out.setLength(out.length() - 2);
        out.append('\n');
        LocalDate today = clock.instant().atZone(restaurant.zone()).toLocalDate();
        List<ExceptionalClosure> coming = restaurant.closures().stream()
                .filter(closure -> !closure.toDate().isBefore(today))
                .sorted(Comparator.comparing(ExceptionalClosure::fromDate))
                .limit(MAX_CLOSURES)
                .toList();
        if (!coming.isEmpty()) {
            out.append(words.closuresTitle()).append(": ").append(coming.stream()
                    .map(closure -> closure.fromDate() + (closure.toDate().equals(closure.fromDate()) ? ""
                            : " → " + closure.toDate()) + (closure.reason() == null ? "" : " (" + closure.reason() + ")"))
                    .collect(Collectors.joining("; "))).append('\n');
        }
    }

    private void services(StringBuilder out, PromptWording words, Long restaurantId) {
        List<DiningService> active = dining.listServices(restaurantId).stream().filter(DiningService::isActive).toList();
        if (active.isEmpty()) {
            return;
        }
        out.append("\n## ").append(words.servicesTitle()).append('\n');
        for (DiningService service : active) {
            out.append("- ").append(service.getName()).append(": ").append(days(service.getWeekdays(), words))
                    .append(' ').append(service.getStartTime().format(HOUR)).append('–')
                    .append(service.getLastSeating().format(HOUR)).append(" (").append(words.lastSeating())
                    .append(' ').append(service.getLastSeating().format(HOUR)).append(")\n");
        }
    }

    private void offers(StringBuilder out, PromptWording words, Long restaurantId, Restaurant restaurant) {
        LocalDate today = clock.instant().atZone(restaurant.zone()).toLocalDate();
        List<Offer> current = dining.listOffers(restaurantId).stream()
                .filter(Offer::isActive)
                .filter(offer -> offer.getValidTo() == null || !offer.getValidTo().isBefore(today))
                .toList();
        if (current.isEmpty()) {
            return;
        }
        out.append("\n## ").append(words.offersTitle()).append('\n');
        for (Offer offer : current) {
            out.append("- ").append(offer.getName());
            if (offer.getDescription() != null && !offer.getDescription().isBlank()) {
                out.append(" — ").append(offer.getDescription().strip());
            }
            if (!offer.getWeekdays().isEmpty()) {
                out.append(" (").append(days(offer.getWeekdays(), words)).append(')');
            }
            if (offer.getValidFrom() != null || offer.getValidTo() != null) {
                out.append(" [").append(offer.getValidFrom() == null ? "" : offer.getValidFrom()).append(" → ")
                        .append(offer.getValidTo() == null ? "" : offer.getValidTo()).append(']');
            }
            out.append('\n');
        }
    }

    private static void delivery(StringBuilder out, PromptWording words, Restaurant restaurant) {
        out.append("\n## ").append(words.deliveryTitle()).append('\n');
        DeliveryRules rules = restaurant.deliveryRules();
        List<DeliveryZone> zones = restaurant.deliveryZones();
        if (rules == null || !rules.enabled()) {
            out.append(words.noDelivery()).append('\n');
            return;
        }
        if (rules.radiusMeters() > 0) {
            out.append(String.format(words.deliveryRadius(), trimZero(rules.radiusMeters() / 1000.0),
                    MenuText.money(rules.feeCents(), words), MenuText.money(rules.minimumOrderCents(), words)));
            if (rules.freeDeliveryThresholdCents() != null) {
                out.append(", ").append(String.format(words.freeFrom(),
                        MenuText.money(rules.freeDeliveryThresholdCents(), words)));
            }
            out.append(".\n");
        }
        if (!zones.isEmpty()) {
            out.append(words.zones()).append(": ").append(zones.stream()
                    .map(zone -> zone.postalCode() + " " + MenuText.money(zone.feeCents(), words)
                            + (zone.minimumOrderCents() == null ? ""
                            : " (" + words.minimum() + " " + MenuText.money(zone.minimumOrderCents(), words) + ")"))
                    .collect(Collectors.joining("; "))).append('\n');
        }
    }

    private void faq(StringBuilder out, PromptWording words, Long restaurantId) {
        List<FaqView> approved = faqs.list(restaurantId, true).stream()
                .filter(entry -> entry.answer() != null && !entry.answer().isBlank())
                .toList();
        if (approved.isEmpty()) {
            return;
        }
        out.append("\n## ").append(words.faqTitle()).append('\n');
        approved.forEach(entry -> out.append("- ").append(entry.question().strip()).append(" → ")
                .append(entry.answer().strip().replaceAll("\\s+", " ")).append('\n'));
    }

    private static void caller(StringBuilder out, PromptWording words, Optional<PhoneNumber> caller,
            Optional<KnownCaller> customer) {
        out.append("\n## ").append(words.callerTitle()).append('\n');
        if (caller.isEmpty()) {
            out.append(words.withheldCaller()).append('\n');
            return;
        }
        if (customer.isEmpty()) {
            out.append(String.format(words.unknownCaller(), caller.get().e164())).append('\n');
            return;
        }
        KnownCaller known = customer.get();
        String name = joinSpace(known.firstName(), known.lastName());
        out.append(String.format(words.knownCaller(), name.isEmpty() ? "?" : name, known.phone(), known.orderCount()))
                .append('\n');
        if (known.allergies() != null) {
            out.append(words.callerAllergies()).append(": ").append(known.allergies()).append('\n');
        }
        if (!known.addresses().isEmpty()) {
            out.append(words.callerAddresses()).append(": ").append(known.addresses().stream()
                    .map(KnownCaller.SavedAddress::oneLine).collect(Collectors.joining("; "))).append('\n');
        }
        if (!known.recentOrders().isEmpty()) {
            out.append(words.callerRecent()).append(": ").append(known.recentOrders().stream()
                    .limit(MAX_RECENT_ORDERS)
                    .map(order -> order.placedAt().toString().substring(0, 10) + " " + String.join(", ", order.lines())
                            + " = " + MenuText.money(order.totalCents(), words))
                    .collect(Collectors.joining("; "))).append('\n');
        }
        if (known.usual() != null) {
            PastOrder usual = known.usual();
            out.append(words.callerUsual()).append(": ").append(String.join(", ", usual.lines())).append('\n');
        }
        if (known.notes() != null) {
            out.append(known.notes()).append('\n');
        }
        out.append(words.greetKnown()).append('\n');
    }

    private static void restaurantNotes(StringBuilder out, PromptWording words, AssistantSettings settings) {
        if (settings.getGreeting() != null && !settings.getGreeting().isBlank()) {
            out.append("\n## ").append(words.greeting()).append('\n').append(settings.getGreeting().strip())
                    .append('\n');
        }
        if (settings.getExtraInstructions() != null && !settings.getExtraInstructions().isBlank()) {
            out.append("\n## ").append(words.restaurantNotes()).append('\n')
                    .append(settings.getExtraInstructions().strip()).append('\n');
        }
    }

    private static String days(Set<DayOfWeek> weekdays, PromptWording words) {
        return weekdays.stream().sorted().map(day -> day.getDisplayName(TextStyle.SHORT, words.locale()))
                .collect(Collectors.joining(" "));
    }

    private static String trimZero(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String joinSpace(String first, String second) {
        return ((first == null ? "" : first) + " " + (second == null ? "" : second)).strip();
    }

    private static String nonBlank(String... parts) {
        return java.util.Arrays.stream(parts).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }
}
