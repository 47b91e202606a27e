package com.voiceorder.bench;

import com.voiceorder.menu.domain.Formula;
import com.voiceorder.menu.domain.FormulaSlotSpec;
import com.voiceorder.menu.domain.MenuItem;
import com.voiceorder.menu.domain.MenuOption;
import com.voiceorder.menu.domain.OptionGroup;
import com.voiceorder.menu.domain.OptionGroupSpec;
import com.voiceorder.menu.domain.OptionSpec;
import com.voiceorder.ordering.application.InMemoryOrderMenu;
import com.voiceorder.ordering.application.OrderDraft;
import com.voiceorder.ordering.application.OrderDraftFactory;
import com.voiceorder.ordering.application.OrderService;
import com.voiceorder.ordering.application.OrderTimingService;
import com.voiceorder.ordering.application.TakeOrderCommand;
import com.voiceorder.ordering.domain.Order;
import com.voiceorder.ordering.domain.OrderSource;
import com.voiceorder.ordering.domain.OrderType;
import com.voiceorder.ordering.infrastructure.JpaOrderRepository;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.KitchenCapacity;
import com.voiceorder.restaurant.domain.OpeningHours;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.restaurant.infrastructure.JpaRestaurantRepository;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.EntityIds;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.RecordingEvent;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Order pricing on a 200-item menu (20 categories, option groups on every item, 5 formulas):
 * p50/p99 of pricing a 6-line order in memory, and of the take-order path on embedded PostgreSQL
 * (menu read, pricing, kitchen lock + capacity check, order stored, one transaction each).
 * Prints a Markdown table. Arguments: [in-memory iterations] [database iterations].
 */
