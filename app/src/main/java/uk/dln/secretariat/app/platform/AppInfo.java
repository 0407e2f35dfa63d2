package uk.dln.secretariat.app.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The product's version, stamped into the jar at build time. */
public final class AppInfo {

    private AppInfo() {
    }

    public static String version() {
        var properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/uk/dln/secretariat/app/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "development");
    }
}
