package uk.dln.secretariat.app.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * JavaFX loads a stylesheet's binary form in its place when one lies beside it, so the build must write one for each
 * stylesheet, and it must say what the text says: the same rules, selectors and declarations, in the same order.
 */
class BinaryStylesheetsTest {

    @Test
    void everyStylesheetHasABinaryFormThatSaysTheSame() throws Exception {
        Path classes = Path.of(BinaryStylesheetsTest.class.getResource("/uk/dln/secretariat/app/secretariat.css").toURI())
                .getParent().getParent().getParent().getParent().getParent();
        List<Path> stylesheets = BinaryStylesheets.stylesheetsIn(classes);
        assertFalse(stylesheets.isEmpty(), "the app's stylesheets are found");

        for (Path text : stylesheets) {
            Path binary = BinaryStylesheets.binaryOf(text);
            assertTrue(Files.isRegularFile(binary), "the build wrote " + binary.getFileName() + " beside " + text);
            var parsed = new CssParser().parse(text.toUri().toURL());
            var loaded = Stylesheet.loadBinary(binary.toUri().toURL());
            assertEquals(describe(parsed.getRules()), describe(loaded.getRules()), text.getFileName().toString());
        }
    }

    @Test
    void theBinaryFormIsNamedAsJavaFxLooksForIt() {
        assertEquals(Path.of("a", "secretariat.bss"), BinaryStylesheets.binaryOf(Path.of("a", "secretariat.css")));
    }

    private static List<String> describe(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getSelectors() + " " + rule.getDeclarations()).toList();
    }
}
