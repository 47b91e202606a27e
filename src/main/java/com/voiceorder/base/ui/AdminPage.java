package com.voiceorder.base.ui;

/**
 * A page for administrators only: the {@link AccessGuard} answers "not found" to owners and staff,
 * exactly as for a page that does not exist. Holds the admin pages' routes for the side menu.
 */
public interface AdminPage {

    String RESTAURANTS = "admin/restaurants";
    String LINES = "admin/lines";
    String ASSISTANTS = "admin/assistants";
}
