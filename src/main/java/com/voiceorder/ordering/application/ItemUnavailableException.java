package com.voiceorder.ordering.application;

import com.voiceorder.shared.domain.DomainException;
import java.util.List;

/**
 * An ordered item is sold out or off the menu (400). Carries orderable items of the same category
 * (or, in a formula, allowed in the same course) so the agent can propose them; the message lists them too.
 */
public class ItemUnavailableException extends DomainException {

    private final transient List<MenuAlternative> alternatives;

    public ItemUnavailableException(String field, String message, List<MenuAlternative> alternatives) {
        super(field, message);
        this.alternatives = List.copyOf(alternatives);
    }

    public List<MenuAlternative> alternatives() {
        return alternatives;
    }
}
