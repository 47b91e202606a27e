package com.voiceorder.calls.application;

import com.voiceorder.base.application.demo.DemoRestaurantSeeder;
import com.voiceorder.calls.application.tools.CancelReservationTool;
import com.voiceorder.calls.application.tools.CheckAvailabilityTool;
import com.voiceorder.calls.application.tools.CheckDeliveryAddressTool;
import com.voiceorder.calls.application.tools.ConfirmOrderTool;
import com.voiceorder.calls.application.tools.ConfirmReservationTool;
import com.voiceorder.calls.application.tools.EndCallTool;
import com.voiceorder.calls.application.tools.TransferToStaffTool;
import com.voiceorder.calls.application.tools.FindReservationTool;
import com.voiceorder.calls.application.tools.LogNewFaqTool;
import com.voiceorder.calls.application.tools.ModifyReservationTool;
import com.voiceorder.calls.application.tools.SaveCustomerInfoTool;
import com.voiceorder.calls.infrastructure.JpaAgentToolCallRepository;
import com.voiceorder.calls.infrastructure.JpaPhoneLineRepository;
import com.voiceorder.customers.application.CallerRecognition;
import com.voiceorder.customers.application.CustomerService;
import com.voiceorder.customers.infrastructure.JpaCustomerRepository;
import com.voiceorder.menu.application.MenuService;
import com.voiceorder.menu.infrastructure.JpaFormulaRepository;
import com.voiceorder.menu.infrastructure.JpaMenuCategoryRepository;
import com.voiceorder.menu.infrastructure.JpaMenuItemRepository;
import com.voiceorder.ordering.application.CustomerOrderHistory;
import com.voiceorder.ordering.application.OrderService;
import com.voiceorder.ordering.application.OrderTakingService;
import com.voiceorder.ordering.application.OrderTimingService;
import com.voiceorder.ordering.application.OrderingConfig;
import com.voiceorder.ordering.domain.OrderPlaced;
import com.voiceorder.ordering.domain.OrderStatusChanged;
import com.voiceorder.ordering.infrastructure.JpaOrderRepository;
import com.voiceorder.reservations.application.DiningSetupService;
import com.voiceorder.reservations.application.ReservationBookingService;
import com.voiceorder.reservations.application.SeatingPlans;
import com.voiceorder.reservations.infrastructure.JpaExternalLoadRepository;
import com.voiceorder.reservations.application.ReservationService;
import com.voiceorder.reservations.domain.ReservationBooked;
import com.voiceorder.reservations.domain.ReservationRescheduled;
import com.voiceorder.reservations.domain.ReservationStatusChanged;
import com.voiceorder.reservations.infrastructure.JpaDiningRoomRepository;
import com.voiceorder.reservations.infrastructure.JpaDiningServiceRepository;
import com.voiceorder.reservations.infrastructure.JpaDiningTableRepository;
import com.voiceorder.reservations.infrastructure.JpaOfferRepository;
import com.voiceorder.reservations.infrastructure.JpaReservationRepository;
import com.voiceorder.restaurant.application.FaqService;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.domain.FaqLearned;
import com.voiceorder.restaurant.infrastructure.JpaFaqRepository;
import com.voiceorder.restaurant.infrastructure.JpaRestaurantRepository;
import com.voiceorder.shared.crypto.SecretCipher;
import com.voiceorder.testing.RecordingEvent;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/**
 * The application services, the agent's tools and the prompt builder over one EntityManager, as
 * CDI would wire them in the container (tests and benches); the ports of other capabilities are given.
 */
