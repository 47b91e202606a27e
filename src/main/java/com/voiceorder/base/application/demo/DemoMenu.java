package com.voiceorder.base.application.demo;

import static com.voiceorder.menu.domain.Allergen.CELERY;
import static com.voiceorder.menu.domain.Allergen.CRUSTACEANS;
import static com.voiceorder.menu.domain.Allergen.EGGS;
import static com.voiceorder.menu.domain.Allergen.FISH;
import static com.voiceorder.menu.domain.Allergen.GLUTEN;
import static com.voiceorder.menu.domain.Allergen.MILK;
import static com.voiceorder.menu.domain.Allergen.MOLLUSCS;
import static com.voiceorder.menu.domain.Allergen.MUSTARD;
import static com.voiceorder.menu.domain.Allergen.NUTS;
import static com.voiceorder.menu.domain.Allergen.SOYBEANS;
import static com.voiceorder.menu.domain.Allergen.SULPHITES;

import com.voiceorder.menu.application.FormulaCommand;
import com.voiceorder.menu.application.MenuCategoryCommand;
import com.voiceorder.menu.application.MenuItemCommand;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.menu.domain.Allergen;
import com.voiceorder.menu.domain.Formula;
import com.voiceorder.menu.domain.FormulaSlotSpec;
import com.voiceorder.menu.domain.MenuItem;
import com.voiceorder.menu.domain.OptionGroupSpec;
import com.voiceorder.menu.domain.OptionSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The demo restaurant's Provençal menu (five categories, 33 items, two formulas), created through
 * {@link MenuService}. Keeps the created items by name so orders can refer to them.
 */
final class DemoMenu {

    static final String FORMULE_MIDI = "Formule midi";
    static final String MENU_MARSEILLAIS = "Menu Marseillais";
    static final String SOLD_OUT_ITEM = "Pieds paquets à la marseillaise";

    private static final OptionGroupSpec CUISSON = OptionGroupSpec.of("Cuisson", 1, 1,
            OptionSpec.of("Bleue", 0), OptionSpec.of("Saignante", 0), OptionSpec.of("À point", 0),
            OptionSpec.of("Bien cuite", 0));
    private static final OptionGroupSpec ACCOMPAGNEMENT = OptionGroupSpec.of("Accompagnement", 1, 1,
            OptionSpec.of("Frites maison", 0), OptionSpec.of("Panisses", 100), OptionSpec.of("Légumes grillés", 0),
            OptionSpec.of("Salade verte", 0));
    private static final OptionGroupSpec PIZZA_SIZE = OptionGroupSpec.of("Taille", 1, 1,
            OptionSpec.of("Normale (31 cm)", 0), OptionSpec.of("Grande (40 cm)", 400));
    private static final OptionGroupSpec PIZZA_EXTRAS = OptionGroupSpec.of("Suppléments", 0, 3,
            OptionSpec.of("Œuf", 100), OptionSpec.of("Anchois", 150), OptionSpec.of("Champignons", 100),
            OptionSpec.of("Jambon cru", 250), OptionSpec.of("Burrata", 350));

    private final MenuService menu;
    private final Long restaurantId;
    private final Map<String, MenuItem> items = new HashMap<>();
    private final Map<String, Formula> formulas = new HashMap<>();
    private int position;

    private DemoMenu(MenuService menu, Long restaurantId) {
        this.menu = menu;
        this.restaurantId = restaurantId;
    }

    static DemoMenu create(MenuService menu, Long restaurantId) {
        DemoMenu demo = new DemoMenu(menu, restaurantId);
        demo.createItemsAndFormulas();
        return demo;
    }

    /** The item created with that name. */
    MenuItem item(String name) {
        MenuItem item = items.get(name);
        if (item == null) {
            throw new NoSuchElementException("No demo menu item " + name);
        }
        return item;
    }

    Formula formula(String name) {
        Formula formula = formulas.get(name);
        if (formula == null) {
            throw new NoSuchElementException("No demo formula " + name);
        }
        return formula;
    }

