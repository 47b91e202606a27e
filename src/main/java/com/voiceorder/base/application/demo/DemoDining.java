package com.voiceorder.base.application.demo;

import com.voiceorder.reservations.application.DiningRoomCommand;
import com.voiceorder.reservations.application.DiningServiceCommand;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.DiningTableCommand;
import com.voiceorder.reservations.application.OfferCommand;
import com.voiceorder.reservations.domain.ServiceKind;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * How the demo restaurant takes bookings: lunch and dinner from Tuesday to Sunday, a room and a
 * terrace with twelve tables (some combinable by pairs), and two offers. Created through
 * {@link DiningSetupService}; keeps the ids reservations need.
 */
final class DemoDining {

    static final Set<DayOfWeek> TUESDAY_TO_SUNDAY = EnumSet.complementOf(EnumSet.of(DayOfWeek.MONDAY));

    private final DiningSetupService setup;
    private final Long restaurantId;
    private final Map<String, Long> tablesByLabel = new HashMap<>();
    private Long lunch;
    private Long dinner;
    private Long salle;
    private Long terrasse;
    private Long weekdayLunchOffer;
    private Long bouillabaisseOffer;

    private DemoDining(DiningSetupService setup, Long restaurantId) {
        this.setup = setup;
        this.restaurantId = restaurantId;
    }

    static DemoDining create(DiningSetupService setup, Long restaurantId, Long lunchFormulaId) {
        DemoDining dining = new DemoDining(setup, restaurantId);
        dining.createServices();
        dining.createRoomsAndTables();
        dining.createOffers(lunchFormulaId);
        return dining;
    }

    private void createServices() {
        lunch = setup.createService(restaurantId, new DiningServiceCommand("Déjeuner", ServiceKind.LUNCH,
                TUESDAY_TO_SUNDAY, LocalTime.of(12, 0), LocalTime.of(13, 45), 15, 50, 14, 105,
                Map.of(2, 75, 4, 90, 6, 105), null, true)).getId();
        dinner = setup.createService(restaurantId, new DiningServiceCommand("Dîner", ServiceKind.DINNER,
                TUESDAY_TO_SUNDAY, LocalTime.of(19, 0), LocalTime.of(22, 0), 15, 56, 16, 150,
                Map.of(2, 105, 4, 120, 6, 135), null, true)).getId();
    }

    private void createRoomsAndTables() {
        salle = setup.createRoom(restaurantId, new DiningRoomCommand("Salle", 0, true)).getId();
        terrasse = setup.createRoom(restaurantId, new DiningRoomCommand("Terrasse", 1, true)).getId();
        table(salle, "S1", 1, 2);
        table(salle, "S2", 1, 2, "S1");
        table(salle, "S3", 2, 4);
        table(salle, "S4", 2, 4, "S3");
        table(salle, "S5", 4, 6);
        table(salle, "S6", 6, 8);
        table(terrasse, "T1", 1, 2);
        table(terrasse, "T2", 1, 2, "T1");
        table(terrasse, "T3", 2, 4);
        table(terrasse, "T4", 2, 4);
        table(terrasse, "T5", 4, 6);
        table(terrasse, "T6", 4, 6, "T5");
    }

    /** A table; combinable with earlier tables given by label (the service mirrors the pairing). */
    private void table(Long roomId, String label, int minCovers, int maxCovers, String... combinableWith) {
        Set<Long> partners = new HashSet<>();
        for (String partner : combinableWith) {
            partners.add(table(partner));
        }
        tablesByLabel.put(label, setup.createTable(restaurantId,
                new DiningTableCommand(roomId, label, minCovers, maxCovers, partners, true)).getId());
    }

    private void createOffers(Long lunchFormulaId) {
        weekdayLunchOffer = setup.createOffer(restaurantId, new OfferCommand("Menu du midi en semaine",
                "La formule midi (entrée + plat ou plat + dessert) à 18,90 €, du mardi au vendredi au déjeuner",
                null, null, EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), Set.of(lunch), 1, 8,
                lunchFormulaId, true)).getId();
        bouillabaisseOffer = setup.createOffer(restaurantId, new OfferCommand("Soirée bouillabaisse",
                "Le vendredi soir, bouillabaisse du Vieux-Port servie en deux temps, de 2 à 6 personnes, "
                        + "à réserver la veille", null, null, EnumSet.of(DayOfWeek.FRIDAY), Set.of(dinner), 2, 6,
                null, true)).getId();
    }

    Long lunch() {
        return lunch;
    }

    Long dinner() {
        return dinner;
    }

    Long salle() {
        return salle;
    }

    Long terrasse() {
        return terrasse;
    }

    Long weekdayLunchOffer() {
        return weekdayLunchOffer;
    }

    Long bouillabaisseOffer() {
        return bouillabaisseOffer;
    }

    Long table(String label) {
        Long id = tablesByLabel.get(label);
        if (id == null) {
            throw new NoSuchElementException("No demo table " + label);
        }
        return id;
    }
}
