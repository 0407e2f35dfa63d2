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
 * The Welsh interface bundle is complete and as well-formed as the English one: every key, the same arguments, valid
 * MessageFormat patterns, distinct menu mnemonics, and no English left behind except a reviewed allow-list.
 */
class WelshBundleTest {

    private static final Locale WELSH = Locale.forLanguageTag("cy");
    private static final String ENGLISH_FILE = "/uk/dln/secretariat/app/messages.properties";
    private static final String WELSH_FILE = "/uk/dln/secretariat/app/messages_cy.properties";
    private static final String ALLOW_LIST = "welsh-same-as-english.txt";
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)(?:,\\s*(\\w+))?");

    private static Map<String, String> english;
    private static Map<String, String> welsh;

    @BeforeAll
    static void readBothBundles() throws IOException {
        english = read(ENGLISH_FILE);
        welsh = read(WELSH_FILE);
    }

    @Test
    void everyEnglishKeyHasANonEmptyWelshValue() {
        var missing = english.keySet().stream()
                .filter(key -> welsh.getOrDefault(key, "").isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "keys with no Welsh value");
    }

    @Test
    void theWelshBundleHasNoKeyTheEnglishOneLacks() {
        var extra = welsh.keySet().stream()
                .filter(key -> !english.containsKey(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), extra, "Welsh keys that are not in messages.properties");
    }

    @Test
    void welshKeysFollowTheEnglishOrder() {
        var englishOrder = new ArrayList<>(english.keySet());
        englishOrder.retainAll(welsh.keySet());
        assertEquals(englishOrder, new ArrayList<>(welsh.keySet()));
    }

    @Test
    void bothLanguagesUseTheSameArguments() {
        var different = new TreeMap<String, String>();
        english.forEach((key, text) -> {
            String translated = welsh.get(key);
            if (translated != null && !arguments(text).equals(arguments(translated))) {
                different.put(key, arguments(text) + " in English, " + arguments(translated) + " in Welsh");
            }
        });
        assertEquals(Map.of(), different);
    }

    @Test
    void everyWelshPatternIsAValidMessageFormatWhereTheEnglishIs() {
        var broken = new TreeMap<String, String>();
        english.forEach((key, text) -> {
            String translated = welsh.get(key);
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
        var straight = welsh.entrySet().stream()
                .filter(entry -> entry.getValue().contains("'"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), straight);
    }

    @Test
    void aWelshTextWithoutArgumentsReadsTheSameAfterFormatting() {
        var changed = new TreeMap<String, String>();
        welsh.forEach((key, text) -> {
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
    void noWelshValueIsTheEnglishOneExceptTheReviewedAllowList() throws IOException {
        Set<String> allowed = allowList();
        var untranslated = english.entrySet().stream()
                .filter(entry -> entry.getValue().equals(welsh.get(entry.getKey())))
                .filter(entry -> !allowed.contains(entry.getKey()))
                .filter(entry -> hasWords(entry.getValue()))
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), untranslated, "Welsh values still in English");
    }

    @Test
    void theAllowListNamesOnlyKeysThatAreReallyTheSame() throws IOException {
        var stale = allowList().stream()
                .filter(key -> !english.containsKey(key) || !english.get(key).equals(welsh.get(key)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), stale, "allow-list entries that are translated now, or no longer exist");
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

    private static Set<String> allowList() throws IOException {
        try (InputStream in = WelshBundleTest.class.getResourceAsStream(ALLOW_LIST)) {
            assertTrue(in != null, ALLOW_LIST + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+")[0])
                    .collect(Collectors.toCollection(TreeSet::new));
        }
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
