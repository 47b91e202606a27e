package com.voiceorder.menu.application;

/** A menu category as edited by staff. */
public record MenuCategoryCommand(String name, String description, int position, boolean active) {
}
