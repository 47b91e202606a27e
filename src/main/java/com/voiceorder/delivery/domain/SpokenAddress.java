package com.voiceorder.delivery.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The postal code and city read from a caller's words, for deciding without a geocoder:
 * "12 rue de la République, 13001 Marseille", "… 13 001 Marseille" or, in French words,
 * "… treize mille un Marseille". The last postal code in the text wins (house numbers come first).
 */
public record SpokenAddress(String text, String postalCode, String city) {

    private static final Pattern DIGITS = Pattern.compile("(?<![\\d-])(\\d{2}) ?(\\d{3})(?![\\d-])");
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2),
            Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6),
            Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10),
            Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("treize", 13), Map.entry("quatorze", 14),
            Map.entry("quinze", 15), Map.entry("seize", 16), Map.entry("vingt", 20), Map.entry("vingts", 20),
            Map.entry("trente", 30), Map.entry("quarante", 40), Map.entry("cinquante", 50),
            Map.entry("soixante", 60), Map.entry("cent", 100), Map.entry("cents", 100), Map.entry("mille", 1000));

    /** Reads the text; postal code and city are null when not found. */
    public static SpokenAddress parse(String text) {
        String address = text == null ? "" : text.strip();
        Matcher digits = DIGITS.matcher(address);
        int start = -1;
        int end = -1;
        String postalCode = null;
        while (digits.find()) {
            start = digits.start();
            end = digits.end();
            postalCode = digits.group(1) + digits.group(2);
        }
        if (postalCode != null) {
            return new SpokenAddress(address, postalCode, cityAfter(address.substring(end)));
        }
        return fromWords(address).orElse(new SpokenAddress(address, null, null));
    }

    /** "soixante-quinze mille onze Paris" → 75011, Paris: the last run of number words worth a postal code. */
    private static Optional<SpokenAddress> fromWords(String address) {
        List<String> tokens = List.of(plain(address).split("[\\s,;.'’-]+"));
        SpokenAddress found = null;
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && (WORDS.containsKey(tokens.get(j)) || (j > i && tokens.get(j).equals("et")))) {
                j++;
            }
            if (j > i) {
                int value = valueOf(tokens.subList(i, j));
                if (value >= 1000 && value <= 98999) {
                    String city = String.join(" ", originalWordsAfter(address, j));
                    found = new SpokenAddress(address, String.format(Locale.ROOT, "%05d", value),
                            city.isBlank() ? null : city);
                }
                i = j;
            } else {
                i++;
            }
        }
        return Optional.ofNullable(found);
    }

    /** French cardinal number words, "et" ignored: "quatre vingt dix sept" = 97, "treize mille un" = 13001. */
    static int valueOf(List<String> words) {
        int total = 0;
        int current = 0;
        String previous = null;
        for (String word : words) {
            if (word.equals("et")) {
                continue;
            }
            int value = WORDS.get(word);
            if (value == 1000) {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            } else if (value == 100) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (value == 20 && "quatre".equals(previous)) {
                current += 80 - 4;
            } else {
                current += value;
            }
            previous = word;
        }
        return total + current;
    }

    /** The words of the original text after the first {@code count} plain tokens (keeps the city's accents). */
    private static List<String> originalWordsAfter(String address, int count) {
        List<String> words = new ArrayList<>(List.of(address.split("[\\s,;.'’-]+")));
        return words.size() <= count ? List.of() : words.subList(count, words.size());
    }

    private static String cityAfter(String rest) {
        String city = rest.replaceAll("^[\\s,;.-]+|[\\s,;.-]+$", "");
        return city.isEmpty() ? null : city;
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** "13001 Marseille", or whatever part is known; the text itself when neither is. */
    public String summary() {
        if (postalCode == null) {
            return text;
        }
        return city == null ? postalCode : postalCode + " " + city;
    }
}
