package uk.dln.secretariat.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Welsh text as Welsh text must be, in the interface's bundle and the documents': in the English order, valid
 * MessageFormat patterns with every argument filled in, typographic apostrophes, and in the interface distinct menu
 * mnemonics. That every key is there with the same arguments, and no English is left behind except a reviewed
 * allow-list, is {@link BundleVariantsTest}'s to check, for every bundle and language alike.
 */
class WelshBundleTest {

    private static final Locale WELSH = Locale.forLanguageTag("cy");
    private static final String ENGLISH_FILE = "/uk/dln/secretariat/app/messages.properties";
    private static final String WELSH_FILE = "/uk/dln/secretariat/app/messages_cy.properties";
    private static final String DOCUMENTS_ENGLISH_FILE = "/uk/dln/secretariat/reports/reports.properties";
    private static final String DOCUMENTS_WELSH_FILE = "/uk/dln/secretariat/reports/reports_cy.properties";
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)(?:,\\s*(\\w+))?");

    /** The interface's bundle. */
    private static Map<String, String> english;
    private static Map<String, String> welsh;
    /** The interface's and the documents' bundles, each key prefixed by its bundle's name. */
    private static Map<String, String> allEnglish;
    private static Map<String, String> allWelsh;

    @BeforeAll
    static void readTheBundles() throws IOException {
        english = read(ENGLISH_FILE);
        welsh = read(WELSH_FILE);
        var documentsEnglish = read(DOCUMENTS_ENGLISH_FILE);
        var documentsWelsh = read(DOCUMENTS_WELSH_FILE);
        allEnglish = new LinkedHashMap<>();
        allWelsh = new LinkedHashMap<>();
        english.forEach((key, text) -> allEnglish.put("messages: " + key, text));
        welsh.forEach((key, text) -> allWelsh.put("messages: " + key, text));
        documentsEnglish.forEach((key, text) -> allEnglish.put("reports: " + key, text));
        documentsWelsh.forEach((key, text) -> allWelsh.put("reports: " + key, text));
    }

    @Test
    void welshKeysFollowTheEnglishOrder() {
        var englishOrder = new ArrayList<>(allEnglish.keySet());
        englishOrder.retainAll(allWelsh.keySet());
        assertEquals(englishOrder, new ArrayList<>(allWelsh.keySet()));
    }

    @Test
    void everyWelshPatternIsAValidMessageFormatWhereTheEnglishIs() {
        var broken = new TreeMap<String, String>();
        allEnglish.forEach((key, text) -> {
            String translated = allWelsh.get(key);
            if (translated == null || arguments(text).isEmpty() || !validPattern(text)) {
                return;
            }
            try {
                for (int n : new int[] {0, 1, 2, 7}) {
                    String shown = new MessageFormat(translated, WELSH).format(sampleArguments(n));
                    if (ARGUMENT.matcher(shown).find()) {
                        broken.put(key, "an argument is left unfilled (a stray apostrophe quotes it): " + shown);
                    }
                }
            } catch (IllegalArgumentException e) {
                broken.put(key, e.getMessage());
            }
        });
        assertEquals(Map.of(), broken);
    }

    @Test
    void welshApostrophesAreTypographicSoMessageFormatCannotSwallowThem() {
        // A straight ' starts quoted text in MessageFormat, and the code formats some keys that have no arguments
        // (the exceptions report passes the days to roadmaps.exception.red): "Mae'r" would be shown as "Maer".
        var straight = allWelsh.entrySet().stream()
                .filter(entry -> entry.getValue().contains("'"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), straight);
    }

    @Test
    void aWelshTextWithoutArgumentsReadsTheSameAfterFormatting() {
        var changed = new TreeMap<String, String>();
        allWelsh.forEach((key, text) -> {
            if (arguments(text).isEmpty() && validPattern(text)) {
                String shown = new MessageFormat(text, WELSH).format(sampleArguments(3));
                if (!shown.equals(text)) {
                    changed.put(key, shown);
                }
            }
        });
        assertEquals(Map.of(), changed);
    }

    @Test
    void aWelshLabelHasAMnemonicWhereTheEnglishOneDoes() {
        var different = english.keySet().stream()
                .filter(key -> hasMnemonic(english.get(key)) != hasMnemonic(welsh.getOrDefault(key, "")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), different);
    }

    @Test
    void menusAndTheirItemsHaveDistinctWelshMnemonics() {
        var groups = new TreeMap<String, List<String>>();
        for (String key : welsh.keySet()) {
            String[] parts = key.split("\\.");
            if (parts[0].equals("menu") && hasMnemonic(welsh.get(key))) {
                groups.computeIfAbsent(parts.length == 2 ? "menu bar" : parts[1], g -> new ArrayList<>()).add(key);
            }
        }
        var clashes = new TreeMap<String, String>();
        groups.forEach((group, keys) -> {
            var byLetter = keys.stream().collect(Collectors.groupingBy(key -> mnemonic(welsh.get(key))));
            byLetter.values().stream().filter(same -> same.size() > 1)
                    .forEach(same -> clashes.put(group, String.valueOf(same)));
        });
        assertTrue(groups.containsKey("menu bar"));
        assertEquals(Map.of(), clashes);
    }

    @Test
    void theWelshLocaleLoadsTheWelshBundleWithItsAccentedLetters() {
        var bundle = ResourceBundle.getBundle(Messages.BUNDLE, WELSH);
        assertEquals("Rôl", bundle.getString("directory.column.role"));
        assertTrue(bundle.getString("audit.summary.limited").contains("hŷn"), bundle.getString("audit.summary.limited"));
        assertEquals("Ysgrifenyddiaeth", bundle.getString("role.secretariat"));
    }

    private static Map<String, String> read(String resource) throws IOException {
        // Properties keeps no order, so the keys are listed in file order separately; the values come from Properties
        // so that escapes and continuation lines are read exactly as ResourceBundle reads them.
        var properties = new Properties();
        var order = new ArrayList<String>();
        try (InputStream in = WelshBundleTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is missing");
            byte[] bytes = in.readAllBytes();
            properties.load(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
            try (var lines = new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes),
                    StandardCharsets.UTF_8))) {
                lines.lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip())
                        .forEach(order::add);
            }
        }
        var values = new LinkedHashMap<String, String>();
        order.forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }

    private static Set<String> arguments(String text) {
        var found = new TreeSet<String>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(2) == null ? matcher.group(1) : matcher.group(1) + "," + matcher.group(2));
        }
        return found;
    }

    private static boolean validPattern(String text) {
        try {
            new MessageFormat(text, Locale.UK);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Object[] sampleArguments(int n) {
        var values = new Object[20];
        for (int i = 0; i < values.length; i++) {
            values[i] = n;
        }
        return values;
    }

    private static boolean hasWords(String text) {
        return text.replaceAll("\\{[^}]*}", "").codePoints().anyMatch(Character::isLetter);
    }

    private static boolean hasMnemonic(String text) {
        return text.matches("(?s).*_\\p{L}.*");
    }

    private static char mnemonic(String text) {
        return Character.toLowerCase(text.charAt(text.indexOf('_') + 1));
    }
}