public final class OrderPricingBench {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 2);

    private OrderPricingBench() {
    }

    public static void main(String[] args) {
        int memoryRuns = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int databaseRuns = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Restaurant restaurant = restaurant();
        InMemoryOrderMenu menu = new InMemoryOrderMenu();
        List<MenuItem> items = menuItems(1L, 1000);
        items.forEach(menu::add);
        formulas(1L, 5000).forEach(menu::add);
        TakeOrderCommand order = sixLines(items, 5000);
        OrderDraftFactory factory = new OrderDraftFactory();
        long[] memory = new long[memoryRuns];
        for (int i = 0; i < memoryRuns * 2; i++) { // first half warms up
            long start = System.nanoTime();
            factory.draft(restaurant, order, menu, DAY);
            if (i >= memoryRuns) {
                memory[i - memoryRuns] = System.nanoTime() - start;
            }
        }
        long[] database = databaseRun(databaseRuns);
        System.out.println("| measure (200-item menu, 6-line order) | runs | p50 | p99 |");
        System.out.println("|---|---|---|---|");
        row("pricing in memory", memory);
        row("take order on embedded PostgreSQL (price + lock + capacity + store)", database);
        System.exit(0);
    }

    private static long[] databaseRun(int runs) {
        try (TestDatabase db = TestDatabase.pooledPostgres()) {
            long[] ids = new long[1];
            List<MenuItem> stored = new ArrayList<>();
            List<Formula> formulas = new ArrayList<>();
            db.inTransaction((EntityManager em) -> {
                ids[0] = Fixtures.restaurant(em);
                Restaurant restaurant = em.find(Restaurant.class, ids[0]);
                restaurant.replaceOpeningHours(Arrays.stream(DayOfWeek.values())
                        .map(day -> new OpeningHours(day, LocalTime.of(0, 0), LocalTime.of(23, 59))).toList());
                restaurant.updateKitchenCapacity(new KitchenCapacity(15, 1000, 100_000, 20, 0));
                List<Long> categories = new ArrayList<>();
                for (int c = 0; c < 20; c++) {
                    com.voiceorder.menu.domain.MenuCategory category =
                            new com.voiceorder.menu.domain.MenuCategory(ids[0], "Catégorie " + c, null, c);
                    em.persist(category);
                    em.flush();
                    categories.add(category.getId());
                }
                for (int i = 0; i < 200; i++) {
                    MenuItem item = new MenuItem(ids[0], categories.get(i % 20), "Plat " + i, 800 + i * 7L);
                    item.defineOptionGroups(optionGroups());
                    em.persist(item);
                    stored.add(item);
                }
                for (int f = 0; f < 5; f++) {
                    Formula formula = new Formula(ids[0], "Formule " + f, null, 1500 + f * 100L);
                    formula.replaceSlots(List.of(
                            new FormulaSlotSpec("Plat", Set.of(categories.get(f)), Set.of(), true),
                            new FormulaSlotSpec("Dessert", Set.of(categories.get(19)), Set.of(), false)));
                    em.persist(formula);
                    formulas.add(formula);
                }
                em.flush();
            });
            long formulaId = formulas.get(0).getId();
            TakeOrderCommand order = sixLines(stored, formulaId);
            Clock clock = Clock.fixed(DAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            long[] times = new long[runs];
            for (int i = 0; i < runs * 2; i++) {
                long start = System.nanoTime();
                db.inTransaction((EntityManager em) -> {
                    RestaurantService restaurants = new RestaurantService(new JpaRestaurantRepository(em), clock);
                    JpaOrderRepository orders = new JpaOrderRepository(em);
                    com.voiceorder.menu.application.MenuService menuService = new com.voiceorder.menu.application.MenuService(
                            new com.voiceorder.menu.infrastructure.JpaMenuCategoryRepository(em),
                            new com.voiceorder.menu.infrastructure.JpaMenuItemRepository(em),
                            new com.voiceorder.menu.infrastructure.JpaFormulaRepository(em),
                            new JpaRestaurantRepository(em));
                    Restaurant restaurant = restaurants.get(ids[0]);
                    OrderDraft draft = new OrderDraftFactory().draft(restaurant, order,
                            new DatabaseMenu(menuService, ids[0]), DAY);
                    OrderTimingService.KitchenPromise promise = new OrderTimingService(restaurants, orders, clock)
                            .reserve(restaurant, OrderType.PICKUP, null, draft.demand(), java.time.Duration.ZERO);
                    Order placed = new OrderService(orders, new RecordingEvent<>(), new RecordingEvent<>(), clock)
                            .place(ids[0], draft.command());
                    placed.promise(promise.promisedTime(), promise.kitchenDueAt());
                });
                if (i >= runs) {
                    times[i - runs] = System.nanoTime() - start;
                }
            }
            return times;
        }
    }

    /** Four items with options, one drink without, one formula with two courses. */
    private static TakeOrderCommand sixLines(List<MenuItem> items, long formulaId) {
        List<TakeOrderCommand.Line> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            MenuItem item = items.get(i * 37);
            List<Long> options = List.of(firstOption(item, 0), firstOption(item, 1));
            lines.add(new TakeOrderCommand.Line(item.getId(), 1 + i % 3, options, null));
        }
        MenuItem main = items.stream().filter(item -> item.categoryId().equals(items.get(0).categoryId())).findFirst()
                .orElseThrow();
        lines.add(TakeOrderCommand.Line.ofFormula(formulaId, 2, List.of(
                new TakeOrderCommand.Choice(0, main.getId(), List.of(firstOption(main, 0))),
                new TakeOrderCommand.Choice(1, items.get(19).getId(), List.of(firstOption(items.get(19), 0)))), null));
        return new TakeOrderCommand(OrderType.PICKUP, OrderSource.API, null, "Bench", "0612345678", null, null, null,
                lines);
    }

    private static long firstOption(MenuItem item, int group) {
        return item.optionGroups().get(group).options().get(0).getId();
    }

    private static List<MenuItem> menuItems(long restaurantId, long firstId) {
        List<MenuItem> items = new ArrayList<>();
        long optionId = 100_000;
        for (int i = 0; i < 200; i++) {
            MenuItem item = EntityIds.withId(new MenuItem(restaurantId, (long) (i % 20), "Plat " + i, 800 + i * 7L),
                    firstId + i);
            item.defineOptionGroups(optionGroups());
            for (OptionGroup group : item.optionGroups()) {
                for (MenuOption option : group.options()) {
                    EntityIds.withId(option, optionId++);
                }
            }
            items.add(item);
        }
        return items;
    }

    private static List<OptionGroupSpec> optionGroups() {
        return List.of(
                OptionGroupSpec.of("Taille", 1, 1, OptionSpec.of("Normale", 0), OptionSpec.of("Grande", 350)),
                OptionGroupSpec.of("Suppléments", 0, 3, OptionSpec.of("Fromage", 150), OptionSpec.of("Jambon", 200),
                        OptionSpec.of("Oignons", 50), OptionSpec.of("Olives", 100)));
    }

    private static List<Formula> formulas(long restaurantId, long firstId) {
        List<Formula> formulas = new ArrayList<>();
        for (int f = 0; f < 5; f++) {
            Formula formula = EntityIds.withId(new Formula(restaurantId, "Formule " + f, null, 1500 + f * 100L),
                    firstId + f);
            formula.replaceSlots(List.of(
                    new FormulaSlotSpec("Plat", Set.of((long) f), Set.of(), true),
                    new FormulaSlotSpec("Dessert", Set.of(19L), Set.of(), false)));
            formulas.add(formula);
        }
        return formulas;
    }

    private static Restaurant restaurant() {
        return com.voiceorder.restaurant.RestaurantFixtures.restaurant("Bench");
    }

    private static void row(String name, long[] nanos) {
        System.out.printf("| %s | %d | %.3f ms | %.3f ms |%n", name, nanos.length, Percentiles.millis(nanos, 50),
                Percentiles.millis(nanos, 99));
    }

    /** The menu read through MenuService, as OrderTakingService reads it. */
    private record DatabaseMenu(com.voiceorder.menu.application.MenuService menu, long restaurantId)
            implements com.voiceorder.ordering.application.OrderMenu {
        @Override
        public java.util.Optional<MenuItem> item(Long itemId) {
            return menu.findItem(restaurantId, itemId);
        }

        @Override
        public java.util.Optional<Formula> formula(Long formulaId) {
            return menu.findFormula(restaurantId, formulaId);
        }

        @Override
        public List<MenuItem> orderableInCategory(Long categoryId) {
            return menu.findOrderableInCategory(restaurantId, categoryId);
        }
    }

}
