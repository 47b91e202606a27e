package com.voiceorder.menu.domain;

import java.util.List;

/** Replaces the children of a JPA collection with removes and adds only, so orphan removal sees exactly the dropped ones. */
final class ChildList {

    private ChildList() {
    }

    static <T> void replace(List<T> managed, List<T> wanted) {
        for (T child : List.copyOf(managed)) {
            if (!wanted.contains(child)) {
                managed.remove(child);
            }
        }
        for (T child : wanted) {
            if (!managed.contains(child)) {
                managed.add(child);
            }
        }
    }
}