public record AgentServices(RestaurantService restaurants, MenuService menu, DiningSetupService dining,
        FaqService faqs, CustomerService customers, OrderService orders, ReservationService reservations,
        PhoneLineService lines, CallerRecognition recognition, ToolExecution execution, PromptBuilder prompts,
        DemoRestaurantSeeder demo, RecordingEvent<OrderPlaced> placed) {

    /** The ports another capability provides; any may be missing ({@link Port#missing()}). */
    public record Ports(Port<ReservationAvailability> availability, Port<OrderTiming> timing,
            Port<DeliveryChecks> delivery) {

        public static Ports none() {
            return new Ports(Port.missing(), Port.missing(), Port.missing());
        }
    }

    private static final SecretCipher CIPHER = new SecretCipher(SecretCipher.generateKey());

    public static AgentServices over(EntityManager em, Clock clock, Ports ports) {
        JpaRestaurantRepository restaurantRepository = new JpaRestaurantRepository(em);
        JpaDiningServiceRepository serviceRepository = new JpaDiningServiceRepository(em);
        JpaOfferRepository offerRepository = new JpaOfferRepository(em);
        JpaDiningTableRepository tableRepository = new JpaDiningTableRepository(em);
        JpaReservationRepository reservationRepository = new JpaReservationRepository(em);
        JpaOrderRepository orderRepository = new JpaOrderRepository(em);
        JpaCustomerRepository customerRepository = new JpaCustomerRepository(em);
        RestaurantService restaurants = new RestaurantService(restaurantRepository, clock);
        FaqService faqs = new FaqService(new JpaFaqRepository(em), restaurantRepository, clock);
        MenuService menu = new MenuService(new JpaMenuCategoryRepository(em), new JpaMenuItemRepository(em),
                new JpaFormulaRepository(em), restaurantRepository);
        DiningSetupService dining = new DiningSetupService(serviceRepository, offerRepository,
                new JpaDiningRoomRepository(em), tableRepository, reservationRepository);
        CustomerService customers = new CustomerService(customerRepository, restaurantRepository, clock);
        RecordingEvent<OrderPlaced> placed = new RecordingEvent<>();
        OrderService orders = new OrderService(orderRepository, placed, new RecordingEvent<OrderStatusChanged>(),
                clock);
        ReservationService reservations = new ReservationService(reservationRepository, serviceRepository,
                offerRepository, tableRepository, new RecordingEvent<ReservationBooked>(),
                new RecordingEvent<ReservationStatusChanged>(), clock);
        PhoneLineService lines = new PhoneLineService(new JpaPhoneLineRepository(em), CIPHER);
        CallerRecognition recognition = new CallerRecognition(customerRepository, restaurantRepository,
                new CustomerOrderHistory(orderRepository));
        OrderTakingService taking = new OrderTakingService(restaurants, menu, customers, orders,
                new OrderTimingService(restaurants, orderRepository, clock), new OrderingConfig(20));
        SeatingPlans plans = new SeatingPlans(restaurants, serviceRepository, tableRepository, reservationRepository,
                new JpaExternalLoadRepository(em), clock);
        ReservationBookingService bookings = new ReservationBookingService(restaurants, plans, reservations,
                customers);
        List<AgentTool> tools = List.of(
                new CheckAvailabilityTool(ports.availability(), ports.timing()),
                new CheckDeliveryAddressTool(ports.delivery(), customers, restaurants),
                new ConfirmOrderTool(taking, menu, restaurants, ports.timing()),
                new ConfirmReservationTool(bookings, dining, restaurants, ports.availability()),
                new FindReservationTool(bookings, restaurants),
                new ModifyReservationTool(reservations, dining, restaurants, ports.availability(),
                        new RecordingEvent<ReservationRescheduled>()),
                new CancelReservationTool(reservations, restaurants),
                new SaveCustomerInfoTool(customers),
                new LogNewFaqTool(faqs, new RecordingEvent<FaqLearned>()),
                new EndCallTool(),
                new TransferToStaffTool(new JpaPhoneLineRepository(em)));
        ToolExecution execution = new ToolExecution(new JpaAgentToolCallRepository(em), tools, clock);
        PromptBuilder prompts = new PromptBuilder(restaurants, menu, dining, faqs, recognition,
                new AgentToolbox(execution), clock);
        DemoRestaurantSeeder demo = new DemoRestaurantSeeder(restaurants, faqs, menu, dining, customers, orders,
                orderRepository, reservations, lines, clock);
        return new AgentServices(restaurants, menu, dining, faqs, customers, orders, reservations, lines, recognition,
                execution, prompts, demo, placed);
    }
}
