package uk.dln.secretariat.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.reports.ReportTexts;

/**
 * Every key the code uses is in the interface's bundle or, for a document's words, in the reports module's own bundle;
 * and every key in the interface's bundle is used. Keys appear in the code as string literals (enums pass theirs to
 * their constructors), so scanning the sources of every module finds them all; the documents' export steps, named
 * in {@code reports}, are shown in the window's progress, so the interface keeps their keys too.
 */
class MessagesBundleTest {

    private static final List<String> MODULES = List.of("model", "persistence", "reports", "app");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    /** Read by the command-line library by its own naming convention, not by our code. */
    private static final Set<String> LIBRARY_KEYS = Set.of("usage.synopsisHeading", "usage.optionListHeading",
            "usage.commandListHeading", "help", "version");

    private static Set<String> bundleKeys;
    private static Set<String> documentKeys;
    private static Set<String> literals;

    @BeforeAll
    static void readBundleAndSources() throws IOException {
        var properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/uk/dln/secretariat/app/messages.properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        bundleKeys = properties.stringPropertyNames();
        documentKeys = ResourceBundle.getBundle(ReportTexts.BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet();
        literals = new HashSet<>();
        Path root = Path.of("").toAbsolutePath().getParent();
        for (String module : MODULES) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    var matcher = LITERAL.matcher(Files.readString(file));
                    while (matcher.find()) {
                        literals.add(matcher.group(1));
                    }
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundle() {
        Set<String> prefixes = bundleKeys.stream().map(k -> k.split("\\.")[0]).collect(Collectors.toSet());
        var missing = literals.stream()
                .filter(literal -> prefixes.contains(literal.split("\\.")[0]))
                .filter(literal -> !bundleKeys.contains(literal) && !documentKeys.contains(literal))
                .filter(literal -> !literal.endsWith(".properties") && !literal.endsWith(".css"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "keys used in code but missing from messages.properties and reports.properties");
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        var unused = bundleKeys.stream()
                .filter(key -> !literals.contains(key) && !LIBRARY_KEYS.contains(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unused, "keys in messages.properties that no code uses");
    }

    @Test
    void everyPatternIsAValidMessageFormat() {
        for (String key : bundleKeys) {
            String text = Messages.get(key, 1, 2, 3, 4);
            assertTrue(!text.isEmpty(), key);
        }
    }
}