    private void createItemsAndFormulas() {
        Long entrees = category("Entrées", "Pour commencer, à partager ou non", 0);
        Long plats = category("Plats", "Cuisine provençale et poissons de la criée", 1);
        Long pizzas = category("Pizzas", "Cuites au feu de bois, pâte maison", 2);
        Long desserts = category("Desserts", "Faits maison", 3);
        Long boissons = category("Boissons", null, 4);

        item(entrees, "Panisses de l'Estaque", "Frites de farine de pois chiche, fleur de sel et citron", 650,
                Set.of(), 10);
        item(entrees, "Soupe de poissons de roche",
                "Servie avec rouille, croûtons aillés et emmental râpé", 950, Set.of(FISH, GLUTEN, EGGS, MILK, CELERY),
                10);
        item(entrees, "Tapenade et anchoïade", "Olives noires, câpres, anchois de Collioure, pain grillé", 750,
                Set.of(FISH, GLUTEN), 5);
        item(entrees, "Salade niçoise", "Thon, œuf dur, anchois, olives de Nice, tomates, poivrons, vinaigrette",
                1250, Set.of(FISH, EGGS, MUSTARD), 10);
        item(entrees, "Supions en persillade", "Petits calamars poêlés à l'ail et au persil", 1100,
                Set.of(MOLLUSCS, GLUTEN), 12);
        item(entrees, "Burrata des Pouilles", "Tomates anciennes, basilic, huile d'olive de la vallée des Baux", 1150,
                Set.of(MILK), 5);

        item(plats, "Bouillabaisse du Vieux-Port",
                "Rascasse, grondin, saint-pierre et congre, servie en deux temps avec rouille et croûtons", 3400,
                Set.of(FISH, CRUSTACEANS, GLUTEN, EGGS, CELERY), 35);
        item(plats, SOLD_OUT_ITEM, "Tripes et paquets d'agneau mijotés au vin blanc et à la tomate, pommes vapeur",
                1950, Set.of(CELERY, SULPHITES), 15);
        item(plats, "Daube provençale", "Bœuf mijoté au vin rouge et à l'orange, polenta crémeuse", 1850,
                Set.of(MILK, CELERY, SULPHITES), 15);
        item(plats, "Entrecôte grillée (300 g)", "Bœuf de l'Aubrac, beurre maître d'hôtel", 2600,
                Set.of(MILK, EGGS, MUSTARD), 20,
                CUISSON, ACCOMPAGNEMENT,
                OptionGroupSpec.of("Sauce", 0, 1, OptionSpec.of("Poivre", 200), OptionSpec.of("Roquefort", 250),
                        OptionSpec.of("Béarnaise", 200)));
        item(plats, "Pavé de loup grillé", "Loup de Méditerranée, fenouil braisé, huile d'olive citronnée", 2400,
                Set.of(FISH), 18, ACCOMPAGNEMENT);
        item(plats, "Aïoli provençal", "Cabillaud poché, légumes vapeur, œuf dur et aïoli maison", 2100,
                Set.of(FISH, EGGS), 15);
        item(plats, "Magret de canard au miel de lavande", "Sauce au miel de lavande et vinaigre de Banyuls", 2350,
                Set.of(SULPHITES), 20,
                OptionGroupSpec.of("Cuisson", 1, 1, OptionSpec.of("Rosé", 0), OptionSpec.of("À point", 0)),
                ACCOMPAGNEMENT);
        item(plats, "Petits farcis provençaux", "Tomates, courgettes et oignons farcis au veau et aux herbes", 1650,
                Set.of(GLUTEN, EGGS, MILK), 15);
        item(plats, "Tian de légumes au chèvre", "Végétarien : courgettes, aubergines, tomates, chèvre frais", 1550,
                Set.of(MILK), 15);
        item(plats, "Risotto d'épeautre aux légumes du soleil", "Végétarien : petit épeautre de Haute-Provence, parmesan",
                1700, Set.of(GLUTEN, MILK), 18);

        item(pizzas, "Margherita", "Tomate, mozzarella fior di latte, basilic", 1100, Set.of(GLUTEN, MILK), 12,
                PIZZA_SIZE, PIZZA_EXTRAS);
        item(pizzas, "Marseillaise", "Tomate, anchois, câpres, olives, origan — sans fromage", 1250,
                Set.of(GLUTEN, FISH), 12, PIZZA_SIZE, PIZZA_EXTRAS);
        item(pizzas, "Reine", "Tomate, mozzarella, jambon blanc, champignons", 1300, Set.of(GLUTEN, MILK), 12,
                PIZZA_SIZE, PIZZA_EXTRAS);
        item(pizzas, "Quatre fromages", "Mozzarella, gorgonzola, chèvre, parmesan", 1450, Set.of(GLUTEN, MILK), 12,
                PIZZA_SIZE, PIZZA_EXTRAS);
        item(pizzas, "Chèvre-miel", "Crème, chèvre, miel de lavande, noix", 1400, Set.of(GLUTEN, MILK, NUTS), 12,
                PIZZA_SIZE, PIZZA_EXTRAS);
        item(pizzas, "Calzone", "Chausson : tomate, mozzarella, jambon, œuf", 1450, Set.of(GLUTEN, MILK, EGGS), 14,
                PIZZA_SIZE);

        item(desserts, "Navettes de Marseille", "Trois biscuits à la fleur d'oranger", 500,
                Set.of(GLUTEN, EGGS, MILK), 0);
        item(desserts, "Tarte tropézienne", "Brioche, crème mousseline à la fleur d'oranger", 800,
                Set.of(GLUTEN, EGGS, MILK), 0);
        item(desserts, "Fondant au chocolat", "Cœur coulant, glace vanille", 850, Set.of(GLUTEN, EGGS, MILK, SOYBEANS),
                12);
        item(desserts, "Crème brûlée à la lavande", null, 750, Set.of(EGGS, MILK), 0);
        item(desserts, "Café gourmand", "Expresso et quatre mignardises maison", 900,
                Set.of(GLUTEN, EGGS, MILK, NUTS), 5);
        item(desserts, "Sorbets du moment", "Deux boules au choix", 650, Set.of(), 0,
                OptionGroupSpec.of("Parfums", 2, 2, OptionSpec.of("Citron", 0), OptionSpec.of("Fraise", 0),
                        OptionSpec.of("Melon de Cavaillon", 0), OptionSpec.of("Framboise", 0)));

        item(boissons, "Pastis (2 cl)", "Servi avec une carafe d'eau fraîche", 450, Set.of(), 0);
        item(boissons, "Rosé de Provence AOP", "Côtes de Provence", 600, Set.of(SULPHITES), 0,
                OptionGroupSpec.of("Format", 1, 1, OptionSpec.of("Verre (14 cl)", 0),
                        OptionSpec.of("Pichet (50 cl)", 1200), OptionSpec.of("Bouteille (75 cl)", 2000)));
        item(boissons, "Bière blonde marseillaise (33 cl)", "Brassée à Marseille", 550, Set.of(GLUTEN), 0);
        item(boissons, "Limonade artisanale (33 cl)", null, 400, Set.of(), 0);
        item(boissons, "Eau minérale (50 cl)", null, 350, Set.of(), 0,
                OptionGroupSpec.of("Eau", 1, 1, OptionSpec.of("Plate", 0), OptionSpec.of("Pétillante", 0)));
        item(boissons, "Café expresso", null, 220, Set.of(), 0);

        menu.markSoldOut(restaurantId, item(SOLD_OUT_ITEM).getId());

        Set<Long> lunchMains = Set.of(item("Daube provençale").getId(), item("Aïoli provençal").getId(),
                item("Petits farcis provençaux").getId(), item("Tian de légumes au chèvre").getId(),
                item("Risotto d'épeautre aux légumes du soleil").getId(), item("Pavé de loup grillé").getId());
        formula(FORMULE_MIDI, "Entrée + plat ou plat + dessert, du mardi au vendredi midi (hors jours fériés)", 1890,
                List.of(new FormulaSlotSpec("Entrée", Set.of(entrees), Set.of(), false),
                        new FormulaSlotSpec("Plat", Set.of(pizzas), lunchMains, true),
                        new FormulaSlotSpec("Dessert", Set.of(desserts), Set.of(), false)));
        formula(MENU_MARSEILLAIS, "Entrée, plat et dessert de la tradition marseillaise", 3900,
                List.of(new FormulaSlotSpec("Entrée", Set.of(),
                                Set.of(item("Soupe de poissons de roche").getId(), item("Supions en persillade").getId(),
                                        item("Panisses de l'Estaque").getId()), true),
                        new FormulaSlotSpec("Plat", Set.of(),
                                Set.of(item("Daube provençale").getId(), item(SOLD_OUT_ITEM).getId(),
                                        item("Pavé de loup grillé").getId(), item("Aïoli provençal").getId()), true),
                        new FormulaSlotSpec("Dessert", Set.of(desserts), Set.of(), true)));
    }

    private Long category(String name, String description, int categoryPosition) {
        return menu.createCategory(restaurantId, new MenuCategoryCommand(name, description, categoryPosition, true))
                .getId();
    }

    private void item(Long categoryId, String name, String description, long priceCents, Set<Allergen> allergens,
            Integer prepMinutes, OptionGroupSpec... optionGroups) {
        MenuItem created = menu.createItem(restaurantId, new MenuItemCommand(categoryId, name, description, priceCents,
                allergens, true, prepMinutes, position++, List.of(optionGroups)));
        items.put(name, created);
    }

    private void formula(String name, String description, long priceCents, List<FormulaSlotSpec> slots) {
        formulas.put(name, menu.createFormula(restaurantId,
                new FormulaCommand(name, description, priceCents, true, slots)));
    }
}
