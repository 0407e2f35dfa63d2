package uk.dln.secretariat.app.core.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The product ships its own copy of the reference list; it must match the maintained one beside the project. */
class ReferenceOrganisationsTest {

    @Test
    void shippedListMatchesTheMaintainedReference() throws Exception {
        Path maintained = Path.of("").toAbsolutePath().getParent().getParent()
                .resolve("shared/reference/organisations.csv");
        assumeTrue(Files.isRegularFile(maintained), "the maintained reference list is beside the project in CI");
        try (InputStream shipped = ReferenceOrganisations.class.getResourceAsStream(ReferenceOrganisations.RESOURCE)) {
            assertEquals(Files.readString(maintained), new String(shipped.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
