package uk.dln.secretariat.app.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Writes each of the app's stylesheets in JavaFX's binary form beside it, at build time ({@code secretariat.css}
 * gives {@code secretariat.bss}). JavaFX loads a stylesheet's {@code .bss} in place of its {@code .css} when there is
 * one, as it does for its own Modena, so the window's first frame needs neither the CSS parser's classes nor the parse
 * of the text: 50 to 70 ms of a cold start (decision 0035, continued in docs/benchmarks.md). Run by the build
 * ({@code app/pom.xml}, after the classes are compiled), never by the app; the {@code .css} files stay the source.
 */
public final class BinaryStylesheets {

    private BinaryStylesheets() {
    }

    /** @param args the folder of compiled classes and resources, whose stylesheets are converted */
    public static void main(String[] args) throws IOException {
        for (Path stylesheet : stylesheetsIn(Path.of(args[0]))) {
            Stylesheet.convertToBinary(stylesheet.toFile(), binaryOf(stylesheet).toFile());
        }
    }

    /** Every {@code .css} file under the folder. */
    public static List<Path> stylesheetsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".css")).sorted().toList();
        }
    }

    /** Where the binary form of a stylesheet goes, and where JavaFX looks for it: beside it, named {@code .bss}. */
    public static Path binaryOf(Path stylesheet) {
        String name = stylesheet.getFileName().toString();
        return stylesheet.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
    }
}
