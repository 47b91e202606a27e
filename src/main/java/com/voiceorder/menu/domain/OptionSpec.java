package com.voiceorder.menu.domain;

/** The wanted state of one option; id null for a new option, else the id of an existing one of the same group. */
public record OptionSpec(Long id, String name, long priceDeltaCents, boolean available) {

    public static OptionSpec of(String name, long priceDeltaCents) {
        return new OptionSpec(null, name, priceDeltaCents, true);
    }
}
