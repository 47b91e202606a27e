package com.voiceorder.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Postal code and city from what callers say. */
class SpokenAddressTest {

    @ParameterizedTest(name = "\"{0}\" → {1} {2}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            "12 rue de la République, 13001 Marseille | 13001 | Marseille",
            "12 rue de la République 13 001 Marseille | 13001 | Marseille",
            "3 bd Longchamp, 13004                     | 13004 | -",
            "75011 Paris                               | 75011 | Paris",
            "12 rue de la Paix, Marseille              | -     | -",
            "12345678 rue bizarre                      | -     | -",
            "12 rue de la république treize mille un Marseille | 13001 | Marseille",
            "douze avenue du Prado, treize mille huit, Marseille | 13008 | Marseille",
            "5 rue Oberkampf soixante-quinze mille onze Paris | 75011 | Paris",
            "2 place Bellecour soixante-neuf mille deux Lyon | 69002 | Lyon",
            "1 rue X quatre-vingt-quinze mille Cergy   | 95000 | Cergy",
            "7 rue Y, soixante et onze mille Mâcon     | 71000 | Mâcon"})
    void postal_code_and_city_are_read_from_digits_or_french_words(String text, String postalCode, String city) {
        SpokenAddress address = SpokenAddress.parse(text);

        assertThat(address.postalCode()).isEqualTo(postalCode);
        assertThat(address.city()).isEqualTo(city);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"treize mille un, 13001", "quatre vingt dix sept, 97", "soixante dix, 70", "quatre vingts, 80",
            "deux cent trente, 230", "soixante et onze, 71", "mille, 1000"})
    void french_numbers_are_added_up(String words, int value) {
        assertThat(SpokenAddress.valueOf(List.of(words.split(" ")))).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            "12 rue de la Paix, 13001 Marseille | 13001 Marseille",
            "12 rue de la Paix 13001            | 13001",
            "12 rue de la Paix                  | 12 rue de la Paix"})
    void the_summary_says_what_was_understood(String text, String summary) {
        assertThat(SpokenAddress.parse(text).summary()).isEqualTo(summary);
    }
}
