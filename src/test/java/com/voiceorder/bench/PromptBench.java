package com.voiceorder.bench;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.voiceorder.base.application.demo.DemoRestaurantSeeder;
import com.voiceorder.calls.application.AgentBriefing;
import com.voiceorder.calls.application.AgentServices;
import com.voiceorder.menu.application.MenuCategoryCommand;
import com.voiceorder.menu.application.MenuItemCommand;
import com.voiceorder.menu.domain.Allergen;
import com.voiceorder.menu.domain.OptionGroupSpec;
import com.voiceorder.menu.domain.OptionSpec;
import com.voiceorder.restaurant.application.RestaurantCommand;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How big the agent's instructions are (o200k_base tokens, as gpt-realtime counts them) and how
 * long building them takes, for the demo restaurant and a generated 200-item menu. Each build runs
 * in its own transaction over a fresh EntityManager, as a call does. Args: [h2|postgres] [iterations].
 */
public final class PromptBench {

    private static final Instant WEDNESDAY_LUNCH = Instant.parse("2026-06-10T10:30:00Z");
    private static final Clock CLOCK = Clock.fixed(WEDNESDAY_LUNCH, ZoneOffset.UTC);
    private static final int ITEMS = 200;
    private static final int CATEGORIES = 10;

    private PromptBench() {
    }

    public static void main(String[] args) {
        DatabaseKind kind = args.length > 0 && args[0].equalsIgnoreCase("postgres")
                ? DatabaseKind.POSTGRES : DatabaseKind.H2;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Encoding tokens = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
        try (TestDatabase db = kind == DatabaseKind.POSTGRES ? TestDatabase.pooledPostgres() : TestDatabase.create(kind)) {
            long demo = db.inTransaction((EntityManager em) -> services(em).demo().seedIfEmpty().orElseThrow());
            long big = db.inTransaction((EntityManager em) -> bigRestaurant(services(em)));
            System.out.println("| restaurant (" + kind + ", " + iterations + " builds) | characters | tokens "
                    + "(o200k_base) | tool schemas tokens | build p50 (ms) | build p99 (ms) |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            row(db, tokens, "demo (Chez Mireille, known caller)", demo, "0612345678", iterations);
            row(db, tokens, "generated " + ITEMS + " items, " + CATEGORIES + " categories", big, "anonymous",
                    iterations);
        }
    }

    private static AgentServices services(EntityManager em) {
        return AgentServices.over(em, CLOCK, AgentServices.Ports.none());
    }

    private static void row(TestDatabase db, Encoding tokens, String label, long restaurantId, String caller,
            int iterations) {
        AgentBriefing briefing = build(db, restaurantId, caller);
        int toolTokens = briefing.tools().stream().mapToInt(tool -> tokens.countTokens(tool.toJson().toString())).sum();
        for (int i = 0; i < Math.max(20, iterations / 5); i++) {
            build(db, restaurantId, caller);
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            build(db, restaurantId, caller);
            nanos[i] = System.nanoTime() - start;
        }
        System.out.printf("| %s | %d | %d | %d | %.2f | %.2f |%n", label, briefing.instructions().length(),
                tokens.countTokens(briefing.instructions()), toolTokens, Percentiles.millis(nanos, 50),
                Percentiles.millis(nanos, 99));
    }

    private static AgentBriefing build(TestDatabase db, long restaurantId, String caller) {
        return db.inTransaction((EntityManager em) -> {
            AgentServices services = services(em);
            return services.lines().list(restaurantId).stream().findFirst()
                    .map(line -> services.prompts().brief(line, caller))
                    .orElseGet(() -> services.prompts().brief(restaurantId, caller));
        });
    }


    /** A restaurant with 200 items in 10 categories, a third with options, all with allergens. */
    private static long bigRestaurant(AgentServices services) {
        long id = services.restaurants().create(new RestaurantCommand("Grande Brasserie", "grande-brasserie",
                "1 place Bellecour", "69002", "Lyon", "FR", null, null, "+33478000000", null, "Europe/Paris", "fr",
                "EUR")).getId();
        Allergen[] allergens = Allergen.values();
        for (int c = 0; c < CATEGORIES; c++) {
            long category = services.menu().createCategory(id, new MenuCategoryCommand("Catégorie " + (c + 1),
                    null, c, true)).getId();
            for (int i = 0; i < ITEMS / CATEGORIES; i++) {
                int n = c * (ITEMS / CATEGORIES) + i;
                List<OptionGroupSpec> options = new ArrayList<>();
                if (n % 3 == 0) {
                    options.add(OptionGroupSpec.of("Taille", 1, 1, OptionSpec.of("Normale", 0),
                            OptionSpec.of("Grande", 300)));
                }
                services.menu().createItem(id, new MenuItemCommand(category, "Plat maison n°" + (n + 1),
                        "Préparé le jour même avec des produits frais de saison", 900 + 50L * (n % 30),
                        Set.of(allergens[n % allergens.length], allergens[(n + 3) % allergens.length]), true, 15, i,
                        options));
            }
        }
        return id;
    }
}
