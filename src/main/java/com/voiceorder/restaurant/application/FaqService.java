package com.voiceorder.restaurant.application;

import com.voiceorder.restaurant.domain.Faq;
import com.voiceorder.restaurant.domain.FaqRepository;
import com.voiceorder.restaurant.domain.RestaurantRepository;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/** The restaurant's FAQ: written by staff, or learned by the phone agent and approved by staff. */
@ApplicationScoped
@Transactional
public class FaqService {

    private static final Logger LOG = Logger.getLogger(FaqService.class.getName());

    private final FaqRepository faqs;
    private final RestaurantRepository restaurants;
    private final Clock clock;

    @Inject
    public FaqService(FaqRepository faqs, RestaurantRepository restaurants, Clock clock) {
        this.faqs = faqs;
        this.restaurants = restaurants;
        this.clock = clock;
    }

    /** For CDI proxies. */
    protected FaqService() {
        this(null, null, null);
    }

    /** Oldest first; approvedOnly gives what the phone agent may say. */
    public List<FaqView> list(Long restaurantId, boolean approvedOnly) {
        ensureRestaurant(restaurantId);
        return faqs.findByRestaurant(restaurantId, approvedOnly).stream().map(FaqView::of).toList();
    }

    /** Oldest first: all entries when approved is null, else only the approved ones or only those awaiting approval. */
    public List<FaqView> listByApproval(Long restaurantId, Boolean approved) {
        if (approved == null || approved) {
            return list(restaurantId, approved != null);
        }
        return list(restaurantId, false).stream().filter(faq -> !faq.approved()).toList();
    }

    public Faq get(Long restaurantId, Long faqId) {
        return faqs.findById(restaurantId, faqId).orElseThrow(() -> new NotFoundException("FAQ", faqId));
    }

    /** Written by staff: approved at once. */
    public Faq create(Long restaurantId, FaqCommand command) {
        ensureRestaurant(restaurantId);
        return faqs.add(Faq.writtenByStaff(restaurantId, command.question(), command.answer(), clock.instant()));
    }

    /** A question the phone agent could not answer during a call; waits for staff. */
    public Faq learnFromCall(Long restaurantId, Long callId, String question, String answer) {
        ensureRestaurant(restaurantId);
        Faq faq = faqs.add(Faq.learnedFromCall(restaurantId, callId, question, answer, clock.instant()));
        LOG.info(() -> "Restaurant " + restaurantId + ": FAQ " + faq.getId() + " learned from call " + callId);
        return faq;
    }

    public Faq update(Long restaurantId, Long faqId, FaqCommand command) {
        Faq faq = get(restaurantId, faqId);
        faq.edit(command.question(), command.answer());
        return faq;
    }

    public Faq approve(Long restaurantId, Long faqId) {
        Faq faq = get(restaurantId, faqId);
        faq.approve();
        return faq;
    }

    public void delete(Long restaurantId, Long faqId) {
        faqs.remove(get(restaurantId, faqId));
    }

    private void ensureRestaurant(Long restaurantId) {
        if (!restaurants.exists(restaurantId)) {
            throw new NotFoundException("Restaurant", restaurantId);
        }
    }
}
