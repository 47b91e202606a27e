package com.voiceorder.calls.application.tools;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Matches what the caller said against known names, ignoring case, accents and punctuation; suggests close ones. */
final class CloseNames {

    private static final int MAX_SUGGESTIONS = 3;

    private CloseNames() {
    }

    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** The name equal to the text once normalised. */
    static Optional<String> exact(String text, Collection<String> names) {
        String wanted = normalise(text);
        return names.stream().filter(name -> normalise(name).equals(wanted)).findFirst();
    }

    /** Up to three names close to the text: containing it or contained in it, or a few letters away. */
    static List<String> closeTo(String text, Collection<String> names) {
        String wanted = normalise(text);
        return names.stream()
                .filter(name -> score(wanted, normalise(name)) < Integer.MAX_VALUE)
                .sorted(Comparator.comparingInt(name -> score(wanted, normalise(name))))
                .distinct()
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    private static int score(String wanted, String name) {
        if (wanted.isEmpty() || name.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        if (name.contains(wanted) || wanted.contains(name)) {
            return Math.abs(name.length() - wanted.length()) / 4;
        }
        int distance = distance(wanted, name);
        boolean sharesAWord = List.of(wanted.split(" ")).stream()
                .anyMatch(word -> word.length() > 3 && name.contains(word));
        if (distance <= Math.max(2, wanted.length() / 3)) {
            return distance;
        }
        return sharesAWord ? 10 + distance : Integer.MAX_VALUE;
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
