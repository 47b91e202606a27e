package com.voiceorder.calls.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.voiceorder.base.application.demo.DemoRestaurantSeeder;
import com.voiceorder.calls.domain.AssistantSettings;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.calls.domain.TurnDetection;
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

/** The agent's instructions for the demo restaurant, read back from H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class PromptBuilderTest {

    /** Wednesday 10 June 2026, 12:30 in Paris: open for lunch. */
    private static final Instant WEDNESDAY_LUNCH = Instant.parse("2026-06-10T10:30:00Z");
    /** Monday 8 June 2026, 12:30 in Paris: closed on Mondays. */
    private static final Instant MONDAY_LUNCH = Instant.parse("2026-06-08T10:30:00Z");
    static final int DEMO_TOKEN_BUDGET = 6_000;

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
        with(WEDNESDAY_LUNCH, services -> services.demo().seedIfEmpty().orElseThrow());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T with(Instant now, Function<AgentServices, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(
                AgentServices.over(em, Clock.fixed(now, ZoneOffset.UTC), AgentServices.Ports.none())));
    }

    private AgentBriefing brief(Instant now, String caller) {
        return with(now, services -> services.prompts().brief(
                services.lines().findByNumber(DemoRestaurantSeeder.DEMO_LINE_NUMBER).orElseThrow(), caller));
    }

    @Test
    void instructions_give_the_restaurant_the_time_the_menu_and_the_rules_in_french() {
        String prompt = brief(WEDNESDAY_LUNCH, "anonymous").instructions();

        assertThat(prompt).contains("Chez Mireille", "12 quai du Port", "mercredi 10 juin 2026", "12:30",
                "Le restaurant est ouvert en ce moment.");
        assertThat(prompt).contains("- Margherita 11,00 €", "(allergènes: Gluten, Lait)", "Taille (1 au choix): Normale (31 cm), "
                + "Grande (40 cm) +4,00 €", "Suppléments (0-3 au choix)");
        assertThat(prompt).containsPattern("Pieds paquets à la marseillaise [^\\n]*\\[ÉPUISÉ]");
        assertThat(prompt).contains("## Formules", "Formule midi", "## Services (réservations)", "Dîner",
                "19:00–22:00", "## Livraison", "13007 4,50 € (minimum 25,00 €)", "Y a-t-il un parking",
                "Fermetures exceptionnelles");
        assertThat(prompt).contains("récapitule", "N'invente jamais", "allergies", "Une seule question à la fois",
                "end_call");
        assertThat(prompt).contains("Numéro masqué");
        assertThat(prompt).doesNotContain("{\"", "null");
    }

    @Test
    void a_known_caller_is_greeted_with_their_address_and_allergies() {
        AgentBriefing briefing = brief(WEDNESDAY_LUNCH, "0698765432");

        assertThat(briefing.customer()).isNotNull();
        assertThat(briefing.customer().firstName()).isEqualTo("Sophie");
        assertThat(briefing.caller()).isEqualTo("+33698765432");
        assertThat(briefing.instructions()).contains("Client connu : Sophie Martin", "Fruits à coque",
                "15 rue Paradis", "Salue-le par son prénom");
    }

    @Test
    void an_unknown_caller_is_named_by_number_and_a_closed_day_says_closed() {
        String prompt = brief(MONDAY_LUNCH, "+44 20 7946 0000").instructions();

        assertThat(prompt).contains("Appelant inconnu (+442079460000)", "Le restaurant est fermé en ce moment.",
                "lun. fermé");
    }

    @Test
    void a_line_set_to_english_gets_english_instructions() {
        String prompt = with(WEDNESDAY_LUNCH, services -> {
            PhoneLine line = services.lines().findByNumber(DemoRestaurantSeeder.DEMO_LINE_NUMBER).orElseThrow();
            line.configureAssistant(new AssistantSettings("en", null, "Always mention the terrace.", "Hello!",
                    TurnDetection.SERVER_VAD, null, null, null));
            return services.prompts().brief(line, null).instructions();
        });

        assertThat(prompt).contains("You are the voice assistant of the restaurant Chez Mireille",
                "Wednesday 10 June 2026", "Never invent", "Menu (prices incl. VAT)", "Always mention the terrace.",
                "Hello!");
    }

    @Test
    void the_tools_come_with_the_instructions_and_the_demo_prompt_fits_its_token_budget() {
        AgentBriefing briefing = brief(WEDNESDAY_LUNCH, "0612345678");
        Encoding encoding = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

        assertThat(briefing.tools()).extracting(ToolDefinition::name).containsExactlyInAnyOrder("check_availability",
                "check_delivery_address", "confirm_order", "confirm_reservation", "find_reservation",
                "modify_reservation", "cancel_reservation", "save_customer_info", "log_new_faq", "end_call",
                "transfer_to_staff");
        assertThat(encoding.countTokens(briefing.instructions())).isBetween(500, DEMO_TOKEN_BUDGET);
        assertThat(briefing.instructions()).contains("échoues deux fois sur la même demande",
                "appelle transfer_to_staff", "Je vous passe un membre de l'équipe");
    }

    @Test
    void a_line_without_a_staff_number_has_neither_the_transfer_tool_nor_its_rule() {
        AgentBriefing briefing = with(WEDNESDAY_LUNCH, services -> {
            PhoneLine line = services.lines().findByNumber(DemoRestaurantSeeder.DEMO_LINE_NUMBER).orElseThrow();
            line.transferStaffTo(null);
            return services.prompts().brief(line, null);
        });

        assertThat(briefing.tools()).extracting(ToolDefinition::name).contains("end_call")
                .doesNotContain("transfer_to_staff");
        assertThat(briefing.instructions()).doesNotContain("transfer_to_staff");
    }
}
