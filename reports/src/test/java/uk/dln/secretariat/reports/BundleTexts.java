package uk.dln.secretariat.reports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The app's English messages, read from its source folder, so tests see the words a reader sees. */
public final class BundleTexts implements Texts {

    private static final Path BUNDLE =
            Path.of("..", "app", "src", "main", "resources", "uk", "dln", "secretariat", "app", "messages.properties");

    private final Properties messages = new Properties();

    public BundleTexts() {
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            messages.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BUNDLE.toAbsolutePath(), e);
        }
    }

    @Override
    public String get(String key, Object... arguments) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("missing message " + key);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(arguments);
    }

    @Override
    public Locale locale() {
        return Locale.UK;
    }
}
