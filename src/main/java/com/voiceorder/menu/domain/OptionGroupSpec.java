package com.voiceorder.menu.domain;

import java.util.List;

/**
 * The wanted state of one option group; id null for a new group, else the id of an existing
 * group of the same item (its options keep their ids when given, so past orders still point to them).
 */
public record OptionGroupSpec(Long id, String name, int minChoices, int maxChoices, List<OptionSpec> options) {

    public OptionGroupSpec {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static OptionGroupSpec of(String name, int minChoices, int maxChoices, OptionSpec... options) {
        return new OptionGroupSpec(null, name, minChoices, maxChoices, List.of(options));
    }
}
