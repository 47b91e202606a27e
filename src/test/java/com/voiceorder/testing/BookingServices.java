package com.voiceorder.testing;

import com.voiceorder.availability.application.AvailabilityService;
import com.voiceorder.customers.application.CustomerService;
import com.voiceorder.customers.infrastructure.JpaCustomerRepository;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.ReservationBookingService;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.application.SeatingPlans;
import com.voiceorder.reservations.domain.ReservationBooked;
import com.voiceorder.reservations.domain.ReservationStatusChanged;
import com.voiceorder.reservations.infrastructure.JpaDiningRoomRepository;
import com.voiceorder.reservations.infrastructure.JpaDiningServiceRepository;
import com.voiceorder.reservations.infrastructure.JpaDiningTableRepository;
import com.voiceorder.reservations.infrastructure.JpaExternalLoadRepository;
import com.voiceorder.reservations.infrastructure.JpaOfferRepository;
import com.voiceorder.reservations.infrastructure.JpaReservationRepository;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.infrastructure.JpaRestaurantRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/**
 * The reservation and availability services wired over one EntityManager, as CDI wires them in
 * the server, for tests and benchmarks outside the container.
 */
public record BookingServices(RestaurantService restaurants, DiningSetupService setup, ReservationService reservations,
                              ReservationBookingService booking, AvailabilityService availability,
                              JpaExternalLoadRepository externalLoads) {

    public static BookingServices over(EntityManager em, Clock clock) {
        JpaRestaurantRepository restaurantRepository = new JpaRestaurantRepository(em);
        JpaReservationRepository reservationRepository = new JpaReservationRepository(em);
        JpaDiningServiceRepository serviceRepository = new JpaDiningServiceRepository(em);
        JpaOfferRepository offerRepository = new JpaOfferRepository(em);
        JpaDiningTableRepository tableRepository = new JpaDiningTableRepository(em);
        JpaExternalLoadRepository loadRepository = new JpaExternalLoadRepository(em);
        RestaurantService restaurants = new RestaurantService(restaurantRepository, clock);
        DiningSetupService setup = new DiningSetupService(serviceRepository, offerRepository,
                new JpaDiningRoomRepository(em), tableRepository, reservationRepository);
        ReservationService reservations = new ReservationService(reservationRepository, serviceRepository,
                offerRepository, tableRepository, new RecordingEvent<ReservationBooked>(),
                new RecordingEvent<ReservationStatusChanged>(), clock);
        SeatingPlans plans = new SeatingPlans(restaurants, serviceRepository, tableRepository, reservationRepository,
                loadRepository, clock);
        ReservationBookingService booking = new ReservationBookingService(restaurants, plans, reservations,
                new CustomerService(new JpaCustomerRepository(em), restaurantRepository, clock));
        return new BookingServices(restaurants, setup, reservations, booking, new AvailabilityService(plans, setup),
                loadRepository);
    }
}
