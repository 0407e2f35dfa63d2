package uk.dln.secretariat.app.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.dln.secretariat.reports.accessibility.Contrast;

/**
 * The stylesheet's colours, read from the file: every text colour reads on its rule's own ground (its innermost
 * background layer), or, where the rule sets none, on the window's white and pale blue grounds, at 4.5:1; every focus
 * style has a layer that stands out from those grounds at 3:1.
 */
class StylesheetContrastTest {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("([-a-z0-9]+)\\s*:\\s*([^;]+);?");
    private static final List<String> PAGE_GROUNDS = List.of("-govuk-white", "-govuk-background");

    @Test
    void everyTextAndFocusColourOfTheStylesheetHasEnoughContrast() throws IOException {
        assertEquals(List.of(), problems(stylesheet()));
    }

    @Test
    void theCheckReadsTheStylesheetsOwnColours() throws IOException {
        Map<String, String> colours = lookedUp(stylesheet());
        assertEquals("0b0c0c", colours.get("-govuk-black"));
        assertTrue(colours.size() >= 10, colours.toString());
    }

    @Test
    void paleGreyTextAndAYellowOnlyFocusRingAreFound() {
        String css = ".root { -govuk-white: #ffffff; -govuk-background: #f4f8fb; -govuk-yellow: #ffdd00; }\n"
                + ".hint { -fx-text-fill: #b1b4b6; }\n"
                + ".button:focused { -fx-background-color: -govuk-yellow, -govuk-white; -fx-text-fill: #0b0c0c; }\n";
        assertEquals(List.of(
                ".hint: text #b1b4b6 on #ffffff is 2.1:1, below 4.5:1",
                ".hint: text #b1b4b6 on #f4f8fb is 2.0:1, below 4.5:1",
                ".button:focused: no focus layer stands out at 3:1 from #ffffff",
                ".button:focused: no focus layer stands out at 3:1 from #f4f8fb"), problems(css));
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = Objects.requireNonNull(StylesheetContrastTest.class.getResourceAsStream(
                "/uk/dln/secretariat/app/secretariat.css"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> problems(String css) {
        Map<String, String> colours = lookedUp(css);
        var problems = new ArrayList<String>();
        Matcher rules = RULE.matcher(withoutComments(css));
        while (rules.find()) {
            String selector = rules.group(1).strip().replaceAll("\\s+", " ");
            Map<String, String> declarations = declarations(rules.group(2));
            List<String> layers = new ArrayList<>();
            if (declarations.containsKey("-fx-background-color")) {
                for (String layer : declarations.get("-fx-background-color").split(",")) {
                    resolve(layer.strip(), colours).ifPresent(layers::add);
                }
            }
            List<String> pageGrounds = PAGE_GROUNDS.stream().map(g -> resolve(g, colours)).flatMap(Optional::stream)
                    .toList();
            Optional<String> text = declarations.containsKey("-fx-text-fill")
                    ? resolve(declarations.get("-fx-text-fill"), colours) : Optional.empty();
            if (text.isPresent()) {
                List<String> grounds = !layers.isEmpty() ? List.of(layers.get(layers.size() - 1))
                        : inheritedGround(selector, css, colours).map(List::of).orElse(pageGrounds);
                for (String ground : grounds) {
                    double ratio = Contrast.ratio(text.get(), ground);
                    if (ratio < Contrast.TEXT) {
                        problems.add(String.format(Locale.ROOT, "%s: text #%s on #%s is %.1f:1, below 4.5:1",
                                selector, text.get(), ground, ratio));
                    }
                }
            }
            if (selector.contains(":focused") && layers.size() >= 2) {
                for (String ground : pageGrounds) {
                    boolean seen = layers.stream().anyMatch(l -> Contrast.ratio(l, ground)
                            >= Contrast.LARGE_TEXT_OR_FOCUS);
                    if (!seen) {
                        problems.add(selector + ": no focus layer stands out at 3:1 from #" + ground);
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Where a rule sets no ground of its own but stands on one another rule sets: the navigation's items on the
     * navigation bar, and a chosen row's text on the selection bar.
     */
    private static Optional<String> inheritedGround(String selector, String css, Map<String, String> colours) {
        if (selector.startsWith(".navigation-")) {
            return ownGround(".navigation", css, colours);
        }
        if (selector.contains(":selected")) {
            return rootValue("-fx-selection-bar", css).flatMap(v -> resolve(v, colours));
        }
        return Optional.empty();
    }

    private static Optional<String> ownGround(String selector, String css, Map<String, String> colours) {
        Matcher rules = RULE.matcher(withoutComments(css));
        while (rules.find()) {
            if (rules.group(1).strip().equals(selector)) {
                String layers = declarations(rules.group(2)).get("-fx-background-color");
                if (layers != null) {
                    String[] all = layers.split(",");
                    return resolve(all[all.length - 1], colours);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> rootValue(String name, String css) {
        Matcher rules = RULE.matcher(withoutComments(css));
        while (rules.find()) {
            if (rules.group(1).strip().equals(".root") && declarations(rules.group(2)).containsKey(name)) {
                return Optional.of(declarations(rules.group(2)).get(name));
            }
        }
        return Optional.empty();
    }

    /** The looked-up colours the stylesheet defines, e.g. {@code -govuk-black: #0b0c0c}. */
    private static Map<String, String> lookedUp(String css) {
        var colours = new HashMap<String, String>();
        Matcher rules = RULE.matcher(withoutComments(css));
        while (rules.find()) {
            declarations(rules.group(2)).forEach((name, value) -> {
                if (!name.startsWith("-fx-") && value.strip().matches("#[0-9a-fA-F]{6}")) {
                    colours.put(name, value.strip().substring(1).toLowerCase(Locale.ROOT));
                }
            });
        }
        return colours;
    }

    private static Optional<String> resolve(String value, Map<String, String> colours) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.matches("#[0-9a-f]{6}")) {
            return Optional.of(v.substring(1));
        }
        if (v.equals("white")) {
            return Optional.of("ffffff");
        }
        if (v.equals("black")) {
            return Optional.of("000000");
        }
        // transparent, derive(), ladder() and the like are JavaFX's own and not checked here.
        return Optional.ofNullable(colours.get(v));
    }

    private static Map<String, String> declarations(String block) {
        var declarations = new HashMap<String, String>();
        Matcher matcher = DECLARATION.matcher(block);
        while (matcher.find()) {
            declarations.put(matcher.group(1).strip(), matcher.group(2).strip());
        }
        return declarations;
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }
}
