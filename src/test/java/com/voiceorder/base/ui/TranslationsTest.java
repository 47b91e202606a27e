package com.voiceorder.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.shared.domain.DomainException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The UI's French and English texts: the same keys in every bundle, and every literal key the code
 * asks for exists (a key ending with a dot is a prefix completed at run time: one key must start with it).
 */
class TranslationsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-z][a-z0-9.-]*)\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void french_and_english_bundles_have_the_same_keys_as_the_default() throws IOException {
        Set<String> defaults = bundle("translations.properties").stringPropertyNames();
        assertThat(bundle("translations_fr.properties").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(defaults);
        assertThat(bundle("translations_en.properties").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(defaults);
    }

    @Test
    void every_common_refusal_rule_is_worded() throws IOException {
        Set<String> known = bundle("translations.properties").stringPropertyNames();
        for (DomainException.Rule rule : DomainException.Rule.values()) {
            assertThat(known).as(rule.name()).contains(rule.key());
        }
    }

    @Test
    void every_literal_key_in_the_code_has_a_text() throws IOException {
        Set<String> known = bundle("translations.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    boolean found = key.endsWith(".") // a prefix completed at run time (an enum's name)
                            ? known.stream().anyMatch(k -> k.startsWith(key)) : known.contains(key);
                    if (!found) {
                        missing.add(matcher.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
