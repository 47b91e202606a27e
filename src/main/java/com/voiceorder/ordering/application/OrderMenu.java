package com.voiceorder.ordering.application;

import com.voiceorder.menu.domain.Formula;
import com.voiceorder.menu.domain.MenuItem;
import java.util.List;
import java.util.Optional;

/** The restaurant's menu as the order pricing reads it; only this restaurant's entries are found. */
public interface OrderMenu {

    Optional<MenuItem> item(Long itemId);

    Optional<Formula> formula(Long formulaId);

    /** Items of that category a customer can order now (available, not sold out), in menu order. */
    List<MenuItem> orderableInCategory(Long categoryId);
}
