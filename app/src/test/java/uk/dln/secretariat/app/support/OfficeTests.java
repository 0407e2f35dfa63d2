package uk.dln.secretariat.app.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;

/**
 * The app's LibreOffice tests run as the reports module's do: in CI ({@code CI=true}, where a missing soffice is a
 * failure) or when asked with {@code -Dsecretariat.office=true}. Other app tests see no LibreOffice at all (the
 * build points {@code secretariat.soffice} nowhere), so these name the real one themselves.
 */
public final class OfficeTests {

    private OfficeTests() {
    }

    /** @return the soffice on the PATH, when the test is wanted and can run */
    public static Path assumeLibreOffice() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean asked = Boolean.getBoolean("secretariat.office");
        Path soffice = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "soffice")).filter(Files::isExecutable).findFirst().orElse(null);
        if (ci && soffice == null) {
            fail("CI=true but LibreOffice (soffice) is missing: .ci/run installs it");
        }
        if (!ci && !asked) {
            System.err.println("*** SKIPPED: LibreOffice export tests. Run with CI=true or -Dsecretariat.office=true. ***");
        }
        Assumptions.assumeTrue((ci || asked) && soffice != null, "LibreOffice export tests not wanted or not possible");
        return soffice;
    }
}
