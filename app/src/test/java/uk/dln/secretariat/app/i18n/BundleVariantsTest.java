package uk.dln.secretariat.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundle there is (the interface's and the documents'), in every language it has been translated into: each
 * translation has every key of the English, none empty and none extra, with the same placeholders of the same kinds;
 * and a Welsh text that reads exactly as the English either has its key in the reviewed allow-list, with the reason
 * (Agenda is Welsh too), or has nothing to translate (only placeholders and punctuation). The one place these rules
 * are checked; {@link WelshBundleTest} checks what is particular to Welsh text (apostrophes, mnemonics).
 */
class BundleVariantsTest {

    /** The base name of each bundle on the class path. */
    private static final List<String> BUNDLES = List.of("uk/dln/secretariat/app/messages",
            "uk/dln/secretariat/reports/reports");
    private static final String ALLOW_LIST = "welsh-same-as-english.txt";
    /**
     * A placeholder with its kind, if any: {0} and {0,date} are not the same placeholder. A choice is not a kind but
     * how a language words its plurals, which Welsh does not need after a number ("3 diwrnod"): {0,choice,...} in
     * English may be {0} in Welsh.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:,\\s*(\\w+))?");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    record Variant(String bundle, String language) {
        @Override
        public String toString() {
            return bundle.substring(bundle.lastIndexOf('/') + 1) + "_" + language;
        }
    }

    /** Every translation found on the class path, whatever its language. */
    static Stream<Variant> variants() {
        var found = new ArrayList<Variant>();
        Set<String> languages = Stream.of(Locale.getAvailableLocales()).map(Locale::getLanguage)
                .filter(l -> !l.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        for (String bundle : BUNDLES) {
            for (String language : languages) {
                if (BundleVariantsTest.class.getResource("/" + bundle + "_" + language + ".properties") != null) {
                    found.add(new Variant(bundle, language));
                }
            }
        }
        return found.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyTranslationHasEveryKeyFilledAndNoOthers(Variant variant) throws IOException {
        Properties english = load(variant.bundle() + ".properties");
        Properties translated = load(variant.bundle() + "_" + variant.language() + ".properties");
        var missing = english.stringPropertyNames().stream()
                .filter(key -> translated.getProperty(key, "").isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
        var extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), missing, variant + ": keys missing or empty");
        assertEquals(Set.of(), extra, variant + ": keys the English no longer has");
    }

    /** Two branches adding one key each make it twice, and the file's second silently wins over the first. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyBundleNamesEachKeyOnce(Variant variant) throws IOException {
        for (String resource : List.of(variant.bundle() + ".properties",
                variant.bundle() + "_" + variant.language() + ".properties")) {
            var twice = new TreeSet<String>();
            var properties = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (containsKey(key)) {
                        twice.add(String.valueOf(key));
                    }
                    return super.put(key, value);
                }
            };
            try (InputStream in = BundleVariantsTest.class.getResourceAsStream("/" + resource)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertEquals(Set.of(), twice, resource + ": keys given more than once");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyTranslationFillsInTheSamePlaceholders(Variant variant) throws IOException {
        Properties english = load(variant.bundle() + ".properties");
        Properties translated = load(variant.bundle() + "_" + variant.language() + ".properties");
        var differing = new TreeSet<String>();
        for (String key : translated.stringPropertyNames()) {
            if (english.containsKey(key)
                    && !placeholders(english.getProperty(key)).equals(placeholders(translated.getProperty(key)))) {
                differing.add(key);
            }
        }
        assertEquals(Set.of(), differing, variant + ": placeholders differ from the English");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void noWelshTextIsTheEnglishLeftUntranslated(Variant variant) throws IOException {
        if (!variant.language().equals("cy")) {
            return;
        }
        Properties english = load(variant.bundle() + ".properties");
        Properties welsh = load(variant.bundle() + "_cy.properties");
        Set<String> allowed = allowList();
        var same = welsh.stringPropertyNames().stream()
                .filter(key -> welsh.getProperty(key).equals(english.getProperty(key)))
                .filter(key -> !allowed.contains(key))
                .filter(key -> WORD.matcher(english.getProperty(key).replaceAll("\\{[^}]*}", "")).find())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), same, variant + ": Welsh identical to English and not on " + ALLOW_LIST);
    }

    @Test
    void theAllowListNamesOnlyKeysWhoseWelshReallyIsTheEnglish() throws IOException {
        var stale = new TreeSet<>(allowList());
        for (Variant variant : variants().filter(v -> v.language().equals("cy")).toList()) {
            Properties english = load(variant.bundle() + ".properties");
            Properties welsh = load(variant.bundle() + "_cy.properties");
            stale.removeIf(key -> english.containsKey(key) && english.getProperty(key).equals(welsh.getProperty(key)));
        }
        assertEquals(Set.of(), stale, "allow-list entries that are translated now, or no longer exist");
    }

    private static Set<String> placeholders(String pattern) {
        var found = new TreeSet<String>();
        var matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            String kind = matcher.group(2);
            found.add(kind == null || kind.equals("choice") ? matcher.group(1) : matcher.group(1) + "," + kind);
        }
        return found;
    }

    /** Keys of the allow-list, without the comments (after {@code #}) that say why each may stay as it is. */
    private static Set<String> allowList() throws IOException {
        try (InputStream in = BundleVariantsTest.class.getResourceAsStream(ALLOW_LIST)) {
            var values = new HashSet<String>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String value = line.replaceFirst("\\s*#.*$", "").strip();
                if (!line.isBlank() && !line.startsWith("#")) {
                    values.add(value);
                }
            }
            return values;
        }
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (InputStream in = BundleVariantsTest.class.getResourceAsStream("/" + resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
